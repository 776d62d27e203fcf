/** A stage that throws on one file's text costs that file only: it is left out with a warning, and the rest is built. */
import { expect, test, vi } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { findCorpusProblems } from './corpus-invariants.ts';

vi.mock('../../src/pipeline/credits.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pipeline/credits.ts')>();
  return {
    ...original,
    findCredits: (...args: Parameters<typeof original.findCredits>) => {
      if (args[0].includes('TRIGGER-A-CRASH')) throw new Error('credits stage crashed');
      return original.findCredits(...args);
    },
  };
});

vi.mock('../../src/pipeline/people.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pipeline/people.ts')>();
  return {
    ...original,
    extractPeople: (articles: Parameters<typeof original.extractPeople>[0]) => {
      if (articles.filter((article) => article.text.includes('PAIR-CRASH')).length >= 2)
        throw new Error('people stage crashed on the pair');
      return original.extractPeople(articles);
    },
  };
});

test('the file a stage throws on is left out with a warning; the seeds load', () => {
  const seeds = readArticleFolder('seeds');
  const bad = { name: 'zz-bad.txt', bytes: new TextEncoder().encode('NEW DELHI: TRIGGER-A-CRASH on Monday.') };
  const corpus = buildCorpus({ ...seeds, files: [...seeds.files, bad] });
  expect(corpus.articles.map((article) => article.file)).toEqual(seeds.files.map((file) => file.name));
  expect(corpus.warnings).toEqual([
    { file: 'zz-bad.txt', reason: 'the pipeline failed on this file (credits stage crashed); left out' },
  ]);
  expect(findCorpusProblems(corpus)).toEqual([]);
}, 60_000);

test('an error no single file explains is not hidden', () => {
  // Each file builds alone; only together does the (mocked) people stage fail, so the build must fail loudly.
  const files = ['PAIR-CRASH one', 'PAIR-CRASH two'].map((text, index) => ({
    name: `${index}.txt`,
    bytes: new TextEncoder().encode(`PARIS: ${text} on Monday.`),
  }));
  expect(() => buildCorpus({ files: files.slice(0, 1), sourcesJson: null })).not.toThrow();
  expect(() => buildCorpus({ files, sourcesJson: null })).toThrow('people stage crashed on the pair');
});
