/**
 * Aggregates event bars that would crowd their lane at the current zoom into cluster marks.
 * Past the lane cap, bars of events running at the same time overlap in a lane; and bars a
 * pixel or two apart cannot be told apart or clicked. Those become one mark ("12 events,
 * 09:00–10:30") that zooms to them or lists them. Pure geometry on measured bars, run per frame.
 */
import type { MeasuredBar } from './layout-event-bars.ts';

export type ClusterMark = {
  /** Stable while its first event stays first: "cluster:<event id>". */
  key: string;
  /** Its events in reported order. */
  ids: string[];
  lane: number;
  left: number;
  width: number;
  /** Earliest start and latest end of its events. */
  startMs: number;
  endMs: number;
  /** Latest start: with startMs, the span to zoom to so the events spread apart. */
  lastStartMs: number;
  /** Reported-order position of its first event: where the mark sits in keyboard order. */
  index: number;
};

export type ClusterOptions = {
  /** Events always drawn alone (the selected one), even inside a crowd. */
  keepIds?: ReadonlySet<string>;
  /** Bars closer than this (or overlapping) crowd each other. */
  gapPx?: number;
  /** A cluster covers at most this many pixels of starts, so one is never the whole day. */
  maxSpanPx?: number;
  /** Narrowest cluster mark: room for its count. */
  minWidthPx?: number;
};

export const CLUSTER_GAP_PX = 4;
export const CLUSTER_MAX_SPAN_PX = 160;
export const CLUSTER_MIN_WIDTH_PX = 28;

/**
 * Splits bars into those drawn alone and clusters. In each lane, bars sorted by their left edge
 * join the current group while they start before its right edge (plus the gap) and within
 * `maxSpanPx` of its first start; a group of two or more (after taking out `keepIds`) is a
 * cluster. Every bar ends up in exactly one of the two results.
 */
export function clusterBars(
  bars: readonly MeasuredBar[],
  options: ClusterOptions = {},
): { single: MeasuredBar[]; clusters: ClusterMark[] } {
  const gap = options.gapPx ?? CLUSTER_GAP_PX;
  const maxSpan = options.maxSpanPx ?? CLUSTER_MAX_SPAN_PX;
  const minWidth = options.minWidthPx ?? CLUSTER_MIN_WIDTH_PX;
  const keep = options.keepIds ?? new Set<string>();

  const byLane = new Map<number, MeasuredBar[]>();
  for (const bar of bars) {
    const lane = byLane.get(bar.lane);
    if (lane) lane.push(bar);
    else byLane.set(bar.lane, [bar]);
  }

  const single: MeasuredBar[] = [];
  const clusters: ClusterMark[] = [];
  for (const laneBars of byLane.values()) {
    laneBars.sort((a, b) => a.left - b.left || a.index - b.index);
    const groups: MeasuredBar[][] = [];
    let group: MeasuredBar[] = [];
    let groupRight = Number.NEGATIVE_INFINITY;
    for (const bar of laneBars) {
      const first = group[0];
      if (first && bar.left < groupRight + gap && bar.left - first.left < maxSpan) {
        group.push(bar);
        groupRight = Math.max(groupRight, bar.left + bar.width);
      } else {
        if (first) groups.push(group);
        group = [bar];
        groupRight = bar.left + bar.width;
      }
    }
    if (group.length > 0) groups.push(group);

    groups.forEach((members, groupIndex) => {
      const crowd = members.filter((bar) => !keep.has(bar.id));
      single.push(...members.filter((bar) => keep.has(bar.id)));
      if (crowd.length < 2) {
        single.push(...crowd);
        return;
      }
      const nextLeft = groups[groupIndex + 1]?.[0]?.left ?? Number.POSITIVE_INFINITY;
      clusters.push(toCluster(crowd, nextLeft - gap, minWidth));
    });
  }
  single.sort((a, b) => a.index - b.index);
  clusters.sort((a, b) => a.index - b.index);
  return { single, clusters };
}

function toCluster(crowd: readonly MeasuredBar[], limitRight: number, minWidth: number): ClusterMark {
  const ordered = [...crowd].sort((a, b) => a.index - b.index);
  const left = Math.min(...crowd.map((bar) => bar.left));
  const right = Math.min(limitRight, Math.max(...crowd.map((bar) => bar.left + bar.width)));
  const starts = crowd.map((bar) => bar.startMs);
  const first = ordered[0]!;
  return {
    key: `cluster:${first.id}`,
    ids: ordered.map((bar) => bar.id),
    lane: first.lane,
    left,
    width: Math.max(minWidth, right - left),
    startMs: Math.min(...starts),
    endMs: Math.max(...crowd.map((bar) => bar.endMs)),
    lastStartMs: Math.max(...starts),
    index: first.index,
  };
}

/**
 * The range to zoom to so a cluster's events spread apart: its starts with a margin, centred.
 * Null when zooming cannot separate them (they start together, or the view is already about
 * that narrow): the timeline then lists the events instead.
 */
export function getClusterZoomTarget(
  cluster: ClusterMark,
  range: readonly [number, number],
  minSpanMs: number,
): [number, number] | null {
  const spread = cluster.lastStartMs - cluster.startMs;
  if (spread < 60_000) return null;
  const span = Math.max(minSpanMs, spread * 1.3);
  if (span > 0.8 * (range[1] - range[0])) return null;
  const middle = (cluster.startMs + cluster.lastStartMs) / 2;
  return [middle - span / 2, middle + span / 2];
}
