import { describe, expect, test } from 'vitest';
import { assignLanes } from '../../src/app/timeline/lanes.ts';
import {
  clampRange,
  isFullRange,
  panRange,
  panRangeToShow,
  zoomRange,
  MIN_ZOOM_SPAN_MS,
} from '../../src/app/timeline/zoom-range.ts';
import { createTimeScale, createZonedTicks } from '../../src/app/timeline/time-scale.ts';
import { getRovingTarget } from '../../src/app/timeline/use-roving-focus.ts';

const HOUR = 3_600_000;
const DAY: readonly [number, number] = [0, 24 * HOUR];

describe('assignLanes', () => {
  test('overlapping windows get separate lanes, disjoint ones share', () => {
    const { laneOf, laneCount } = assignLanes([
      { id: 'a', startMs: 0, endMs: 5 * HOUR },
      { id: 'b', startMs: 4 * HOUR, endMs: 8 * HOUR },
      { id: 'c', startMs: 6 * HOUR, endMs: 9 * HOUR },
    ]);
    expect([laneOf.get('a'), laneOf.get('b'), laneOf.get('c')]).toEqual([0, 1, 0]);
    expect(laneCount).toBe(2);
  });

  test('a minimum span keeps room for labels of short windows', () => {
    const items = [
      { id: 'a', startMs: 0, endMs: 0 },
      { id: 'b', startMs: HOUR, endMs: 2 * HOUR },
    ];
    expect(assignLanes(items).laneCount).toBe(1);
    expect(assignLanes(items, 3 * HOUR).laneCount).toBe(2);
  });
});

describe('zoom-range', () => {
  test.each<[string, readonly [number, number], readonly [number, number]]>([
    ['inside stays', [2 * HOUR, 4 * HOUR], [2 * HOUR, 4 * HOUR]],
    ['past the end slides back', [22 * HOUR, 26 * HOUR], [20 * HOUR, 24 * HOUR]],
    ['before the start slides forward', [-2 * HOUR, HOUR], [0, 3 * HOUR]],
    ['too narrow widens to the minimum', [HOUR, HOUR + 1000], [HOUR, HOUR + MIN_ZOOM_SPAN_MS]],
    ['too wide shrinks to the day', [-HOUR, 30 * HOUR], [0, 24 * HOUR]],
  ])('clampRange: %s', (_name, range, expected) => {
    expect(clampRange(range, DAY)).toEqual(expected);
  });

  test('zooming in keeps the anchor in place', () => {
    const next = zoomRange(DAY, 2, 6 * HOUR, DAY);
    expect(next).toEqual([3 * HOUR, 15 * HOUR]);
  });

  test('zooming never goes below 15 minutes or beyond the day', () => {
    expect(zoomRange([HOUR, 2 * HOUR], 1000, 1.5 * HOUR, DAY)).toEqual([
      1.5 * HOUR - MIN_ZOOM_SPAN_MS / 2,
      1.5 * HOUR + MIN_ZOOM_SPAN_MS / 2,
    ]);
    expect(zoomRange([HOUR, 2 * HOUR], 0.001, 1.5 * HOUR, DAY)).toEqual(DAY);
  });

  test('panning stops at the bounds', () => {
    expect(panRange([20 * HOUR, 22 * HOUR], 5 * HOUR, DAY)).toEqual([22 * HOUR, 24 * HOUR]);
    expect(panRange([2 * HOUR, 4 * HOUR], -HOUR, DAY)).toEqual([HOUR, 3 * HOUR]);
  });

  test('panRangeToShow moves only when the window is out of view', () => {
    const view = [6 * HOUR, 8 * HOUR] as const;
    expect(panRangeToShow(view, 7 * HOUR, 9 * HOUR, DAY)).toBe(view);
    const later = panRangeToShow(view, 12 * HOUR, 13 * HOUR, DAY);
    expect(later[0]).toBeLessThan(12 * HOUR);
    expect(later[1]).toBeGreaterThan(12 * HOUR);
    expect(isFullRange(DAY, DAY)).toBe(true);
    expect(isFullRange(view, DAY)).toBe(false);
  });
});

describe('createTimeScale', () => {
  test('maps the visible range linearly onto the plot, and beyond it outside', () => {
    const toX = createTimeScale([6 * HOUR, 18 * HOUR], 16, 616);
    expect(toX(6 * HOUR)).toBe(16);
    expect(toX(12 * HOUR)).toBe(316);
    expect(toX(18 * HOUR)).toBe(616);
    expect(toX(0)).toBe(-284);
  });
  test('an empty range puts everything mid-plot rather than dividing by zero', () => {
    expect(createTimeScale([HOUR, HOUR], 16, 616)(5 * HOUR)).toBe(316);
  });
});

describe('createZonedTicks', () => {
  test('ticks fall on round hours of the corpus zone, not of UTC', () => {
    // 2021-12-06 00:00 IST is 2021-12-05T18:30Z.
    const start = Date.parse('2021-12-06T00:00:00+05:30');
    const ticks = createZonedTicks([start, start + 24 * HOUR], 'Asia/Kolkata', 8, start + 24 * HOUR);
    expect(ticks[0]).toEqual({ ms: start, label: '00:00' });
    expect(ticks.map((tick) => tick.label)).toContain('12:00');
    expect(ticks.at(-1)?.label).toBe('24:00');
    expect(ticks.map((tick) => tick.label)).toEqual([
      '00:00',
      '03:00',
      '06:00',
      '09:00',
      '12:00',
      '15:00',
      '18:00',
      '21:00',
      '24:00',
    ]);
  });
  test('a zone with a 45-minute offset still ticks on its own round hours', () => {
    const start = Date.parse('2021-12-06T00:00:00+05:45');
    const ticks = createZonedTicks([start, start + 6 * HOUR], 'Asia/Kathmandu', 6);
    expect(ticks.map((tick) => tick.label)).toEqual(['00:00', '01:00', '02:00', '03:00', '04:00', '05:00', '06:00']);
  });
});

describe('getRovingTarget', () => {
  const ids = ['a', 'b', 'c'];
  test.each<[string, string, string | null]>([
    ['b', 'ArrowRight', 'c'],
    ['b', 'ArrowDown', 'c'],
    ['b', 'ArrowLeft', 'a'],
    ['b', 'ArrowUp', 'a'],
    ['c', 'ArrowRight', 'c'],
    ['a', 'ArrowLeft', 'a'],
    ['b', 'Home', 'a'],
    ['a', 'End', 'c'],
    ['a', 'Enter', null],
  ])('from %s, %s goes to %s', (from, key, expected) => {
    expect(getRovingTarget(ids, from, key)).toBe(expected);
  });
});
