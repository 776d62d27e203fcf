import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { buildCorpusFromFolder, chooseThreadCount } from '../../src/pipeline/parallel-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';

describe('building over worker threads', () => {
  test.each(['seeds', 'tests/fixtures/london-ruling'])(
    'gives exactly the corpus of the single-threaded build (%s)',
    async (dir) => {
      const parallel = await buildCorpusFromFolder(dir, 2);
      expect(parallel).toEqual(buildCorpus(readArticleFolder(dir)));
    },
    60_000,
  );

  test('workers sent file paths give the same corpus, and so does reading the folder one file at a time', async () => {
    const expected = buildCorpus(readArticleFolder('tests/fixtures/hostile-page'));
    expect(await buildCorpusFromFolder('tests/fixtures/hostile-page', 2)).toEqual(expected);
    expect(await buildCorpusFromFolder('tests/fixtures/hostile-page', 1)).toEqual(expected);
  }, 60_000);

  test('threads only on idle cores, each with enough files to pay for its start, and never one alone', () => {
    expect(chooseThreadCount(5, 2, 0)).toBe(0);
    expect(chooseThreadCount(399, 2, 0)).toBe(0);
    expect(chooseThreadCount(400, 2, 0)).toBe(2);
    expect(chooseThreadCount(10_000, 2, 0.3)).toBe(2);
    expect(chooseThreadCount(10_000, 1, 0)).toBe(0);
    expect(chooseThreadCount(10_000, 8, 0)).toBe(8);
    expect(chooseThreadCount(10_000, 8, 5)).toBe(3);
    // A machine other jobs already keep busy gains nothing from more threads.
    expect(chooseThreadCount(10_000, 2, 1)).toBe(0);
    expect(chooseThreadCount(10_000, 2, 12)).toBe(0);
  });
});
