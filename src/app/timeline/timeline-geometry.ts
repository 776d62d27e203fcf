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
   * page's widest, which every screen 1280 px or wider shows (80rem page − 2 × 2rem padding − 2 px
   * border), so there the plot does not move when the app starts. Narrower screens redraw it.
   */
  unmeasuredPlotWidth: 1214,
} as const;

/** y of the top of a lane's bar. */
export function getLaneTop(lane: number): number {
  return TIMELINE.axisHeight + TIMELINE.publishedRowHeight + lane * TIMELINE.laneHeight + (TIMELINE.laneHeight - TIMELINE.barHeight) / 2;
}

/** Height of the whole plot for a number of lanes. */
export function getPlotHeight(laneCount: number): number {
  return TIMELINE.axisHeight + TIMELINE.publishedRowHeight + Math.max(1, laneCount) * TIMELINE.laneHeight + TIMELINE.bottomPad;
}

/** Below this width of its box the timeline lists events top to bottom instead of across. */
export const VERTICAL_BELOW_WIDTH = 600;
