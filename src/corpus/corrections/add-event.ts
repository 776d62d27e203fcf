/** corrections.json's added events: an event the extraction missed, from the articles (or passages) an editor names. */
import type { Corpus, TimelineEvent } from '../schema.ts';
import { correctedBound, inDayZone } from './corrected-times.ts';
import { parseIsoMs } from '../zoned-time.ts';
import type { AddedEventSource, EventCorrectionEntry } from './corrections-file.ts';
import { warnNotApplied, type CorrectionReport } from './correction-report.ts';
import { slugify } from '../slug.ts';

/** Adds the event with an id made from its title that no event has had (retired ids included), as a 'happening'. */
export function addEvent(
  corpus: Corpus,
  entry: string,
  value: Extract<EventCorrectionEntry, { add: unknown }>,
  usedIds: Set<string>,
  report: CorrectionReport,
): void {
  const { add, note } = value;
  const start = inDayZone(corpus, add.start);
  const end = inDayZone(corpus, add.end);
  if (parseIsoMs(end)! < parseIsoMs(start)!)
    return warnNotApplied(report, entry, `the event would end (${end}) before it starts (${start})`);
  const sources = resolveSources(corpus, entry, add.sources, report);
  if (sources === null) return;
  if (add.id !== undefined && usedIds.has(add.id))
    return warnNotApplied(report, entry, `the id “${add.id}” is another event's, or was`);
  const base = add.id ?? (capSlug(slugify(add.title)) || 'event');
  let id = base;
  for (let suffix = 2; usedIds.has(id); suffix++) id = `${base}-${suffix}`;
  usedIds.add(id);
  corpus.events.push({
    id,
    title: add.title,
    kind: 'happening',
    participants: [],
    place: add.place ?? null,
    start,
    end,
    timeBasis: { start: correctedBound(start, note), end: correctedBound(end, note) },
    after: [],
    sources,
  });
  report.applied.push({
    entry,
    subject: 'event',
    subjectId: id,
    action: 'add',
    mergedIds: [],
    // What the entry gave, so the file written back adds the same event under the same id.
    changes: [
      { field: 'title', extracted: null, corrected: add.title },
      { field: 'start', extracted: null, corrected: start },
      { field: 'end', extracted: null, corrected: end },
      { field: 'place', extracted: null, corrected: add.place ?? null },
      { field: 'sources', extracted: null, corrected: JSON.stringify(add.sources) },
    ],
    note,
  });
}

/** Ids become folder names of event pages: a long title's slug is cut at a word, to 60 characters. */
function capSlug(slug: string): string {
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-+$/, '');
}

/** An added event's sources: file names (the whole article) or passages of one; one unknown file stops the entry. */
function resolveSources(
  corpus: Corpus,
  entry: string,
  sources: readonly AddedEventSource[],
  report: CorrectionReport,
): TimelineEvent['sources'] | null {
  const byArticle = new Map<string, Array<{ start: number; end: number }>>();
  for (const source of sources) {
    const file = typeof source === 'string' ? source : source.file;
    const article = corpus.articles.find((candidate) => candidate.file === file);
    if (!article) {
      warnNotApplied(report, entry, `no article file “${file}” in the folder`);
      return null;
    }
    const spans = byArticle.get(article.id) ?? [];
    if (typeof source !== 'string') {
      if (source.end <= source.start || source.end > article.text.length) {
        warnNotApplied(report, entry, `the passage [${source.start}, ${source.end}) is not inside “${file}”`);
        return null;
      }
      spans.push({ start: source.start, end: source.end });
    }
    byArticle.set(article.id, spans);
  }
  const order = new Map(corpus.articles.map((article, index) => [article.id, index]));
  return [...byArticle]
    .sort(([a], [b]) => order.get(a)! - order.get(b)!)
    .map(([articleId, spans]) => ({ articleId, spans }));
}
