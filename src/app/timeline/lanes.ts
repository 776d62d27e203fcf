export type LaneItem = { id: string; startMs: number; endMs: number };

/** The lane of each id, and how many lanes there are. */
export type LaneAssignment = { laneOf: Map<string, number>; laneCount: number };

/**
 * Puts each item in the first lane where it overlaps nothing, in the order given (the reported
 * order, so lane 0 holds the first event). `minSpanMs` treats short windows as at least that
 * long, leaving room for their labels. A crowded day would need a lane per event; past
 * `maxLanes` an item goes to the lane that frees up first (bars may then overlap, and their
 * labels give way: see place-labels.ts). Returns the lane of each id and the number of lanes.
 */
export function assignLanes(
  items: readonly LaneItem[],
  minSpanMs = 0,
  maxLanes = Number.POSITIVE_INFINITY,
): LaneAssignment {
  const lanes: Array<Array<readonly [number, number]>> = [];
  const laneOf = new Map<string, number>();
  for (const item of items) {
    const span = [item.startMs, Math.max(item.endMs, item.startMs + minSpanMs)] as const;
    const fits = (lane: ReadonlyArray<readonly [number, number]>) =>
      lane.every(([start, end]) => span[1] <= start || span[0] >= end);
    let index = lanes.findIndex(fits);
    if (index === -1 && lanes.length < Math.max(1, maxLanes)) {
      index = lanes.length;
      lanes.push([]);
    }
    if (index === -1) index = findEarliestFreeLane(lanes);
    lanes[index]?.push(span);
    laneOf.set(item.id, index);
  }
  return { laneOf, laneCount: lanes.length };
}

/** The lane whose last-ending item ends first. */
function findEarliestFreeLane(lanes: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): number {
  let best = 0;
  let bestEnd = Number.POSITIVE_INFINITY;
  lanes.forEach((lane, index) => {
    const end = lane.reduce((latest, [, itemEnd]) => Math.max(latest, itemEnd), Number.NEGATIVE_INFINITY);
    if (end < bestEnd) {
      best = index;
      bestEnd = end;
    }
  });
  return best;
}
