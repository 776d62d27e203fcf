/**
 * corrections.json's events: retitle, re-time or re-place an event, remove one, merge several into the
 * first, or add one the extraction missed. A corrected event keeps its id; a merged or removed one's id
 * stays in the corpus' corrections (the page says what became of it) and is never given to another event.
 */
import type { Corpus, TimelineEvent } from '../schema.ts';
import { parseIsoMs } from '../zoned-time.ts';
import { addEvent } from './add-event.ts';
import { correctedBound, inDayZone } from './corrected-times.ts';
import type { EventCorrectionEntry, Located } from './corrections-file.ts';
import { findContradictions, warnNotApplied, type CorrectionReport } from './correction-report.ts';
import { compareEventsInCorpusOrder } from '../compare-events.ts';

type Change = { field: string; extracted: string | null; corrected: string | null };
type EditEntry = Extract<EventCorrectionEntry, { event: string }>;

function targetsOf(entry: EventCorrectionEntry): string[] {
  if ('event' in entry) return [entry.event];
  if ('remove' in entry) return [entry.remove];
  if ('merge' in entry) return entry.merge;
  return [];
}

/**
 * Why two entries on the same event contradict each other, or null when they do not. Merges into the
 * same first event compose (three reports of one happening, merged two at a time), and so do edits
 * of different fields, or of the event a merge keeps.
 */
function eventContradiction(a: EventCorrectionEntry, b: EventCorrectionEntry, id: string): string | null {
  if ('remove' in a || 'remove' in b) {
    if ('remove' in a && 'remove' in b) return null;
    return `one removes “${id}”, the other ${'merge' in a || 'merge' in b ? 'merges' : 'corrects'} it`;
  }
  if ('merge' in a && 'merge' in b)
    return a.merge[0] === b.merge[0] ? null : `they merge “${id}” into “${a.merge[0]}” and into “${b.merge[0]}”`;
  const merge = 'merge' in a ? a : 'merge' in b ? b : null;
  if (merge && merge.merge[0] !== id) return `one merges “${id}” into “${merge.merge[0]}”, the other corrects it`;
  if ('event' in a && 'event' in b) {
    for (const field of ['title', 'start', 'end', 'place'] as const) {
      if (a[field] !== undefined && b[field] !== undefined && a[field] !== b[field])
        return `they set the ${field} of “${id}” to “${a[field]}” and “${b[field]}”`;
    }
  }
  return null;
}

/** Reports each pair of event entries that contradict each other and returns the entries to skip. */
export function findEventContradictions(
  entries: ReadonlyArray<Located<EventCorrectionEntry>>,
  report: CorrectionReport,
): Set<string> {
  return findContradictions(
    report,
    entries,
    (item) => targetsOf(item.value),
    (a, b, id) => eventContradiction(a.value, b.value, id),
  );
}

/** Applies the event entries to `corpus` (a working copy, changed in place) in file order, then re-sorts the events. */
export function correctEvents(
  corpus: Corpus,
  entries: ReadonlyArray<Located<EventCorrectionEntry>>,
  report: CorrectionReport,
): void {
  const skipped = findEventContradictions(entries, report);
  // Ids that no event may take: every event's, and those earlier corrections retired (a removal, a merge).
  const usedIds = new Set([
    ...corpus.events.map((event) => event.id),
    ...corpus.corrections.flatMap((correction) =>
      correction.subject !== 'event'
        ? []
        : correction.action === 'remove'
          ? [correction.subjectId]
          : correction.mergedIds,
    ),
  ]);
  for (const { entry, value } of entries) {
    if (skipped.has(entry)) continue;
    if ('event' in value) editEvent(corpus, entry, value, report);
    else if ('remove' in value) removeEvent(corpus, entry, value.remove, value.note, report);
    else if ('merge' in value) mergeEvents(corpus, entry, value.merge, value.note, report);
    else addEvent(corpus, entry, value, usedIds, report);
  }
  corpus.events.sort(compareEventsInCorpusOrder);
  relinkArticles(corpus);
}

/** The event by id; when there is none, a warning that also says what a merge or removal made of it. */
function findEvent(corpus: Corpus, entry: string, id: string, report: CorrectionReport): TimelineEvent | null {
  const event = corpus.events.find((candidate) => candidate.id === id);
  if (event) return event;
  const fate = report.applied.find(
    (correction) =>
      correction.subject === 'event' &&
      ((correction.action === 'remove' && correction.subjectId === id) || correction.mergedIds.includes(id)),
  );
  const why = fate
    ? fate.action === 'remove'
      ? `the event “${id}” was removed by ${fate.entry}`
      : `the event “${id}” was merged into “${fate.subjectId}” by ${fate.entry}; correct that one`
    : `no event has the id “${id}”`;
  warnNotApplied(report, entry, why);
  return null;
}

function editEvent(corpus: Corpus, entry: string, value: EditEntry, report: CorrectionReport): void {
  const before = findEvent(corpus, entry, value.event, report);
  if (!before) return;
  const start = value.start === undefined ? before.start : inDayZone(corpus, value.start);
  const end = value.end === undefined ? before.end : inDayZone(corpus, value.end);
  if (parseIsoMs(end)! < parseIsoMs(start)!)
    return warnNotApplied(report, entry, `“${before.id}” would end (${end}) before it starts (${start})`);
  const after: TimelineEvent = { ...before, timeBasis: { ...before.timeBasis } };
  const changes: Change[] = [];
  if (value.title !== undefined && value.title !== before.title) {
    changes.push({ field: 'title', extracted: before.title, corrected: value.title });
    after.title = value.title;
  }
  if (start !== before.start) {
    changes.push({ field: 'start', extracted: before.start, corrected: start });
    after.start = start;
    after.timeBasis.start = correctedBound(start, value.note);
  }
  if (end !== before.end) {
    changes.push({ field: 'end', extracted: before.end, corrected: end });
    after.end = end;
    after.timeBasis.end = correctedBound(end, value.note);
  }
  if (value.place !== undefined && value.place !== before.place) {
    changes.push({ field: 'place', extracted: before.place, corrected: value.place });
    after.place = value.place;
  }
  if (changes.length === 0) return warnNotApplied(report, entry, `“${before.id}” already reads that way`);
  corpus.events = corpus.events.map((event) => (event === before ? after : event));
  report.applied.push({
    entry,
    subject: 'event',
    subjectId: before.id,
    action: 'edit',
    mergedIds: [],
    changes,
    note: value.note,
  });
}

function removeEvent(corpus: Corpus, entry: string, id: string, note: string, report: CorrectionReport): void {
  const removed = findEvent(corpus, entry, id, report);
  if (!removed) return;
  corpus.events = corpus.events
    .filter((event) => event !== removed)
    .map((event) => ({ ...event, after: event.after.filter((link) => link.eventId !== id) }));
  // What the sources said about it stays, no longer tied to an event.
  corpus.discrepancies = corpus.discrepancies.map((discrepancy) =>
    discrepancy.eventId === id ? { ...discrepancy, eventId: null } : discrepancy,
  );
  report.applied.push({
    entry,
    subject: 'event',
    subjectId: id,
    action: 'remove',
    mergedIds: [],
    changes: [{ field: 'event', extracted: removed.title, corrected: null }],
    note,
  });
}

function mergeEvents(corpus: Corpus, entry: string, ids: readonly string[], note: string, report: CorrectionReport) {
  const events: TimelineEvent[] = [];
  for (const id of ids) {
    const event = findEvent(corpus, entry, id, report);
    if (!event) return;
    if (!events.includes(event)) events.push(event);
  }
  if (events.length < 2) return warnNotApplied(report, entry, `it names one event only`);
  const [kept, ...folded] = events as [TimelineEvent, ...TimelineEvent[]];
  const foldedIds = new Set(folded.map((event) => event.id));
  const earliest = events.reduce((best, event) => (parseIsoMs(event.start)! < parseIsoMs(best.start)! ? event : best));
  const latest = events.reduce((best, event) => (parseIsoMs(event.end)! > parseIsoMs(best.end)! ? event : best));
  const articleOrder = new Map(corpus.articles.map((article, index) => [article.id, index]));
  const spans = new Map<string, Array<{ start: number; end: number }>>();
  for (const source of events.flatMap((event) => event.sources))
    spans.set(source.articleId, [...(spans.get(source.articleId) ?? []), ...source.spans]);
  const merged: TimelineEvent = {
    ...kept,
    participants: [...new Set(events.flatMap((event) => event.participants))],
    place: kept.place ?? folded.find((event) => event.place !== null)?.place ?? null,
    start: earliest.start,
    end: latest.end,
    timeBasis: { start: earliest.timeBasis.start, end: latest.timeBasis.end },
    after: events
      .flatMap((event) => event.after)
      .filter((link) => !events.some((event) => event.id === link.eventId))
      .filter((link, index, all) => all.findIndex((other) => other.eventId === link.eventId) === index),
    sources: [...spans]
      .sort(([a], [b]) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0))
      .map(([articleId, list]) => ({
        articleId,
        spans: list
          .sort((a, b) => a.start - b.start || a.end - b.end)
          .filter(
            (span, index, all) =>
              index === 0 || span.start !== all[index - 1]!.start || span.end !== all[index - 1]!.end,
          ),
      })),
  };
  corpus.events = corpus.events.flatMap((event) =>
    event === kept
      ? [merged]
      : foldedIds.has(event.id)
        ? []
        : [
            {
              ...event,
              after: event.after.map((link) => (foldedIds.has(link.eventId) ? { ...link, eventId: kept.id } : link)),
            },
          ],
  );
  corpus.discrepancies = corpus.discrepancies.map((discrepancy) =>
    discrepancy.eventId !== null && foldedIds.has(discrepancy.eventId)
      ? { ...discrepancy, eventId: kept.id }
      : discrepancy,
  );
  report.applied.push({
    entry,
    subject: 'event',
    subjectId: kept.id,
    action: 'merge',
    mergedIds: [...foldedIds],
    changes: [{ field: 'event', extracted: events.map((event) => event.title).join(' / '), corrected: kept.title }],
    note,
  });
}

/** Each article's events again, in the corpus' event order, after events were merged, removed or added. */
function relinkArticles(corpus: Corpus): void {
  const byArticle = new Map<string, string[]>();
  for (const event of corpus.events) {
    for (const source of event.sources) {
      const ids = byArticle.get(source.articleId);
      if (ids) ids.push(event.id);
      else byArticle.set(source.articleId, [event.id]);
    }
  }
  corpus.articles = corpus.articles.map((article) => ({ ...article, events: byArticle.get(article.id) ?? [] }));
}
