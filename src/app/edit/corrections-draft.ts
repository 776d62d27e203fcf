/** The corrections made in Edit mode, as corrections.json entries: pure helpers the editor's hook builds on. */
import type { Corpus } from '../../corpus/schema.ts';
import { applyParsedCorrections, findFileContradictions } from '../../corpus/corrections/apply-corrections.ts';
import { parseCorrectionsFile } from '../../corpus/corrections/corrections-file.ts';
import {
  correctionsFileOf,
  serializeCorrections,
  type CorrectionsJson,
} from '../../corpus/corrections/corrections-to-file.ts';

export type DraftEntry =
  | { section: 'people' | 'events'; entry: Record<string, unknown> }
  | { section: 'articles'; file: string; entry: Record<string, unknown> };

export const EMPTY_DRAFT: CorrectionsJson = { people: [], articles: {}, events: [] };

export function isEmptyDraft(draft: CorrectionsJson): boolean {
  return draft.people.length === 0 && draft.events.length === 0 && Object.keys(draft.articles).length === 0;
}

/** The draft with one more entry (an article's entry merges into the one it may already have, notes joined). */
export function addToDraft(draft: CorrectionsJson, added: DraftEntry): CorrectionsJson {
  if (added.section === 'articles') {
    const before = draft.articles[added.file];
    const note = before ? `${String(before.note)}; ${String(added.entry.note)}` : added.entry.note;
    return { ...draft, articles: { ...draft.articles, [added.file]: { ...before, ...added.entry, note } } };
  }
  return { ...draft, [added.section]: [...draft[added.section], added.entry] };
}

/** The loaded corpus with the draft applied, and what applying it said (warnings and errors naming entries). */
export function applyDraft(loaded: Corpus, draft: CorrectionsJson): { corpus: Corpus; problems: string[] } {
  const corpus = applyParsedCorrections(loaded, parseCorrectionsFile(JSON.stringify(draft)));
  return { corpus, problems: corpus.warnings.slice(loaded.warnings.length).map((warning) => warning.reason) };
}

/**
 * What the file the editor would download (the folder's corrections, then the draft's) says against
 * itself: the page shows the draft applied on the corrected corpus, and the next build applies the
 * whole file to the extracted one, so the two agree only when the whole file holds no contradiction.
 */
export function contradictionsOfFile(corrected: Corpus): string[] {
  return findFileContradictions(corrected, parseCorrectionsFile(correctionsFileText(corrected)));
}

/** The folder's corrections.json entries that did not apply: the download cannot carry them. */
export function unappliedFolderEntries(loaded: Corpus): string[] {
  return loaded.warnings.filter((warning) => warning.file === 'corrections.json').map((warning) => warning.reason);
}

/** The whole corrections.json for the corpus as corrected: the folder's entries, then the draft's. */
export function correctionsFileText(corrected: Corpus): string {
  return serializeCorrections(correctionsFileOf(corrected));
}
