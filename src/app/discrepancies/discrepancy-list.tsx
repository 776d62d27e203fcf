import { selectDiscrepancyViews } from '../selectors/discrepancies.ts';
import { useFilteredCorpus } from '../selectors/use-visible-articles.ts';
import { DiscrepancyClaims } from '../ui/discrepancy-claims.tsx';
import { useCorpus, useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { LINK_BUTTON } from '../ui/button-styles.ts';
import type { ViewHeadingId } from '../skip-links.tsx';
import { SECTION_FRAME } from '../ui/section-styles.ts';
import { ShowAllButton, useShowAll } from '../ui/use-show-all.tsx';

/** Discrepancies listed before "Show all" (a week of coverage can hold a thousand). */
const DISCREPANCIES_SHOWN = 25;

const TOPIC_TITLE = {
  day: 'Day',
  time: 'Time',
  number: 'Number',
  duration: 'Duration',
  participants: 'Participants',
} as const;

/** Every point on which the sources disagree, each quoting both sides with their outlets. */
export function DiscrepancyList() {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const selectedEventId = useExplorer((state) => state.eventId);
  // Those a shown article takes part in, each with both sides (a side from a hidden article too).
  const shownDiscrepancies = new Set(useFilteredCorpus().discrepancies);
  const views = selectDiscrepancyViews(corpus).filter((view) => shownDiscrepancies.has(view.discrepancy));
  const { shown, hiddenCount, showAll } = useShowAll(views, DISCREPANCIES_SHOWN);
  const headingId: ViewHeadingId = 'discrepancies-heading';
  return (
    <section aria-labelledby={headingId} className={SECTION_FRAME}>
      <h2 id={headingId} tabIndex={-1} className="scroll-mt-4 text-lg font-semibold tracking-tight focus:outline-none">
        Discrepancies
      </h2>
      {views.length === 0 ? (
        <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
          The sources do not contradict each other on any day, time, number or participant found.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
            Where the sources state different things; each side is quoted from its article.
          </p>
          <ul className="mt-3 space-y-4">
            {shown.map((view) => {
              const eventId = view.discrepancy.eventId;
              return (
                <li
                  key={view.discrepancy.id}
                  className="rounded-lg border border-amber-700 bg-amber-50 p-3 text-sm dark:border-amber-400 dark:bg-amber-950"
                >
                  <p className="text-xs font-semibold uppercase tracking-wide text-amber-900 dark:text-amber-200">
                    {TOPIC_TITLE[view.discrepancy.topic]}
                    {view.eventTitle && eventId && (
                      <>
                        {' · '}
                        <button
                          type="button"
                          className={`${LINK_BUTTON} normal-case tracking-normal`}
                          aria-pressed={eventId === selectedEventId}
                          onClick={() => actions.selectEvent(eventId)}
                        >
                          {view.eventTitle}
                        </button>
                      </>
                    )}
                  </p>
                  <p className="mt-1 text-neutral-900 dark:text-neutral-100">{view.discrepancy.description}</p>
                  <DiscrepancyClaims claims={view.claims} />
                </li>
              );
            })}
          </ul>
          <ShowAllButton hiddenCount={hiddenCount} total={views.length} what="discrepancies" onClick={showAll} />
        </>
      )}
    </section>
  );
}
