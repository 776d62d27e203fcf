/**
 * corrections.json's articles: an article's outlet or publication date, set by an editor, found by file name.
 * A corrected date is evidence like a stamp in the text: it is given to the files before the corpus'
 * day is chosen (withCorrectedDates), and recorded here next to the date the text alone gives.
 */
import type { Corpus } from '../corpus/schema.ts';
import { buildOutlets, describePublication } from './assemble-articles.ts';
import type { ParsedFile } from './identify-files.ts';
import type { CorrectionsFile } from './corrections-file.ts';
import { warnNotApplied, type CorrectionReport } from './correction-report.ts';
import { slugify } from './slug.ts';

/** The files with each corrected publication date in place of the text's stamp and sources.json's date. */
export function withCorrectedDates(parsed: ParsedFile[], entries: CorrectionsFile['articles']): ParsedFile[] {
  const dates = new Map(entries.flatMap(({ file, value }) => (value.published ? [[file, value.published]] : [])));
  if (dates.size === 0) return parsed;
  return parsed.map((file) => {
    const published = dates.get(file.file);
    if (published === undefined) return file;
    return {
      ...file,
      stamp: null,
      source: { outlet: file.source?.outlet ?? null, url: file.source?.url ?? null, published },
    };
  });
}

/**
 * The publication date the text (or sources.json) states for each file whose date corrections.json
 * sets, by file name; null when it states none (a date the pipeline would only have inferred is
 * not extracted: it came from the other articles). What the corrections record as "extracted".
 */
export function datesWithoutCorrection(
  extracted: readonly ParsedFile[],
  corrected: readonly ParsedFile[],
  day: Corpus['day'],
): Map<string, string | null> {
  const dates = new Map<string, string | null>();
  extracted.forEach((file, index) => {
    if (corrected[index] === file) return;
    const stated = file.stamp !== null || Boolean(file.source?.published);
    dates.set(file.file, stated ? describePublication(file, [], day, new Set([file.id])).published : null);
  });
  return dates;
}

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
