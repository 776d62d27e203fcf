/**
 * corrections.json's articles: an article's outlet or publication date, set by an editor, found by file name.
 * In a build, a corrected date is evidence like a stamp in the text: the pipeline gives it to the files
 * before the corpus' day is chosen (pipeline/corrected-dates.ts), and it is recorded here next to the
 * date the text alone gives.
 */
import type { Corpus } from '../schema.ts';
import { buildOutlets } from '../outlets.ts';
import type { CorrectionsFile } from './corrections-file.ts';
import { warnNotApplied, type CorrectionReport } from './correction-report.ts';
import { slugify } from '../slug.ts';

/**
 * Applies the article entries to `corpus` (a working copy, changed in place); the outlet list follows.
 * `extractedDates`: the dates the text alone gives to files whose corrected date the corpus already holds.
 */
export function correctArticles(
  corpus: Corpus,
  entries: CorrectionsFile['articles'],
  report: CorrectionReport,
  extractedDates: ReadonlyMap<string, string | null> = new Map(),
): void {
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
      // Ids are ASCII slugs: a name in another script gets one from its file's place in the outlet list.
      const id = slugify(value.outlet) || `outlet-${slugify(file) || index + 1}`;
      changes.push({ field: 'outlet', extracted: before.outlet?.name ?? null, corrected: value.outlet });
      after.outlet = { id, name: value.outlet };
      after.outletBasis = `Corrected: ${value.note}`;
      outletsChanged = true;
    }
    const extractedDate = extractedDates.has(file) ? extractedDates.get(file)! : before.published;
    if (value.published !== undefined && value.published !== extractedDate) {
      changes.push({ field: 'published', extracted: extractedDate, corrected: value.published });
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
