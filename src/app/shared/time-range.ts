/** A span of time as epoch milliseconds, start inclusive, end exclusive. */
export type TimeRange = readonly [startMs: number, endMs: number];
