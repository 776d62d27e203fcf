import type { SentenceGroup } from '../selectors/event-reports.ts';
import { ShowAllButton, useShowAll } from '../ui/use-show-all.tsx';

/** Articles whose sentences are listed before "Show all" (a big occasion is reported by hundreds). */
const ARTICLES_SHOWN = 12;

/** The sentences that report the event, under the outlet and headline of their article. */
export function EventSentences(props: { groups: readonly SentenceGroup[] }) {
  const { shown, hiddenCount, showAll } = useShowAll(props.groups, ARTICLES_SHOWN);
  return (
    <div className="mt-5">
      <h3 className="text-base font-semibold tracking-tight">What the sources say</h3>
      <ul className="mt-2 space-y-4">
        {shown.map(({ article, sentences }) => (
          <li key={article.id}>
            <h4 className="text-sm font-semibold">
              <span className={article.outlet ? '' : 'italic'}>{article.outlet?.name ?? 'Outlet not stated'}</span>
              <span className="font-normal text-neutral-600 dark:text-neutral-400">
                {' '}
                · {article.headline ?? article.file}
              </span>
            </h4>
            <ul className="mt-1.5 space-y-1.5 border-l-2 border-blue-700 pl-3 dark:border-blue-400">
              {sentences.map((sentence) => (
                <li key={sentence} className="text-sm leading-relaxed text-neutral-800 dark:text-neutral-200">
                  {sentence}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <ShowAllButton
        hiddenCount={hiddenCount}
        total={props.groups.length}
        what="reporting articles"
        onClick={showAll}
      />
    </div>
  );
}
