/** Summary statistics for benchmark samples: medians of runs and percentiles of frame times. */

/** The value below which `fraction` of the samples lie (nearest-rank on sorted samples); NaN when empty. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`Percentile fraction out of [0, 1]: ${fraction}`);
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: the smallest sample with at least `fraction` of all samples at or below it.
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1]!;
}

/** The median: the middle sample, or the mean of the two middle ones; NaN when empty. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Differences between consecutive timestamps (e.g. requestAnimationFrame times → frame durations). */
export function deltas(timestamps: readonly number[]): number[] {
  const result: number[] = [];
  for (let index = 1; index < timestamps.length; index++) result.push(timestamps[index]! - timestamps[index - 1]!);
  return result;
}

/**
 * The median of each numeric field over several runs; a field missing (null) in some runs is the
 * median of the runs that have it, and null when none does.
 */
export function medianOfRuns<T extends Record<string, number | null>>(
  runs: readonly T[],
): { [K in keyof T]: number | null } {
  const keys = new Set(runs.flatMap((run) => Object.keys(run)));
  const result: Record<string, number | null> = {};
  for (const key of keys) {
    const values = runs
      .map((run) => run[key])
      .filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
    result[key] = values.length ? median(values) : null;
  }
  return result as { [K in keyof T]: number | null };
}
