/** Text formatting for the benchmark's tables: sizes, durations, ratios and aligned columns. */

/** Kilobytes (1 KB = 1,000 bytes, as Vite and Lighthouse count) with one decimal, or "—". */
export function formatKB(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes)) return '—';
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** Megabytes (10^6 bytes) with one decimal, or "—". */
export function formatMB(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes)) return '—';
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Milliseconds: one decimal under 100 ms, whole above, seconds past 10 s; "—" when missing. */
export function formatMs(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return ms < 100 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** A count with thousands separators, or "—". */
export function formatCount(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return Math.round(value).toLocaleString('en-US');
}

/**
 * Ours as a ratio to theirs, "0.42×" (below 1: ours is smaller or faster). Two decimals under 10,
 * one above; "—" when either side is missing or theirs is zero; a bound (">") when theirs timed out.
 */
export function formatRatio(
  ours: number | null | undefined,
  theirs: number | null | undefined,
  theirsIsLowerBound = false,
): string {
  if (ours == null || theirs == null || !Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return '—';
  const ratio = ours / theirs;
  const text = ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2);
  return `${theirsIsLowerBound ? '< ' : ''}${text}×`;
}

/** A plain-text table: header row, a rule, then rows; columns padded to their widest cell, numbers right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const numeric = header.map(
    (_, column) => rows.length > 0 && rows.every((row) => /^[<>]?\s?[\d.,—-]/.test(row[column] ?? '')),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        numeric[column] && column > 0 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
