import { splitHighlights } from '../shared/highlight-text.ts';

const MARK = 'rounded-sm bg-amber-200 px-0.5 text-neutral-950 dark:bg-amber-300 dark:text-neutral-950';

/** Text with the search's matched words in <mark>; plain text when nothing is searched. */
export function HighlightedText(props: { text: string; terms: ReadonlySet<string> | null }) {
  if (!props.terms || props.terms.size === 0) return <>{props.text}</>;
  return (
    <>
      {splitHighlights(props.text, props.terms).map((segment, index) =>
        segment.marked ? (
          <mark key={index} className={MARK}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
