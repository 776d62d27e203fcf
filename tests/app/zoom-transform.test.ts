import { describe, expect, test } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { maxZoomScale, rangeShownBy, transformShowing } from '../../src/app/timeline/zoom-transform.ts';
import { MIN_ZOOM_SPAN_MS } from '../../src/app/timeline/zoom-range.ts';

const HOUR = 3_600_000;
const DAY: [number, number] = [Date.UTC(2021, 11, 5, 18, 30), Date.UTC(2021, 11, 6, 18, 30)];
const PLOT = { x0: 16, x1: 976 };

describe('the visible range as a d3-zoom transform', () => {
  test('the whole day is the identity transform', () => {
    const transform = transformShowing(DAY, DAY, PLOT);
    expect([transform.k, transform.x, transform.y]).toEqual([1, 0, 0]);
    expect(rangeShownBy(zoomIdentity, DAY, PLOT)).toEqual(DAY);
  });

  test('a range maps to a transform and back to the same range', () => {
    const range: [number, number] = [DAY[0] + 9.5 * HOUR, DAY[0] + 12.25 * HOUR];
    const transform = transformShowing(range, DAY, PLOT);
    expect(transform.k).toBeCloseTo(24 / 2.75, 6);
    const [start, end] = rangeShownBy(transform, DAY, PLOT);
    expect(Math.abs(start - range[0])).toBeLessThan(1);
    expect(Math.abs(end - range[1])).toBeLessThan(1);
  });

  test('the range starts at the plot start under its transform', () => {
    const range: [number, number] = [DAY[0] + 6 * HOUR, DAY[0] + 7 * HOUR];
    const transform = transformShowing(range, DAY, PLOT);
    // The day's scale puts range[0] at x; the transform must bring x back to the plot's left edge.
    const xOfStart = PLOT.x0 + ((range[0] - DAY[0]) / (DAY[1] - DAY[0])) * (PLOT.x1 - PLOT.x0);
    expect(transform.applyX(xOfStart)).toBeCloseTo(PLOT.x0, 6);
  });

  test('the deepest zoom shows the minimum span', () => {
    expect(maxZoomScale(DAY)).toBe((24 * HOUR) / MIN_ZOOM_SPAN_MS);
  });
});
