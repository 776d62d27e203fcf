import { useId, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../corpus/schema.ts';
import { selectDay, type DayInfo } from '../selectors/day.ts';
import { useDisplayDay } from '../selectors/use-display-day.ts';
import { selectEventSentenceGroups } from '../selectors/event-reports.ts';
import { selectEventSequence } from '../selectors/event-sequence.ts';
import { useFilteredCorpus } from '../selectors/use-visible-articles.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { formatCount } from '../shared/format-day.ts';
import { formatInstantInDay } from '../shared/format-window.ts';
import { parseIsoMs } from '../../corpus/zoned-time.ts';
import { useCorpus, useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { FOCUS_RING } from '../ui/button-styles.ts';
import { ShareButton } from './share-button.tsx';
import { EventSentences } from './event-sentences.tsx';
import { EventDiscrepancies } from './event-discrepancies.tsx';
import { correctionsOf } from '../shared/corrections.ts';
import { CorrectionNotes } from '../ui/correction-notes.tsx';

const KIND_LABEL: Record<TimelineEvent['kind'], string> = {
  meeting: 'Meeting',
  talks: 'Talks',
  dialogue: 'Dialogue',
  summit: 'Summit',
  signing: 'Signing',
  arrival: 'Arrival',
  visit: 'Visit',
  'press-conference': 'Press conference',
  ruling: 'Ruling',
  speech: 'Speech',
  happening: 'Reported happening',
};

/** "08:30 EDT" for a bound, in the shown zone ("Sun 19:00 IST" when on another date). */
function formatBound(day: DayInfo, iso: string): string {
  const ms = parseIsoMs(iso);
  return ms === null ? iso : `${formatInstantInDay(ms, day)} ${day.zoneLabel}`;
}

/**
 * Moves focus back to the event on the timeline once the detail closes, so keyboard users are
 * not dropped at the top of the page. The timeline marks its buttons with data-timeline-event.
 */
function focusTimelineEvent(eventId: string) {
  requestAnimationFrame(() => {
    const target = [...document.querySelectorAll<HTMLElement>('[data-timeline-event]')].find(
      (element) => element.dataset.timelineEvent === eventId,
    );
    target?.focus();
  });
}

/** The selected event: when and why then, in what order, who, where, and every reporting sentence. */
export function EventDetail() {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const eventId = useExplorer((state) => state.eventId);
  const headingId = useId();
  const displayDay = useDisplayDay();
  const index = getCorpusIndex(corpus);
  const event = eventId ? index.events.get(eventId) : undefined;
  const allGroups = selectEventSentenceGroups(corpus, eventId ?? null);
  // The sentences of the articles the filters and the search leave; the count says how many are hidden.
  const shownArticles = new Set(useFilteredCorpus().articles);
  const groups = allGroups.filter((group) => shownArticles.has(group.article));
  if (!event) return null;

  const day = selectDay(corpus);
  const sequence = selectEventSequence(corpus, day.range[0]);
  const position = sequence.find((item) => item.event.id === event.id);
  const participants = event.participants.map((id) => index.people.get(id)?.name ?? id);
  const corrections = correctionsOf(corpus, 'event', event.id);
  const close = () => {
    actions.selectEvent(null);
    focusTimelineEvent(event.id);
  };
  const onKeyDown = (keyEvent: KeyboardEvent<HTMLElement>) => {
    if (keyEvent.key !== 'Escape') return;
    keyEvent.preventDefault();
    close();
  };

  return (
    <section
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      className="rounded-xl border border-blue-700 bg-white p-4 shadow-sm sm:p-5 dark:border-blue-400 dark:bg-neutral-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wide text-blue-700 dark:text-blue-400">
            {KIND_LABEL[event.kind]}
            {position && ` · step ${position.step} of ${sequence.length}`}
          </p>
          <h2
            id={headingId}
            tabIndex={-1}
            data-event-detail-heading={event.id}
            className="mt-1 scroll-mt-4 text-xl font-semibold tracking-tight text-balance focus:outline-none"
          >
            {event.title}
          </h2>
        </div>
        <div className="flex items-start gap-2 print:hidden">
          <ShareButton eventId={event.id} title={event.title} />
          <button
            type="button"
            aria-label="Close event details"
            onClick={close}
            className={`inline-flex size-9 items-center justify-center rounded-md border border-neutral-300 text-lg text-neutral-700 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800 ${FOCUS_RING}`}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>

      <dl className="mt-4 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_minmax(0,1fr)]">
        <dt className="font-medium text-neutral-600 dark:text-neutral-400">When</dt>
        <dd>
          <p>
            {formatBound(displayDay, event.start)} – {formatBound(displayDay, event.end)}
          </p>
          <ul className="mt-1 space-y-0.5 text-neutral-700 dark:text-neutral-300">
            <li>Not before: {event.timeBasis.start.reason}</li>
            <li>Not after: {event.timeBasis.end.reason}</li>
          </ul>
        </dd>
        {position && position.afterTitles.length > 0 && (
          <>
            <dt className="font-medium text-neutral-600 dark:text-neutral-400">Order</dt>
            <dd>Comes after {position.afterTitles.join(' and ')}</dd>
          </>
        )}
        <dt className="font-medium text-neutral-600 dark:text-neutral-400">Who</dt>
        <dd>{participants.length > 0 ? participants.join(', ') : 'Not stated'}</dd>
        <dt className="font-medium text-neutral-600 dark:text-neutral-400">Where</dt>
        <dd>{event.place ?? 'Not stated'}</dd>
        <dt className="font-medium text-neutral-600 dark:text-neutral-400">Reported by</dt>
        <dd>
          {formatCount(allGroups.length, 'article')}
          {groups.length < allGroups.length && ` (${groups.length} shown; the filters hide the others)`}
        </dd>
        {corrections.length > 0 && (
          <>
            <dt className="font-medium text-neutral-600 dark:text-neutral-400">Corrected</dt>
            <dd>
              <CorrectionNotes
                corrections={corrections}
                className="space-y-0.5"
                formatValue={(field, value) =>
                  field === 'start' || field === 'end' ? formatBound(displayDay, value) : value
                }
              />
            </dd>
          </>
        )}
      </dl>

      <EventDiscrepancies corpus={corpus} eventId={event.id} />
      <EventSentences groups={groups} />
    </section>
  );
}
