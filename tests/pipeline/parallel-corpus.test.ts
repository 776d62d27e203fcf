import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { buildCorpusFromFolder, buildCorpusInParallel, chooseThreadCount } from '../../src/pipeline/parallel-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';

describe('building over worker threads', () => {
  test.each(['seeds', 'tests/fixtures/london-ruling'])('gives exactly the corpus of the single-threaded build (%s)', async (dir) => {
    const input = readArticleFolder(dir);
    const parallel = await buildCorpusInParallel(input, 2, 1);
    expect(parallel).toEqual(buildCorpus(input));
  }, 60_000);

  test('workers sent file paths give the same corpus, and so does reading the folder one file at a time', async () => {
    const expected = buildCorpus(readArticleFolder('tests/fixtures/hostile-page'));
    expect(await buildCorpusFromFolder('tests/fixtures/hostile-page', 2)).toEqual(expected);
    expect(await buildCorpusFromFolder('tests/fixtures/hostile-page', 1)).toEqual(expected);
  }, 60_000);

  test('threads only when each has enough files to pay for its start, and never one alone', () => {
    expect(chooseThreadCount(5, 2)).toBe(0);
    expect(chooseThreadCount(399, 2)).toBe(0);
    expect(chooseThreadCount(400, 2)).toBe(2);
    expect(chooseThreadCount(10_000, 2)).toBe(2);
    expect(chooseThreadCount(10_000, 1)).toBe(0);
    expect(chooseThreadCount(10_000, 8)).toBe(8);
  });
});
