/** Fixed measures of the timeline drawing, in CSS pixels. */
export const TIMELINE = {
  /** Narrower containers scroll the plot sideways inside its own box instead of squeezing it. */
  minPlotWidth: 720,
  padX: 16,
  axisHeight: 24,
  publishedRowHeight: 18,
  laneHeight: 44,
  barHeight: 34,
  bottomPad: 8,
  /** A bar narrower than this carries its label beside it rather than inside. */
  minLabelInsideWidth: 140,
  minBarWidth: 10,
  /**
   * The plot's width before its box is measured (the prerendered page, hydration): the box at the
   * page's widest (80rem page − 2 × 2rem padding − 2 px border), which every window at least
   * 1280 px wide shows (about 1300 with a classic, non-overlay scrollbar), so there the plot does
   * not move when the app starts. Narrower windows redraw it once measured.
   */
  unmeasuredPlotWidth: 1214,
} as const;

/** y of the top of a lane's bar. */
export function getLaneTop(lane: number): number {
  return (
    TIMELINE.axisHeight +
    TIMELINE.publishedRowHeight +
    lane * TIMELINE.laneHeight +
    (TIMELINE.laneHeight - TIMELINE.barHeight) / 2
  );
}

/** Height of the whole plot for a number of lanes. */
export function getPlotHeight(laneCount: number): number {
  return (
    TIMELINE.axisHeight +
    TIMELINE.publishedRowHeight +
    Math.max(1, laneCount) * TIMELINE.laneHeight +
    TIMELINE.bottomPad
  );
}

/** Below this width of its box the timeline lists events top to bottom instead of across. */
export const VERTICAL_BELOW_WIDTH = 600;

/**
 * Container queries on the timeline's section for the same switch, for the render before the box is
 * measured (both layouts, one hidden). Tailwind reads class names from the source, so the width is
 * written out; a test holds it equal to VERTICAL_BELOW_WIDTH.
 */
export const HIDDEN_WHEN_NARROW = '@max-[600px]:hidden';
export const HIDDEN_WHEN_WIDE = '@min-[600px]:hidden';
