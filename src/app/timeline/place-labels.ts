/**
 * Decides which event labels are drawn so that no two overlap. On a crowded day most cannot
 * fit: those give way (the bar stays, focusable and named) and are counted, and zooming in
 * brings many back. A drawn label may cross bars of events running at the same time (past the
 * lane cap bars overlap); the timeline draws labels in a layer above every bar. Pure geometry on
 * estimated widths.
 */
import type { EventBar } from './layout-event-bars.ts';

export type LabelBox = { left: number; right: number };
export type PlacedBar = EventBar & { label: LabelBox | null };

// text-sm runs up to about 8 px a character in wide system sans fonts (DejaVu); erring wide
// only hides a label sooner, erring narrow would cut it. The step badge and gap take 28.
const CHAR_PX = 8;
const BADGE_PX = 28;
const GAP_PX = 6;
/** Bars wider than this show their window after the title, which takes about this much. */
export const WINDOW_TEXT_MIN_BAR_PX = 420;
const WINDOW_TEXT_PX = 190;
/** A label narrower than this would show little more than an ellipsis: it gives way instead. */
export const MIN_LABEL_PX = 56;

/** The width a label wants: badge plus text. */
export function estimateLabelWidth(title: string): number {
  return BADGE_PX + Math.ceil(title.length * CHAR_PX);
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right;
}

/**
 * Places labels in priority order (`firstIds`, e.g. the selected event, then the given order).
 * A label inside its bar runs from the bar's start; one after a narrow bar starts past its end.
 * Each is cut short at the first obstacle in its lane and dropped when that leaves too little.
 */
export function placeLabels(
  bars: readonly EventBar[],
  titles: ReadonlyMap<string, string>,
  plotRight: number,
  firstIds: readonly string[] = [],
): { bars: PlacedBar[]; hiddenCount: number } {
  const order = [...bars.keys()].sort((a, b) => {
    const rank = (index: number) => (firstIds.includes(bars[index]?.id ?? '') ? 0 : 1);
    return rank(a) - rank(b) || a - b;
  });
  const placedByLane = new Map<number, LabelBox[]>();
  const labels = new Map<number, LabelBox>();
  for (const index of order) {
    const bar = bars[index];
    if (!bar) continue;
    const wanted = estimateLabelWidth(titles.get(bar.id) ?? '');
    const inside = bar.labelPlacement === 'inside';
    const left = inside ? bar.left : bar.left + bar.width + GAP_PX;
    // Long bars also show their window inside (timeline-event-bar.tsx), so they reserve room for it.
    const extra = inside && bar.width > WINDOW_TEXT_MIN_BAR_PX ? WINDOW_TEXT_PX : 0;
    let right = inside
      ? Math.min(bar.left + bar.width, left + wanted + extra + 2 * GAP_PX)
      : Math.min(plotRight, left + wanted);
    const obstacles = (placedByLane.get(bar.top) ?? []).filter((box) => overlaps(box, { left, right }));
    if (obstacles.some((box) => box.left <= left)) continue;
    for (const box of obstacles) right = Math.min(right, box.left - GAP_PX);
    if (right - left < MIN_LABEL_PX) continue;
    const label = { left, right };
    labels.set(index, label);
    placedByLane.set(bar.top, [...(placedByLane.get(bar.top) ?? []), label]);
  }
  const placed = bars.map((bar, index) => {
    const label = labels.get(index) ?? null;
    const labelMaxWidth = label
      ? bar.labelPlacement === 'inside'
        ? label.right - label.left - 12
        : label.right - label.left
      : 0;
    return { ...bar, label, labelMaxWidth };
  });
  return { bars: placed, hiddenCount: bars.length - labels.size };
}
