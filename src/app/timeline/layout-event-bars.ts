import type { SequencedEvent } from '../selectors/event-sequence.ts';
import { TIMELINE, getLaneTop } from './timeline-geometry.ts';

export type EventBar = {
  id: string;
  left: number;
  width: number;
  top: number;
  /** Where the label goes: inside the bar, or after it when the bar is narrow. */
  labelPlacement: 'inside' | 'after';
  /** Room for the label before the next bar in the lane or the plot's edge. */
  labelMaxWidth: number;
  /** The window runs on past the visible range on that side. */
  cutStart: boolean;
  cutEnd: boolean;
};

/**
 * Places each event's bar for the visible range. Bars outside the range are pinned to the
 * nearer edge as stubs rather than dropped, so keyboard order and focus never lose an event.
 */
export function layoutEventBars(
  sequence: readonly SequencedEvent[],
  laneOf: ReadonlyMap<string, number>,
  toX: (ms: number) => number,
  plotWidth: number,
): EventBar[] {
  const minX = TIMELINE.padX;
  const maxX = plotWidth - TIMELINE.padX;
  const clampX = (x: number) => Math.min(maxX, Math.max(minX, x));
  const bars = sequence.map(({ event, startMs, endMs }) => {
    const rawStart = toX(startMs);
    const rawEnd = toX(endMs);
    let left = clampX(rawStart);
    let right = clampX(rawEnd);
    if (right - left < TIMELINE.minBarWidth) {
      if (left + TIMELINE.minBarWidth <= maxX) right = left + TIMELINE.minBarWidth;
      else left = right - TIMELINE.minBarWidth;
    }
    return { id: event.id, left, width: right - left, lane: laneOf.get(event.id) ?? 0, cutStart: rawStart < minX, cutEnd: rawEnd > maxX };
  });
  return bars.map((bar) => {
    const nextLeft = bars
      .filter((other) => other.lane === bar.lane && other.left > bar.left)
      .reduce((nearest, other) => Math.min(nearest, other.left), maxX + TIMELINE.padX);
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
