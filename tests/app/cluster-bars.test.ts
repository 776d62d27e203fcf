import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clusterBars, getClusterZoomTarget, type ClusterMark } from '../../src/app/timeline/cluster-bars.ts';
import type { MeasuredBar } from '../../src/app/timeline/layout-event-bars.ts';

const HOUR = 3_600_000;

/** A bar in a 1000 px plot showing one day: 1 px per 86.4 s. */
function bar(index: number, lane: number, left: number, width: number): MeasuredBar {
  const msPerPx = (24 * HOUR) / 1000;
  return {
    id: `e${index}`,
    index,
    lane,
    left,
    width,
    startMs: left * msPerPx,
    endMs: (left + width) * msPerPx,
    cutStart: false,
    cutEnd: false,
  };
}

describe('clusterBars', () => {
  test('bars apart from each other stay alone', () => {
    const bars = [bar(0, 0, 10, 100), bar(1, 0, 200, 50), bar(2, 1, 20, 300)];
    const { single, clusters } = clusterBars(bars);
    expect(single.map((b) => b.id)).toEqual(['e0', 'e1', 'e2']);
    expect(clusters).toEqual([]);
  });

  test('overlapping or touching bars in a lane become one cluster; other lanes are not affected', () => {
    const bars = [bar(0, 0, 10, 100), bar(1, 0, 50, 100), bar(2, 0, 152, 10), bar(3, 1, 50, 100), bar(4, 0, 400, 10)];
    const { single, clusters } = clusterBars(bars, { gapPx: 4 });
    expect(single.map((b) => b.id)).toEqual(['e3', 'e4']);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({
      key: 'cluster:e0',
      ids: ['e0', 'e1', 'e2'],
      lane: 0,
      left: 10,
      width: 152,
      index: 0,
    });
    expect(clusters[0]!.startMs).toBe(bars[0]!.startMs);
    expect(clusters[0]!.endMs).toBe(bars[2]!.endMs);
  });

  test('a crowd longer than the span limit splits into marks that do not overlap', () => {
    const bars = Array.from({ length: 20 }, (_, index) => bar(index, 0, index * 20, 60));
    const { single, clusters } = clusterBars(bars, { maxSpanPx: 100 });
    expect(single).toEqual([]);
    expect(clusters.map((cluster) => cluster.ids.length)).toEqual([5, 5, 5, 5]);
    for (const [index, cluster] of clusters.entries()) {
      const next = clusters[index + 1];
      if (next) expect(cluster.left + cluster.width).toBeLessThanOrEqual(next.left);
    }
  });

  test('a kept event (the selected one) is drawn alone even inside a crowd', () => {
    const bars = [bar(0, 0, 10, 100), bar(1, 0, 20, 100), bar(2, 0, 30, 100)];
    const { single, clusters } = clusterBars(bars, { keepIds: new Set(['e1']) });
    expect(single.map((b) => b.id)).toEqual(['e1']);
    expect(clusters.map((cluster) => cluster.ids)).toEqual([['e0', 'e2']]);
  });

  test('property: every bar is in exactly one mark, clusters hold two or more bars of one lane', () => {
    const barArb = fc.record({
      lane: fc.integer({ min: 0, max: 7 }),
      left: fc.integer({ min: 16, max: 944 }),
      width: fc.integer({ min: 10, max: 400 }),
    });
    fc.assert(
      fc.property(fc.array(barArb, { maxLength: 120 }), fc.subarray([0, 1, 2, 3, 4, 5]), (specs, kept) => {
        const bars = specs.map((spec, index) => bar(index, spec.lane, spec.left, spec.width));
        const keepIds = new Set(kept.map((index) => `e${index}`));
        const { single, clusters } = clusterBars(bars, { keepIds });
        const seen = [...single.map((b) => b.id), ...clusters.flatMap((cluster) => cluster.ids)];
        expect([...seen].sort()).toEqual(bars.map((b) => b.id).sort());
        for (const cluster of clusters) {
          expect(cluster.ids.length).toBeGreaterThanOrEqual(2);
          expect(cluster.ids.some((id) => keepIds.has(id))).toBe(false);
          expect(new Set(cluster.ids.map((id) => bars.find((b) => b.id === id)!.lane))).toEqual(
            new Set([cluster.lane]),
          );
        }
      }),
    );
  });
});

describe('getClusterZoomTarget', () => {
  const cluster = (firstStartMs: number, lastStartMs: number): ClusterMark => ({
    key: 'cluster:a',
    ids: ['a', 'b'],
    lane: 0,
    left: 0,
    width: 40,
    startMs: firstStartMs,
    endMs: lastStartMs + HOUR,
    lastStartMs,
    index: 0,
  });
  const day: [number, number] = [0, 24 * HOUR];
  const min = 15 * 60_000;

  test('centres a margin around the starts', () => {
    expect(getClusterZoomTarget(cluster(9 * HOUR, 10 * HOUR), day, min)).toEqual([
      9.5 * HOUR - 0.65 * HOUR,
      9.5 * HOUR + 0.65 * HOUR,
    ]);
  });

  test('never narrower than the narrowest zoom', () => {
    const target = getClusterZoomTarget(cluster(9 * HOUR, 9 * HOUR + 2 * 60_000), day, min)!;
    expect(target[1] - target[0]).toBe(min);
  });

  test('null when the events start together or the view is already that narrow', () => {
    expect(getClusterZoomTarget(cluster(9 * HOUR, 9 * HOUR), day, min)).toBeNull();
    expect(getClusterZoomTarget(cluster(9 * HOUR, 10 * HOUR), [8.9 * HOUR, 10.3 * HOUR], min)).toBeNull();
  });
});
