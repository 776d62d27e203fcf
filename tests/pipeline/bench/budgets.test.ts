import { describe, expect, test } from 'vitest';
import {
  advisory,
  atLeast,
  atMost,
  formatBudgetReport,
  gatingChecksPass,
  lessThan,
} from '../../../scripts/dev/bench/budgets.ts';
import { formatKB, formatMs } from '../../../scripts/dev/bench/format.ts';

describe('budget checks', () => {
  test('at most: the limit itself passes, a byte over fails, an unmeasured figure fails', () => {
    expect(atMost('JS', 100_000, 100_000, formatKB).pass).toBe(true);
    expect(atMost('JS', 100_001, 100_000, formatKB)).toMatchObject({ pass: false, budget: '≤ 100.0 KB' });
    expect(atMost('JS', null, 100_000, formatKB)).toMatchObject({ pass: false, figure: null });
  });

  test('at least: a score of 0.99 misses 1.0', () => {
    const score = (value: number) => value.toFixed(2);
    expect(atLeast('perf', 1, 1, score).pass).toBe(true);
    expect(atLeast('perf', 0.99, 1, score)).toMatchObject({ pass: false, figure: '0.99', budget: '≥ 1.00' });
  });

  test('less than theirs: a tie fails, and so does a missing side', () => {
    expect(lessThan('events', 300, 301, formatMs, 'vis').pass).toBe(true);
    expect(lessThan('events', 301, 301, formatMs, 'vis').pass).toBe(false);
    expect(lessThan('events', 300, null, formatMs, 'vis')).toMatchObject({
      pass: false,
      budget: '< vis (not measured)',
    });
  });
});

describe('formatBudgetReport', () => {
  test('one aligned line per check, PASS/FAIL first, the failures counted last', () => {
    const report = formatBudgetReport([
      atMost('Initial JS (gzip)', 103_512, 100_000, formatKB),
      atMost('CSS (gzip)', 6_400, 8_000, formatKB),
      { name: 'Lighthouse', figure: null, budget: '= 1.00', pass: false, note: 'could not run: no Chrome' },
    ]);
    expect(report.split('\n')).toEqual([
      'FAIL  Initial JS (gzip)      103.5 KB  budget ≤ 100.0 KB',
      'PASS  CSS (gzip)               6.4 KB  budget ≤ 8.0 KB',
      'FAIL  Lighthouse         not measured  budget = 1.00  (could not run: no Chrome)',
      '',
      '2 of 3 gating budgets failed.',
    ]);
  });

  test('an advisory miss prints WARN and does not fail the run; a gating miss does', () => {
    const checks = [
      atMost('CSS (gzip)', 6_400, 8_000, formatKB),
      advisory(lessThan('Events in the DOM', 300, 250, formatMs, 'vis-timeline')),
    ];
    expect(gatingChecksPass(checks)).toBe(true);
    expect(formatBudgetReport(checks).split('\n').slice(1)).toEqual([
      'WARN  Events in the DOM  300 ms  budget < 250 ms (vis-timeline)',
      '',
      'All 1 gating budgets met. 1 advisory budget missed.',
    ]);
    expect(gatingChecksPass([...checks, atMost('JS', 100_001, 100_000, formatKB)])).toBe(false);
  });

  test('says so when every budget is met, counting only the gating ones', () => {
    expect(formatBudgetReport([atMost('CSS', 1, 2, String)])).toMatch(/All 1 gating budgets met\.$/);
    // A reference figure that is met is still not a gating budget.
    expect(formatBudgetReport([atMost('CSS', 1, 2, String), advisory(atMost('Desktop', 1, 2, String))])).toMatch(
      /All 1 gating budgets met\.$/,
    );
  });
});
