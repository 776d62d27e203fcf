/** corrections.json's articles: an article's outlet or publication date, set by an editor, found by file name. */
import type { Corpus } from '../corpus/schema.ts';
import { buildOutlets } from './assemble-articles.ts';
import type { CorrectionsFile } from './corrections-file.ts';
import { warnNotApplied, type CorrectionReport } from './correction-report.ts';
import { slugify } from './slug.ts';

/** Applies the article entries to `corpus` (a working copy, changed in place); the outlet list follows. */
export function correctArticles(corpus: Corpus, entries: CorrectionsFile['articles'], report: CorrectionReport): void {
  let outletsChanged = false;
  for (const { entry, file, value } of entries) {
    const index = corpus.articles.findIndex((article) => article.file === file);
    if (index === -1) {
      warnNotApplied(report, entry, `no article file “${file}” in the folder`);
      continue;
    }
    const before = corpus.articles[index]!;
    const after = { ...before };
    const changes: Array<{ field: string; extracted: string | null; corrected: string | null }> = [];
    if (value.outlet !== undefined && value.outlet !== before.outlet?.name) {
      const id = slugify(value.outlet);
      if (id === '') {
        warnNotApplied(report, entry, `the outlet “${value.outlet}” has no letters or digits to name it by`);
        continue;
      }
      changes.push({ field: 'outlet', extracted: before.outlet?.name ?? null, corrected: value.outlet });
      after.outlet = { id, name: value.outlet };
      after.outletBasis = `Corrected: ${value.note}`;
      outletsChanged = true;
    }
    if (value.published !== undefined && value.published !== before.published) {
      changes.push({ field: 'published', extracted: before.published, corrected: value.published });
      after.published = value.published;
      after.publishedBasis = { kind: 'corrected', reason: value.note, span: null };
    }
    if (changes.length === 0) {
      warnNotApplied(report, entry, `“${file}” already has that outlet and date`);
      continue;
    }
    corpus.articles[index] = after;
    report.applied.push({
      entry,
      subject: 'article',
      subjectId: before.id,
      action: 'edit',
      mergedIds: [],
      changes,
      note: value.note,
    });
  }
  if (outletsChanged) corpus.outlets = buildOutlets(corpus.articles);
}
