import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { buildCorpusInParallel } from '../../src/pipeline/parallel-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';

describe('building over worker threads', () => {
  test.each(['seeds', 'tests/fixtures/london-ruling'])('gives exactly the corpus of the single-threaded build (%s)', async (dir) => {
    const input = readArticleFolder(dir);
    const parallel = await buildCorpusInParallel(input, 2, 1);
    expect(parallel).toEqual(buildCorpus(input));
  }, 60_000);
});
