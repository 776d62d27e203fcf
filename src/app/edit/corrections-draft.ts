/** The corrections made in Edit mode, as corrections.json entries: pure helpers the editor's hook builds on. */
import type { Corpus } from '../../corpus/schema.ts';
import { applyParsedCorrections } from '../../corpus/corrections/apply-corrections.ts';
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

/** The draft with one more entry (an article's entry merges into the one it may already have). */
export function addToDraft(draft: CorrectionsJson, added: DraftEntry): CorrectionsJson {
  if (added.section === 'articles') {
    return {
      ...draft,
      articles: { ...draft.articles, [added.file]: { ...draft.articles[added.file], ...added.entry } },
    };
  }
  return { ...draft, [added.section]: [...draft[added.section], added.entry] };
}

/** The loaded corpus with the draft applied, and what applying it said (warnings and errors naming entries). */
export function applyDraft(loaded: Corpus, draft: CorrectionsJson): { corpus: Corpus; problems: string[] } {
  const corpus = applyParsedCorrections(loaded, parseCorrectionsFile(JSON.stringify(draft)));
  return { corpus, problems: corpus.warnings.slice(loaded.warnings.length).map((warning) => warning.reason) };
}

/** The whole corrections.json for the corpus as corrected: the folder's entries, then the draft's. */
export function correctionsFileText(corrected: Corpus): string {
  return serializeCorrections(correctionsFileOf(corrected));
}
