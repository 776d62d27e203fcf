import { useId, useMemo, type ReactNode } from 'react';
import { selectArticlesInReadingOrder, selectReportingArticleIds } from '../selectors/event-reports.ts';
import { useSearchMatches, useVisibleArticles } from '../selectors/use-visible-articles.ts';
import { useCorpus, useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { SourceCard } from './source-card.tsx';
import { useVirtualCards } from './use-virtual-cards.ts';

/**
 * The visible articles as cards; those reporting the selected event come first. `actions` sit beside
 * the heading. A long list keeps only the cards near the viewport in the DOM.
 */
export function SourceList(props: { actions?: ReactNode }) {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const personIds = useExplorer((state) => state.personIds);
  const outletIds = useExplorer((state) => state.outletIds);
  const selectedEventId = useExplorer((state) => state.eventId);
  const visible = useVisibleArticles();
  const matches = useSearchMatches();
  const reporting = selectReportingArticleIds(corpus, selectedEventId);
  const ordered = selectArticlesInReadingOrder(visible, reporting);
  const keys = useMemo(() => ordered.map((article) => article.id), [ordered]);
  const { listRef, plan, count, observeRow, focusRow } = useVirtualCards(keys);
  const headingId = useId();
  const filtered = personIds.length > 0 || outletIds.length > 0;

  return (
    <section aria-labelledby={headingId}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        <h2 id={headingId} className="text-lg font-semibold tracking-tight">
          Sources
        </h2>
        {props.actions}
        {reporting.size > 0 && (
          <p className="w-full text-sm text-neutral-600 dark:text-neutral-400">
            Articles reporting the selected event come first.
          </p>
        )}
      </div>
      {ordered.length === 0 ? (
        <div className="rounded-xl border border-dashed border-neutral-300 p-6 text-sm dark:border-neutral-700">
          <p className="mb-3">
            {matches ? 'No articles match this search and these filters.' : 'No articles match these filters.'}
          </p>
          <div className="flex flex-wrap gap-2 print:hidden">
            {matches && (
              <button type="button" className={SECONDARY_BUTTON} onClick={() => actions.setQuery('')}>
                Clear search
              </button>
            )}
            {filtered && (
              <button type="button" className={SECONDARY_BUTTON} onClick={actions.clearFilters}>
                Show all articles
              </button>
            )}
          </div>
        </div>
      ) : (
        // Long lists render only the cards around the viewport (see useVirtualCards); the empty
        // space of the others keeps the page's height, and aria-setsize/-posinset tell their number.
        <ul ref={listRef} role="list" style={plan.gapAfter > 0 ? { paddingBottom: plan.gapAfter } : undefined}>
          {plan.rows.map(({ index, gapBefore }) => {
            const article = ordered[index]!;
            return (
              <li
                key={article.id}
                ref={observeRow}
                data-row-key={article.id}
                aria-setsize={count}
                aria-posinset={index + 1}
                className="pb-4"
                style={gapBefore > 0 ? { marginTop: gapBefore } : undefined}
                onFocus={() => focusRow(article.id)}
              >
                <SourceCard
                  article={article}
                  reportsSelected={reporting.has(article.id)}
                  selectedEventId={selectedEventId}
                  searchTerms={matches?.get(article.id) ?? null}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
