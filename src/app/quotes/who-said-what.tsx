import type { Quote } from '../../corpus/schema.ts';
import { selectQuoteGroups, type QuoteEntry, type SpeakerGroup, type Statement } from './quote-groups.ts';
import { formatCount } from '../shared/format-day.ts';
import { useFilteredCorpus } from '../selectors/use-visible-articles.ts';
import type { ViewHeadingId } from '../skip-links.tsx';
import { SECTION_FRAME } from '../ui/section-styles.ts';
import { ShowAllButton, useShowAll } from '../ui/use-show-all.tsx';
import { diffWords } from './word-diff.ts';

const sameWords = (a: string, b: string) => diffWords(a, b).every((part) => part.kind === 'same');

const CHANNEL_LABEL: Record<Quote['channel'], string> = {
  speech: 'said',
  tweet: 'tweet',
  statement: 'statement',
  wire: 'via wire copy',
};

const MUTED = 'text-neutral-600 dark:text-neutral-400';
const ADDED = 'rounded-sm bg-blue-100 px-0.5 text-neutral-950 no-underline dark:bg-blue-900 dark:text-white';
const REMOVED = 'text-neutral-600 line-through decoration-2 dark:text-neutral-400';

function Attribution({ entry, speaker }: { entry: QuoteEntry; speaker: string }) {
  return (
    <p className={`mt-1 text-xs ${MUTED}`}>
      <span className="font-medium text-neutral-800 dark:text-neutral-200">{entry.source}</span> ·{' '}
      {CHANNEL_LABEL[entry.quote.channel]}
      {entry.quote.speakerLabel !== speaker && ` · as “${entry.quote.speakerLabel}”`}
    </p>
  );
}

/** A wording against the reference: added words tinted, missing words struck, both named for screen readers. */
function DiffedText(props: { reference: string; text: string }) {
  return (
    <>
      {diffWords(props.reference, props.text).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index} className={ADDED}>
            <span className="sr-only">[only here: </span>
            {part.text.trimEnd()}
            <span className="sr-only">]</span>{' '}
          </ins>
        ) : (
          <del key={index} className={REMOVED}>
            <span className="sr-only">[missing here: </span>
            {part.text.trimEnd()}
            <span className="sr-only">]</span>{' '}
          </del>
        ),
      )}
    </>
  );
}

/** Wordings of one statement shown before "Show all" (a statement can be carried by hundreds of articles). */
const WORDINGS_SHOWN = 6;
/** Statements per speaker shown before "Show all". */
const STATEMENTS_SHOWN = 8;
/** Speakers (most quoted first) shown before "Show all". */
const SPEAKERS_SHOWN = 10;

function StatementView({ statement, speaker }: { statement: Statement; speaker: string }) {
  const [reference, ...allVariants] = statement.entries;
  const { shown: variants, hiddenCount, showAll } = useShowAll(allVariants, WORDINGS_SHOWN - 1);
  if (!reference) return null;
  if (variants.length === 0) {
    return (
      <li>
        <blockquote className="border-l-2 border-neutral-300 pl-3 dark:border-neutral-600">
          “{reference.text}”
        </blockquote>
        <Attribution entry={reference} speaker={speaker} />
      </li>
    );
  }
  return (
    <li className="rounded-lg border border-neutral-200 p-3 dark:border-neutral-800">
      <p className="text-xs font-semibold uppercase tracking-wide text-blue-700 dark:text-blue-400">
        Same statement, {formatCount(statement.entries.length, 'wording')}
      </p>
      <ul className="mt-2 grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        <li className="min-w-0">
          <p className={`text-xs font-medium ${MUTED}`}>Reference (longest wording)</p>
          <blockquote className="mt-1 border-l-2 border-blue-700 pl-3 dark:border-blue-400">
            “{reference.text}”
          </blockquote>
          <Attribution entry={reference} speaker={speaker} />
        </li>
        {variants.map((entry) => (
          <li key={entry.quote.id} className="min-w-0">
            <p className={`text-xs font-medium ${MUTED}`}>
              {entry.text === reference.text
                ? 'Same words'
                : sameWords(reference.text, entry.text)
                  ? 'Same words, other punctuation'
                  : 'Compared with the reference'}
            </p>
            <blockquote className="mt-1 border-l-2 border-neutral-300 pl-3 dark:border-neutral-600">
              “<DiffedText reference={reference.text} text={entry.text} />”
            </blockquote>
            <Attribution entry={entry} speaker={speaker} />
          </li>
        ))}
      </ul>
      <ShowAllButton hiddenCount={hiddenCount} total={statement.entries.length} what="wordings" onClick={showAll} />
    </li>
  );
}

function SpeakerStatements({ group }: { group: SpeakerGroup }) {
  const { shown, hiddenCount, showAll } = useShowAll(group.statements, STATEMENTS_SHOWN);
  return (
    <>
      <ul className="mt-2 space-y-3 text-sm leading-relaxed text-neutral-800 dark:text-neutral-200">
        {shown.map((statement) => (
          <StatementView key={statement.id} statement={statement} speaker={group.name} />
        ))}
      </ul>
      <ShowAllButton
        hiddenCount={hiddenCount}
        total={group.statements.length}
        what={`statements by ${group.name}`}
        onClick={showAll}
      />
    </>
  );
}

/**
 * Every quote, grouped by who said it; the same statement reported by several articles is shown
 * side by side, each wording compared word by word with the first.
 */
export function WhoSaidWhat() {
  // The quotes of the articles the filters and the search leave.
  const corpus = useFilteredCorpus();
  const groups = selectQuoteGroups(corpus);
  const { shown: shownGroups, hiddenCount, showAll } = useShowAll(groups, SPEAKERS_SHOWN);
  const headingId: ViewHeadingId = 'who-said-what-heading';
  return (
    <section aria-labelledby={headingId} className={SECTION_FRAME}>
      <h2 id={headingId} tabIndex={-1} className="scroll-mt-4 text-lg font-semibold tracking-tight focus:outline-none">
        Who said what
      </h2>
      {groups.length === 0 ? (
        <p className={`mt-2 text-sm ${MUTED}`}>No quotes were found in these articles.</p>
      ) : (
        <>
          <p className={`mt-1 text-sm ${MUTED}`}>
            {formatCount(corpus.quotes.length, 'quote')} by {formatCount(groups.length, 'speaker')}. Where articles
            carry the same statement, its wordings sit side by side: <ins className={ADDED}>tinted</ins> words appear
            only in that wording, <del className={REMOVED}>struck</del> words only in the reference, the longest
            wording.
          </p>
          <ul className="mt-4 space-y-6">
            {shownGroups.map((group) => (
              <li key={group.key}>
                <h3 className="text-base font-semibold tracking-tight">
                  {group.name}
                  {group.role && <span className={`font-normal ${MUTED}`}> · {group.role}</span>}
                </h3>
                <p className={`text-xs ${MUTED}`}>
                  {formatCount(group.quoteCount, 'quote')}
                  {group.otherLabels.length > 0 &&
                    ` · also given as ${group.otherLabels.map((label) => `“${label}”`).join(', ')}`}
                </p>
                <SpeakerStatements group={group} />
              </li>
            ))}
          </ul>
          <ShowAllButton hiddenCount={hiddenCount} total={groups.length} what="speakers" onClick={showAll} />
        </>
      )}
    </section>
  );
}
