/**
 * corrections.json's publication dates in a build: evidence like a stamp in the text, given to the files
 * before the corpus' day is chosen and the articles' clocks are set.
 */
import type { Corpus } from '../corpus/schema.ts';
import type { CorrectionsFile } from '../corpus/corrections/corrections-file.ts';
import { describePublication } from './assemble-articles.ts';
import type { ParsedFile } from './identify-files.ts';

/** The files with each corrected publication date in place of the text's stamp and sources.json's date. */
/** True when the text's stamp or sources.json already gives this date (or date and wall-clock time). */
function statesDate(file: ParsedFile, published: string): boolean {
  if (file.source?.published === published) return true;
  const stamp = file.stamp;
  if (!stamp) return false;
  return stamp.time ? published.slice(0, 16) === `${stamp.date}T${stamp.time}` : published === stamp.date;
}

export function withCorrectedDates(parsed: ParsedFile[], entries: CorrectionsFile['articles']): ParsedFile[] {
  const dates = new Map(entries.flatMap(({ file, value }) => (value.published ? [[file, value.published]] : [])));
  if (dates.size === 0) return parsed;
  return parsed.map((file) => {
    const published = dates.get(file.file);
    if (published === undefined || statesDate(file, published)) return file;
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
