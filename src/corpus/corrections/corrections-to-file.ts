/**
 * corrections.json written back from a corpus' applied corrections: what an editor downloads after
 * correcting from the page. Each entry names its targets by id, so applied again to the same
 * articles it gives the same corpus.
 */
import type { Corpus, Correction } from '../schema.ts';

/** corrections.json as written: the three sections, each entry with its note. */
export interface CorrectionsJson {
  people: Array<Record<string, unknown>>;
  articles: Record<string, Record<string, unknown>>;
  events: Array<Record<string, unknown>>;
}

const corrected = (correction: Correction, field: string) =>
  correction.changes.find((change) => change.field === field)?.corrected ?? undefined;

/** The entry that makes `correction` again; null for one that cannot be said in the file's terms. */
function personEntry(correction: Correction): Record<string, unknown> | null {
  const { note } = correction;
  if (correction.action === 'merge')
    return { merge: [correction.subjectId, ...correction.mergedIds], name: corrected(correction, 'name'), note };
  if (correction.action === 'not-a-person') return { notAPerson: correction.subjectId, note };
  return {
    person: correction.subjectId,
    name: corrected(correction, 'name'),
    role: corrected(correction, 'role'),
    note,
  };
}

function eventEntry(corpus: Corpus, correction: Correction): Record<string, unknown> | null {
  const { note } = correction;
  if (correction.action === 'remove') return { remove: correction.subjectId, note };
  if (correction.action === 'merge') return { merge: [correction.subjectId, ...correction.mergedIds], note };
  if (correction.action === 'add') {
    const event = corpus.events.find((candidate) => candidate.id === correction.subjectId);
    if (!event) return null;
    const files = new Map(corpus.articles.map((article) => [article.id, article.file]));
    const sources = event.sources.flatMap((source): Array<string | { file: string; start: number; end: number }> => {
      const file = files.get(source.articleId);
      if (file === undefined) return [];
      return source.spans.length === 0 ? [file] : source.spans.map((span) => ({ file, ...span }));
    });
    return {
      add: { title: event.title, start: event.start, end: event.end, place: event.place ?? undefined, sources },
      note,
    };
  }
  const fields = Object.fromEntries(
    ['title', 'start', 'end', 'place'].flatMap((field) => {
      const value = corrected(correction, field);
      return value === undefined || value === null ? [] : [[field, value]];
    }),
  );
  return { event: correction.subjectId, ...fields, note };
}

/** Drops undefined fields, so the file reads as an editor would write it. */
function compact(entry: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
}

/** The corrections.json that gives the corpus' corrections, in the order they were applied. */
export function correctionsFileOf(corpus: Corpus): CorrectionsJson {
  const file: CorrectionsJson = { people: [], articles: {}, events: [] };
  const files = new Map(corpus.articles.map((article) => [article.id, article.file]));
  for (const correction of corpus.corrections) {
    if (correction.subject === 'person') {
      const entry = personEntry(correction);
      if (entry) file.people.push(compact(entry));
    } else if (correction.subject === 'event') {
      const entry = eventEntry(corpus, correction);
      if (entry) file.events.push(compact(entry));
    } else {
      const name = files.get(correction.subjectId);
      if (name === undefined) continue;
      file.articles[name] = compact({
        ...file.articles[name],
        outlet: corrected(correction, 'outlet'),
        published: corrected(correction, 'published'),
        note: correction.note,
      });
    }
  }
  return file;
}

/** The file's text: two-space JSON with a final newline, as an editor would keep it under version control. */
export function serializeCorrections(file: CorrectionsJson): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
