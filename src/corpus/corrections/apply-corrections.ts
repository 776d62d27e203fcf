/**
 * Applies the folder's corrections.json to the extracted corpus: people first (so events and quotes
 * name the corrected people), then articles, then events. Deterministic: the same folder always
 * builds the same corpus. Each applied entry is recorded in `corpus.corrections`, with the values it
 * replaced; each entry that could not be applied is a warning that names it.
 */
import type { Corpus } from '../schema.ts';
import { correctArticles } from './correct-articles.ts';
import { correctEvents, findEventContradictions } from './correct-events.ts';
import { correctPeople, findPeopleContradictions } from './correct-people.ts';
import { createCorrectionReport } from './correction-report.ts';
import { parseCorrectionsFile, type ParsedCorrections } from './corrections-file.ts';

/** The corpus with corrections.json's text applied (a new object: `corpus` is not changed). */
export function applyCorrections(corpus: Corpus, correctionsJson: string | null, readError?: string): Corpus {
  if (readError) {
    return { ...corpus, warnings: [...corpus.warnings, { file: 'corrections.json', reason: readError }] };
  }
  return applyParsedCorrections(corpus, parseCorrectionsFile(correctionsJson));
}

/**
 * The corpus with parsed corrections applied. `extractedDates`: for files whose corrected date was
 * already used to build the corpus (see withCorrectedDates), the date the text alone gives.
 */
export function applyParsedCorrections(
  corpus: Corpus,
  { corrections, warnings }: ParsedCorrections,
  extractedDates?: ReadonlyMap<string, string | null>,
): Corpus {
  const entries = corrections.people.length + corrections.articles.length + corrections.events.length;
  if (entries === 0) return warnings.length === 0 ? corpus : { ...corpus, warnings: [...corpus.warnings, ...warnings] };
  const corrected: Corpus = {
    ...corpus,
    articles: [...corpus.articles],
    people: [...corpus.people],
    events: [...corpus.events],
  };
  const report = createCorrectionReport();
  report.warnings.push(...warnings);
  correctPeople(corrected, corrections.people, report);
  correctArticles(corrected, corrections.articles, report, extractedDates);
  correctEvents(corrected, corrections.events, report);
  return {
    ...corrected,
    warnings: [...corpus.warnings, ...report.warnings],
    corrections: [...corpus.corrections, ...report.applied],
  };
}

/**
 * The contradictions a whole corrections.json holds, checked against a corpus (the one it will be
 * applied to, or one it was already applied to): what the page checks before it writes a file.
 */
export function findFileContradictions(corpus: Corpus, { corrections }: ParsedCorrections): string[] {
  const report = createCorrectionReport();
  findPeopleContradictions(corpus, corrections.people, report);
  findEventContradictions(corrections.events, report);
  return report.warnings.map((warning) => warning.reason);
}
