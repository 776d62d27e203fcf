import fc from 'fast-check';
import { expect, test } from 'vitest';
import { findFirstIndex } from '../../src/app/shared/find-first-index.ts';

test('finds where an ordered condition first holds, or the length when it never does', () => {
  const sorted = [1, 3, 3, 7];
  expect(findFirstIndex(sorted.length, (index) => sorted[index]! >= 3)).toBe(1);
  expect(findFirstIndex(sorted.length, (index) => sorted[index]! > 3)).toBe(3);
  expect(findFirstIndex(sorted.length, (index) => sorted[index]! > 7)).toBe(4);
  expect(findFirstIndex(0, () => true)).toBe(0);
});

test('property: the same index as a scan from the start', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, threshold) => {
      const sorted = [...values].sort((a, b) => a - b);
      const scanned = sorted.findIndex((value) => value >= threshold);
      expect(findFirstIndex(sorted.length, (index) => sorted[index]! >= threshold)).toBe(scanned === -1 ? sorted.length : scanned);
    }),
  );
});
