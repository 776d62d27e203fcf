import type { Corpus, TimelineEvent } from '../../corpus/schema.ts';
import { memoizeLast } from '../shared/memoize-last.ts';

export type SequencedEvent = {
  event: TimelineEvent;
  /** 1-based position in the reported order. */
  step: number;
  startMs: number;
  endMs: number;
  /** Titles of the known events this one comes after. */
  afterTitles: string[];
};

function toMs(iso: string, fallback: number): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? fallback : ms;
}

/**
 * Orders events so each comes after the events it is reported to follow (a topological order),
 * breaking ties by start, end, then title. Windows are often wide because articles give order,
 * not clock times, so this order is what the reader needs. Unknown ids in `after` are ignored;
 * events caught in a cycle (contradicting sources) keep their time order at the end.
 */
export function orderEvents(events: readonly TimelineEvent[], dayStartMs = 0): SequencedEvent[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  const timeOf = new Map(
    events.map((event) => [event.id, [toMs(event.start, dayStartMs), toMs(event.end, dayStartMs)] as const]),
  );
  const compare = (a: TimelineEvent, b: TimelineEvent) => {
    const [aStart, aEnd] = timeOf.get(a.id) ?? [0, 0];
    const [bStart, bEnd] = timeOf.get(b.id) ?? [0, 0];
    return aStart - bStart || aEnd - bEnd || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
  };
  const predecessors = new Map(
    events.map((event) => [
      event.id,
      new Set(event.after.map((link) => link.eventId).filter((id) => byId.has(id) && id !== event.id)),
    ]),
  );
  const ordered: TimelineEvent[] = [];
  const placed = new Set<string>();
  let ready = events.filter((event) => predecessors.get(event.id)?.size === 0);
  while (ready.length > 0) {
    ready.sort(compare);
    const [next, ...rest] = ready;
    if (!next) break;
    ordered.push(next);
    placed.add(next.id);
    ready = rest;
    for (const event of events) {
      if (placed.has(event.id) || ready.includes(event)) continue;
      if ([...(predecessors.get(event.id) ?? [])].every((id) => placed.has(id))) ready.push(event);
    }
  }
  ordered.push(...events.filter((event) => !placed.has(event.id)).sort(compare));
  return ordered.map((event, index) => {
    const [startMs, endMs] = timeOf.get(event.id) ?? [dayStartMs, dayStartMs];
    return {
      event,
      step: index + 1,
      startMs,
      endMs: Math.max(startMs, endMs),
      afterTitles: [...(predecessors.get(event.id) ?? [])].map((id) => byId.get(id)?.title ?? id),
    };
  });
}

/** The corpus events in reported order. */
export const selectEventSequence = memoizeLast((corpus: Corpus, dayStartMs: number) =>
  orderEvents(corpus.events, dayStartMs),
);
