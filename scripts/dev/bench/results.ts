/** What the bench gathers for each corpus: parse and build figures, start bytes, and the medians of each page measured. */
import type { StartBytes } from './build-size.ts';
import type { Sized } from './bytes.ts';
import type { BenchEvent } from './competitor-pages.ts';
import type { CorpusFolder } from './corpora.ts';
import type { RunMetrics } from './page-target.ts';

export interface CorpusResult {
  key: string;
  folder: CorpusFolder;
  events: BenchEvent[];
  parse: { runs: number; threads: number; ms: number; articlesPerSecond: number; megabytesPerSecond: number };
  buildMs: number;
  distDir: string;
  bytes: StartBytes;
  data: Sized;
  ours?: Summary;
  vis?: Summary;
  timelinejs?: Summary;
}

export interface Summary {
  runs: number;
  medians: { [K in keyof RunMetrics]: number | null };
  /** Set when a run hit the timeout: the figure is a lower bound. */
  timedOutAfterMs: number | null;
  externalUrls: string[];
}
