/** Parse throughput: the pipeline in this process, from reading the folder to the finished corpus. */
import { performance } from 'node:perf_hooks';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import type { Corpus } from '../../src/corpus/schema.ts';
import { median } from './stats.ts';

export interface ParseResult {
  runs: number;
  /** Median wall time of one parse, ms. */
  ms: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  corpus: Corpus;
}

/**
 * How many timed runs a folder gets: several for small folders (their times are short and noisy),
 * one for large ones, where one run already takes tens of seconds and noise is small against it.
 */
export function runsFor(files: number): number {
  if (files <= 50) return 7;
  if (files <= 2000) return 3;
  return 1;
}

/** Parses `dir` `runs` times (after one untimed warm-up run for small folders) and reports the median. */
export function measureParse(dir: string, files: number, bytes: number, runs = runsFor(files)): ParseResult {
  let corpus: Corpus | null = null;
  // A warm-up lets the JIT compile the pipeline's hot paths, as in a long-running build; skipped where it would cost a minute.
  if (runs > 1) corpus = buildCorpus(readArticleFolder(dir));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    corpus = buildCorpus(readArticleFolder(dir));
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return { runs, ms, articlesPerSecond: files / (ms / 1000), megabytesPerSecond: bytes / 1e6 / (ms / 1000), corpus: corpus! };
}
