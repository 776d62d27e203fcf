export type LaneItem = { id: string; startMs: number; endMs: number };

/**
 * Puts each item in the first lane where it overlaps nothing, in the order given (the reported
 * order, so lane 0 holds the first event). `minSpanMs` treats short windows as at least that
 * long, leaving room for their labels. Returns the lane of each id and the number of lanes.
 */
export function assignLanes(items: readonly LaneItem[], minSpanMs = 0): { laneOf: Map<string, number>; laneCount: number } {
  const lanes: Array<Array<readonly [number, number]>> = [];
  const laneOf = new Map<string, number>();
  for (const item of items) {
    const span = [item.startMs, Math.max(item.endMs, item.startMs + minSpanMs)] as const;
    const fits = (lane: ReadonlyArray<readonly [number, number]>) => lane.every(([start, end]) => span[1] <= start || span[0] >= end);
    let index = lanes.findIndex(fits);
    if (index === -1) {
      index = lanes.length;
      lanes.push([]);
    }
    lanes[index]?.push(span);
    laneOf.set(item.id, index);
  }
  return { laneOf, laneCount: lanes.length };
}
