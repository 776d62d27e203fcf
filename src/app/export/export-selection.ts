import type { Article, Corpus, Discrepancy, TimelineEvent } from '../../corpus/schema.ts';
import { memoizeLast } from '../shared/memoize-last.ts';
import { selectDay } from '../selectors/day.ts';
import { selectEventSequence } from '../selectors/event-sequence.ts';
import { selectFilteredCorpus } from '../selectors/filtered-corpus.ts';
import type { TimeRange } from '../shared/time-range.ts';

/** What an export holds: what is on screen (filters, search and zoom applied), or the whole corpus. */
export type ExportScope = 'on-screen' | 'everything';

export type ExportSelection = {
  scope: ExportScope;
  /** The events in the timeline's order (the reported order), each with only its shown sources. */
  events: TimelineEvent[];
  /** The shown articles, in corpus order. */
  articles: Article[];
  /** The discrepancies a shown article takes part in, both sides kept. */
  discrepancies: Discrepancy[];
  /** Each event's 1-based place in the whole day's reported order, as the timeline numbers it. */
  steps: ReadonlyMap<string, number>;
  /** How many events the day has in all (the "of N" of a step). */
  dayEventCount: number;
};

type SequencedEvent = { event: TimelineEvent; startMs: number; endMs: number };

/** The day's events in reported order with their windows parsed, and the step of each. */
const selectOrder = memoizeLast((corpus: Corpus) => {
  const sequence = selectEventSequence(corpus, selectDay(corpus).range[0]);
  return { sequence, steps: new Map(sequence.map(({ event, step }) => [event.id, step])) };
});

/**
 * The filtered corpus' events in the day's reported order. It depends on the filters only, so a
 * zoom frame (a new range every frame) does not redo it.
 */
const selectShownEvents = memoizeLast((corpus: Corpus, articles: readonly Article[]) => {
  const filtered = selectFilteredCorpus(corpus, articles);
  const shown = new Map(filtered.events.map((event) => [event.id, event]));
  const events: SequencedEvent[] = selectOrder(corpus).sequence.flatMap(({ event, startMs, endMs }) => {
    const trimmed = shown.get(event.id);
    return trimmed ? [{ event: trimmed, startMs, endMs }] : [];
  });
  return { filtered, events };
});

/**
 * The current selection. On screen, an event is in it when a shown article reports it and its
 * window overlaps the visible range (a zoomed-in view exports what it shows); everything is
 * every event and article of the corpus, whatever the filters and the zoom.
 */
export const selectExportSelection = memoizeLast(
  (
    corpus: Corpus,
    articles: readonly Article[],
    range: TimeRange,
    scope: ExportScope = 'on-screen',
  ): ExportSelection => {
    const { steps } = selectOrder(corpus);
    const shown = selectShownEvents(corpus, scope === 'everything' ? corpus.articles : articles);
    const inRange = ({ startMs, endMs }: SequencedEvent) =>
      scope === 'everything' || (endMs >= range[0] && startMs <= range[1]);
    return {
      scope,
      events: shown.events.filter(inRange).map(({ event }) => event),
      articles: [...shown.filtered.articles],
      discrepancies: shown.filtered.discrepancies,
      steps,
      dayEventCount: corpus.events.length,
    };
  },
);
