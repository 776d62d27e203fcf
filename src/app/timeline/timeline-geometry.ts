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
