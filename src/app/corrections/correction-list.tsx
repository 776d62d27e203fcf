import type { Correction, Corpus } from '../../corpus/schema.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { describeCorrectionChanges } from '../shared/corrections.ts';
import { formatInstantInDay } from '../shared/format-window.ts';
import { parseIsoMs } from '../../corpus/zoned-time.ts';
import { useDisplayDay } from '../selectors/use-display-day.ts';
import { useCorpus, useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { LINK_BUTTON } from '../ui/button-styles.ts';
import type { ViewHeadingId } from '../skip-links.tsx';
import { SECTION_FRAME } from '../ui/section-styles.ts';

const SUBJECT_TITLE = { person: 'Person', article: 'Article', event: 'Event' } as const;

/** What a correction is about, as the reader knows it now: a name, an outlet and file, an event title. */
function nameSubject(corpus: Corpus, correction: Correction): string {
  const index = getCorpusIndex(corpus);
  if (correction.subject === 'person')
    return index.people.get(correction.subjectId)?.name ?? correction.changes[0]?.extracted ?? correction.subjectId;
  if (correction.subject === 'article') {
    const article = index.articles.get(correction.subjectId);
    return article ? `${article.outlet?.name ?? 'Outlet not stated'} (${article.file})` : correction.subjectId;
  }
  return index.events.get(correction.subjectId)?.title ?? correction.changes[0]?.extracted ?? correction.subjectId;
}

/** Every correction an editor made to what the pipeline extracted (corrections.json), with its note. */
export function CorrectionList() {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const selectedEventId = useExplorer((state) => state.eventId);
  const day = useDisplayDay();
  const index = getCorpusIndex(corpus);
  const headingId: ViewHeadingId = 'corrections-heading';
  const formatValue = (field: string, value: string) => {
    const ms = field === 'start' || field === 'end' ? parseIsoMs(value) : null;
    return ms === null ? value : `${formatInstantInDay(ms, day)} ${day.zoneLabel}`;
  };
  return (
    <section aria-labelledby={headingId} className={SECTION_FRAME}>
      <h2 id={headingId} tabIndex={-1} className="scroll-mt-4 text-lg font-semibold tracking-tight focus:outline-none">
        Corrections
      </h2>
      {corpus.corrections.length === 0 ? (
        <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
          None: every name, date and event above is as the pipeline extracted it from the articles.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
            Where an editor corrected what the pipeline extracted (the folder’s corrections.json), and why.
          </p>
          <ul className="mt-3 space-y-4">
            {corpus.corrections.map((correction, order) => {
              const eventShown = correction.subject === 'event' && index.events.has(correction.subjectId);
              return (
                <li key={order} className="text-sm">
                  <p className="text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">
                    {SUBJECT_TITLE[correction.subject]}
                  </p>
                  <p className="mt-1 text-neutral-900 dark:text-neutral-100">
                    {eventShown ? (
                      <button
                        type="button"
                        className={LINK_BUTTON}
                        aria-pressed={correction.subjectId === selectedEventId}
                        onClick={() => actions.selectEvent(correction.subjectId)}
                      >
                        {nameSubject(corpus, correction)}
                      </button>
                    ) : (
                      <span className="font-medium">{nameSubject(corpus, correction)}</span>
                    )}
                    : {describeCorrectionChanges(correction, formatValue)}
                  </p>
                  <p className="mt-1 text-neutral-600 dark:text-neutral-400">
                    <span className="font-medium">Corrected:</span> {correction.note}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
