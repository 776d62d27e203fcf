/** Helpers for the corrections tests: apply an object as corrections.json, read what it said, check the result. */
import { expect } from 'vitest';
import { applyCorrections } from '../../src/corpus/corrections/apply-corrections.ts';
import { validateCorpus, type Corpus } from '../../src/corpus/schema.ts';

// Two reports of a berth opening in Mombasa, written for these tests: the port chief is spelled two
// ways, a ship is taken for a person, and neither article's date or outlet is read.
export const BERTH = 'tests/fixtures/mombasa-berth';
export const SEEDS = 'seeds';

export const correct = (corpus: Corpus, corrections: unknown) => applyCorrections(corpus, JSON.stringify(corrections));

/** What corrections.json's warnings and errors say. */
export const reasons = (corpus: Corpus) =>
  corpus.warnings.filter((warning) => warning.file === 'corrections.json').map((warning) => warning.reason);

/** The corrected corpus passes the schema and its integrity checks. */
export const expectValid = (corpus: Corpus) => {
  const validation = validateCorpus(corpus);
  expect(validation.ok ? [] : validation.problems).toEqual([]);
};
