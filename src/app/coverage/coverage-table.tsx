import { useId } from 'react';
import { selectCoverage } from './coverage-rows.ts';
import { useFilteredCorpus } from '../selectors/use-visible-articles.ts';
import { formatCount } from '../shared/format-day.ts';
import { useCorpus, useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { FOCUS_RING, LINK_BUTTON } from '../ui/button-styles.ts';
import type { ViewHeadingId } from '../skip-links.tsx';
import { SECTION_FRAME } from '../ui/section-styles.ts';
import { ShowAllButton, useShowAll } from '../ui/use-show-all.tsx';

// Cells never break inside a word (the page lets long ids wrap anywhere; a table scrolls instead).
const CELL = 'border-t border-neutral-200 px-3 py-2 align-top [overflow-wrap:normal] dark:border-neutral-800';

/** Event rows drawn before "Show all" (each row has a cell per article column). */
const COVERAGE_ROWS_SHOWN = 25;

/**
 * Which article reports which event, so gaps show at a glance. Every cell says "Reported" or
 * "Not reported" in words (the tint only repeats it), and headers carry scope for screen readers.
 */
export function CoverageTable() {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const selectedEventId = useExplorer((state) => state.eventId);
  const coverage = selectCoverage(corpus, useFilteredCorpus());
  const { shown: rows, hiddenCount, showAll } = useShowAll(coverage.rows, COVERAGE_ROWS_SHOWN);
  const headingId: ViewHeadingId = 'coverage-heading';
  const captionId = useId();
  return (
    <section aria-labelledby={headingId} className={SECTION_FRAME}>
      <h2 id={headingId} tabIndex={-1} className="scroll-mt-4 text-lg font-semibold tracking-tight focus:outline-none">
        Coverage
      </h2>
      <p id={captionId} className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
        Which article reports which event, with the number of sentences that report it.
        {(coverage.articles.length < coverage.totalArticles || coverage.rows.length < coverage.totalEvents) &&
          ` Showing the first ${coverage.rows.length} of ${coverage.totalEvents} events and ${coverage.articles.length} of ${coverage.totalArticles} articles; “Reported by” counts all articles.`}
      </p>
      <div
        role="region"
        aria-label="Coverage table, scrolls sideways"
        tabIndex={0}
        className={`mt-3 overflow-x-auto rounded-lg border border-neutral-200 dark:border-neutral-800 ${FOCUS_RING}`}
      >
        <table
          aria-labelledby={headingId}
          aria-describedby={captionId}
          className="w-full border-collapse text-left text-sm [overflow-wrap:normal]"
        >
          <thead className="bg-neutral-50 dark:bg-neutral-950">
            <tr>
              <th scope="col" className="min-w-[13rem] px-3 py-2 align-bottom font-semibold">
                Event
              </th>
              {coverage.articles.map((article) => (
                <th key={article.id} scope="col" className="px-3 py-2 align-bottom font-semibold">
                  <span className={article.outlet ? '' : 'italic'}>{article.outlet?.name ?? 'Outlet not stated'}</span>
                  <span className="block max-w-[9rem] break-all font-mono text-xs font-normal text-neutral-600 dark:text-neutral-400">
                    {article.file}
                  </span>
                </th>
              ))}
              <th scope="col" className="whitespace-nowrap px-3 py-2 align-bottom font-semibold">
                Reported by
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const selected = row.event.id === selectedEventId;
              return (
                <tr key={row.event.id} className={selected ? 'bg-blue-50 dark:bg-blue-950' : undefined}>
                  <th scope="row" className={`${CELL} font-normal`}>
                    <div className="flex items-baseline gap-1.5">
                      <span className="text-xs tabular-nums text-neutral-600 dark:text-neutral-400">{row.step}.</span>
                      <button
                        type="button"
                        className={`${LINK_BUTTON} ${selected ? 'font-semibold' : ''}`}
                        aria-pressed={selected}
                        onClick={() => actions.selectEvent(row.event.id)}
                      >
                        {row.event.title}
                      </button>
                    </div>
                  </th>
                  {row.cells.map((cell) =>
                    cell.sentenceCount > 0 ? (
                      <td
                        key={cell.articleId}
                        className={`${CELL} whitespace-nowrap bg-blue-50/60 dark:bg-blue-950/60`}
                      >
                        <span aria-hidden="true" className="mr-1 text-blue-700 dark:text-blue-400">
                          ●
                        </span>
                        Reported
                        <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                          {formatCount(cell.sentenceCount, 'sentence')}
                        </span>
                      </td>
                    ) : (
                      <td
                        key={cell.articleId}
                        className={`${CELL} whitespace-nowrap text-neutral-600 dark:text-neutral-400`}
                      >
                        <span aria-hidden="true" className="mr-1">
                          ○
                        </span>
                        Not reported
                      </td>
                    ),
                  )}
                  <td className={`${CELL} whitespace-nowrap tabular-nums`}>
                    {row.reportedBy} of {coverage.totalArticles}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ShowAllButton hiddenCount={hiddenCount} total={coverage.rows.length} what="event rows" onClick={showAll} />
    </section>
  );
}
