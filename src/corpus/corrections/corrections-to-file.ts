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

function eventEntry(correction: Correction): Record<string, unknown> | null {
  const { note } = correction;
  if (correction.action === 'remove') return { remove: correction.subjectId, note };
  if (correction.action === 'merge') return { merge: [correction.subjectId, ...correction.mergedIds], note };
  if (correction.action === 'add') {
    const sources = corrected(correction, 'sources');
    return {
      add: {
        id: correction.subjectId,
        title: corrected(correction, 'title'),
        start: corrected(correction, 'start'),
        end: corrected(correction, 'end'),
        place: corrected(correction, 'place') ?? undefined,
        sources: sources ? (JSON.parse(sources) as unknown) : [],
      },
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

/**
 * Edits of a person or an event that a later correction took out (struck, removed, merged into
 * another): the later one decides, and writing both would read as a contradiction.
 */
function supersededEdits(corrections: readonly Correction[]): Set<Correction> {
  const superseded = new Set<Correction>();
  corrections.forEach((later, index) => {
    const gone = later.action === 'remove' || later.action === 'not-a-person' ? [later.subjectId] : later.mergedIds;
    if (gone.length === 0) return;
    for (const earlier of corrections.slice(0, index)) {
      if (earlier.action === 'edit' && earlier.subject === later.subject && gone.includes(earlier.subjectId))
        superseded.add(earlier);
    }
  });
  return superseded;
}

/** Drops undefined fields, so the file reads as an editor would write it. */
function compact(entry: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
}

/** The corrections.json that gives the corpus' corrections, in the order they were applied. */
export function correctionsFileOf(corpus: Corpus): CorrectionsJson {
  const file: CorrectionsJson = { people: [], articles: {}, events: [] };
  const files = new Map(corpus.articles.map((article) => [article.id, article.file]));
  const superseded = supersededEdits(corpus.corrections);
  for (const correction of corpus.corrections) {
    if (superseded.has(correction)) continue;
    if (correction.subject === 'person') {
      const entry = personEntry(correction);
      if (entry) file.people.push(compact(entry));
    } else if (correction.subject === 'event') {
      const entry = eventEntry(correction);
      if (entry) file.events.push(compact(entry));
    } else {
      const name = files.get(correction.subjectId);
      if (name === undefined) continue;
      // One entry per file: a second correction of it adds its fields, and its note to the first's.
      const before = file.articles[name];
      file.articles[name] = compact({
        ...before,
        outlet: corrected(correction, 'outlet') ?? before?.outlet,
        published: corrected(correction, 'published') ?? before?.published,
        note: before ? `${String(before.note)}; ${correction.note}` : correction.note,
      });
    }
  }
  return file;
}

/** The file's text: two-space JSON with a final newline, as an editor would keep it under version control. */
export function serializeCorrections(file: CorrectionsJson): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
