import { bisectRight } from 'd3-array';
import type { SequencedEvent } from '../selectors/event-sequence.ts';
import { TIMELINE, getLaneTop } from './timeline-geometry.ts';

/** An event's bar placed for the visible range, before labels are decided. */
export type MeasuredBar = {
  id: string;
  /** Position in the reported order. */
  index: number;
  lane: number;
  left: number;
  width: number;
  /** The event's window (end never before start). */
  startMs: number;
  endMs: number;
  /** The window runs on past the visible range on that side. */
  cutStart: boolean;
  cutEnd: boolean;
};

export type EventBar = {
  id: string;
  left: number;
  width: number;
  top: number;
  /** Where the label goes: inside the bar, or after it when the bar is narrow. */
  labelPlacement: 'inside' | 'after';
  /** Room for the label before the next mark in the lane or the plot's edge. */
  labelMaxWidth: number;
  /** The window runs on past the visible range on that side. */
  cutStart: boolean;
  cutEnd: boolean;
};

/** Something else drawn in a lane that a label after a narrow bar must stop before (a cluster). */
export type LaneObstacle = { lane: number; left: number };

/**
 * Places each event's bar for the visible range. Bars outside the range are pinned to the
 * nearer edge as stubs rather than dropped, so keyboard order and focus never lose an event.
 */
export function measureEventBars(
  sequence: readonly SequencedEvent[],
  laneOf: ReadonlyMap<string, number>,
  toX: (ms: number) => number,
  plotWidth: number,
): MeasuredBar[] {
  const minX = TIMELINE.padX;
  const maxX = plotWidth - TIMELINE.padX;
  const clampX = (x: number) => Math.min(maxX, Math.max(minX, x));
  return sequence.map(({ event, startMs, endMs }, index) => {
    const rawStart = toX(startMs);
    const rawEnd = toX(endMs);
    let left = clampX(rawStart);
    let right = clampX(rawEnd);
    if (right - left < TIMELINE.minBarWidth) {
      if (left + TIMELINE.minBarWidth <= maxX) right = left + TIMELINE.minBarWidth;
      else left = right - TIMELINE.minBarWidth;
    }
    const lane = laneOf.get(event.id) ?? 0;
    return {
      id: event.id,
      index,
      lane,
      left,
      width: right - left,
      startMs,
      endMs,
      cutStart: rawStart < minX,
      cutEnd: rawEnd > maxX,
    };
  });
}

/**
 * Decides where each bar's label may go: inside a wide bar, or after a narrow one up to the next
 * mark in its lane (another bar or an obstacle) or the plot's edge. Sorting each lane once keeps
 * this O(n log n), since it runs on every zoom frame.
 */
export function fitLabelRoom(
  bars: readonly MeasuredBar[],
  plotWidth: number,
  obstacles: readonly LaneObstacle[] = [],
): EventBar[] {
  const lefts = new Map<number, number[]>();
  for (const mark of [...bars, ...obstacles]) {
    const list = lefts.get(mark.lane);
    if (list) list.push(mark.left);
    else lefts.set(mark.lane, [mark.left]);
  }
  for (const list of lefts.values()) list.sort((a, b) => a - b);
  const edge = plotWidth;
  return bars.map((bar) => {
    const nextLeft = findFirstAbove(lefts.get(bar.lane) ?? [], bar.left) ?? edge;
    const inside = bar.width >= TIMELINE.minLabelInsideWidth;
    const labelMaxWidth = inside ? bar.width - 12 : Math.max(0, nextLeft - (bar.left + bar.width) - 12);
    return {
      id: bar.id,
      left: bar.left,
      width: bar.width,
      top: getLaneTop(bar.lane),
      labelPlacement: inside ? 'inside' : 'after',
      labelMaxWidth,
      cutStart: bar.cutStart,
      cutEnd: bar.cutEnd,
    };
  });
}

/** The smallest value in an ascending list that is greater than `value`. */
function findFirstAbove(sorted: readonly number[], value: number): number | undefined {
  return sorted[bisectRight(sorted, value)];
}
