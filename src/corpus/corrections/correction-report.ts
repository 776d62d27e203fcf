/** What applying corrections.json reports: the corrections applied, and warnings and errors that name their entries. */
import type { Correction, CorpusWarning } from '../schema.ts';
import { CORRECTIONS_FILE } from './corrections-file.ts';

export interface CorrectionReport {
  applied: Correction[];
  warnings: CorpusWarning[];
}

export function createCorrectionReport(): CorrectionReport {
  return { applied: [], warnings: [] };
}

/** A correction that names what the corpus does not hold, or cannot be done: not applied, said so. */
export function warnNotApplied(report: CorrectionReport, entry: string, problem: string): void {
  report.warnings.push({ file: CORRECTIONS_FILE, reason: `${entry}: ${problem}; not applied` });
}

/** Two corrections that contradict each other: an error naming both, and neither is applied. */
export function reportContradiction(report: CorrectionReport, first: string, second: string, why: string): void {
  report.warnings.push({
    file: CORRECTIONS_FILE,
    reason: `error: ${first} and ${second} contradict each other (${why}); neither applied`,
  });
}

/** Case, accents and spacing aside, the same name: how corrections find people by what an editor typed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s.]+/g, ' ')
    .trim();
}

/**
 * Pairs of entries that touch the same target and contradict each other, by `contradicts`; each such
 * entry is returned once, to be skipped, and every pair is reported.
 */
export function findContradictions<T extends { entry: string }>(
  report: CorrectionReport,
  items: readonly T[],
  targetsOf: (item: T) => readonly string[],
  contradicts: (a: T, b: T, target: string) => string | null,
): Set<string> {
  const byTarget = new Map<string, T[]>();
  for (const item of items) {
    for (const target of new Set(targetsOf(item))) byTarget.set(target, [...(byTarget.get(target) ?? []), item]);
  }
  const skipped = new Set<string>();
  const reported = new Set<string>();
  for (const [target, touching] of byTarget) {
    for (let i = 0; i < touching.length; i++) {
      for (let j = i + 1; j < touching.length; j++) {
        const [a, b] = [touching[i]!, touching[j]!];
        const why = contradicts(a, b, target);
        const pair = `${a.entry}|${b.entry}`;
        if (why === null || reported.has(pair)) continue;
        reported.add(pair);
        reportContradiction(report, a.entry, b.entry, why);
        skipped.add(a.entry).add(b.entry);
      }
    }
  }
  return skipped;
}
