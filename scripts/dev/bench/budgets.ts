/** Budgets as data: each figure against its limit, judged PASS or FAIL, printed one line each. */

export interface BudgetCheck {
  name: string;
  /** The measured figure, already formatted; null when it could not be measured. */
  figure: string | null;
  /** The budget as people read it, e.g. "≤ 100.0 KB". */
  budget: string;
  pass: boolean;
  /** Why the figure is missing, or anything the reader needs to judge it. */
  note?: string;
  /** Reported but not gating: a miss prints WARN and does not fail the run (timings on a shared machine). */
  advisory?: boolean;
}

/** The same check, reported but not gating. */
export function advisory(check: BudgetCheck): BudgetCheck {
  return { ...check, advisory: true };
}

/** True when every gating check passed (advisory misses do not count). */
export function gatingChecksPass(checks: readonly BudgetCheck[]): boolean {
  return checks.every((check) => check.pass || check.advisory);
}

/** A check that `value` is at most `limit` (a missing value fails: an unmeasured budget is not met). */
export function atMost(
  name: string,
  value: number | null,
  limit: number,
  format: (value: number) => string,
): BudgetCheck {
  return {
    name,
    figure: value === null ? null : format(value),
    budget: `≤ ${format(limit)}`,
    pass: value !== null && value <= limit,
  };
}

/** A check that `value` is at least `limit`. */
export function atLeast(
  name: string,
  value: number | null,
  limit: number,
  format: (value: number) => string,
): BudgetCheck {
  return {
    name,
    figure: value === null ? null : format(value),
    budget: `≥ ${format(limit)}`,
    pass: value !== null && value >= limit,
  };
}

/** A check that ours is strictly below theirs (both measured in the same run). */
export function lessThan(
  name: string,
  ours: number | null,
  theirs: number | null,
  format: (value: number) => string,
  theirsName: string,
): BudgetCheck {
  return {
    name,
    figure: ours === null ? null : format(ours),
    budget: theirs === null ? `< ${theirsName} (not measured)` : `< ${format(theirs)} (${theirsName})`,
    pass: ours !== null && theirs !== null && ours < theirs,
  };
}

/** One line per check, aligned, with PASS/FAIL (WARN for an advisory miss) first, and the count of failures last. */
export function formatBudgetReport(checks: readonly BudgetCheck[]): string {
  const nameWidth = Math.max(...checks.map((check) => check.name.length));
  const figureWidth = Math.max(...checks.map((check) => (check.figure ?? 'not measured').length));
  const lines = checks.map((check) =>
    [
      check.pass ? 'PASS' : check.advisory ? 'WARN' : 'FAIL',
      check.name.padEnd(nameWidth),
      (check.figure ?? 'not measured').padStart(figureWidth),
      `budget ${check.budget}`,
      check.note ? `(${check.note})` : '',
    ]
      .join('  ')
      .trimEnd(),
  );
  const failed = checks.filter((check) => !check.pass && !check.advisory).length;
  const warned = checks.filter((check) => !check.pass && check.advisory).length;
  const gating = checks.filter((check) => !check.advisory).length;
  const warnings = warned ? ` ${warned} advisory ${warned === 1 ? 'budget' : 'budgets'} missed.` : '';
  lines.push(
    '',
    (failed === 0 ? `All ${gating} gating budgets met.` : `${failed} of ${gating} gating budgets failed.`) + warnings,
  );
  return lines.join('\n');
}
