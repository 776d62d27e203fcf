/**
 * Parse throughput: the pipeline as `npm run parse` runs it on an idle machine (per-article stages in
 * a worker thread per core when the folder is large enough, see parallel-corpus.ts), from reading the
 * folder to the finished corpus. The thread count is fixed by the machine's cores and the folder, not
 * by the load average as `npm run parse` chooses it: the bench's own previous stage would otherwise
 * decide it (the one-minute load trails what just ran).
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildCorpusFromFolder, chooseThreadCount } from '../../../src/pipeline/parallel-corpus.ts';
import type { Corpus } from '../../../src/corpus/schema.ts';
import { median } from './stats.ts';

export interface ParseResult {
  runs: number;
  /** Threads the per-article stages ran in (1: this thread only). */
  threads: number;
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
export async function measureParse(
  dir: string,
  files: number,
  bytes: number,
  runs = runsFor(files),
): Promise<ParseResult> {
  const threads = Math.max(1, chooseThreadCount(files, availableParallelism(), 0));
  let corpus: Corpus | null = null;
  // A warm-up lets the JIT compile the pipeline's hot paths, as in a long-running build; skipped where it would cost a minute.
  if (runs > 1) corpus = await buildCorpusFromFolder(dir, threads);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    corpus = await buildCorpusFromFolder(dir, threads);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return {
    runs,
    threads,
    ms,
    articlesPerSecond: files / (ms / 1000),
    megabytesPerSecond: bytes / 1e6 / (ms / 1000),
    corpus: corpus!,
  };
}
