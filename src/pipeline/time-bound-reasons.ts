/** Why a bound of an event's window is where it is: a stated clock, a counted one, an end clock, a duration; and the cap a duration puts on the end. */
import type { TimeBound } from '../corpus/schema.ts';
import type { Claim } from './claim-discrepancies.ts';
import { rangeOf } from './claim-precision.ts';
import type { TimeWindow } from './event-timing-types.ts';

/** The reason of a start bound a stated clock time gives; other stages test for it (see startsAtStatedClock). */
export const CLOCK_TIME_REASON = 'The text gives the clock time';

/** A clock counted from an earlier one ("Twenty-two minutes later"): a stated clock too, and it says how it was found. */
export const COUNTED_CLOCK_REASON = `${CLOCK_TIME_REASON}, counted from one it gave before`;

/** Whether a start bound is a clock time the text gives, as written or counted from an earlier one. */
export function startsAtStatedClock(bound: Pick<TimeBound, 'reason'>): boolean {
  return bound.reason === CLOCK_TIME_REASON || bound.reason === COUNTED_CLOCK_REASON;
}

export const END_CLOCK_REASON = 'The text gives the clock time it ended';

export const DURATION_REASON_START = 'Starts at the stated clock time and lasts at most';

/**
 * Whether an end bound says how long the event lasted (an end clock, a duration), rather than only when it was over
 * by (the part of the day, a later event, a report in the past tense).
 */
export function saysHowLongItLasted(bound: TimeBound): boolean {
  return bound.reason === END_CLOCK_REASON || bound.reason.startsWith(DURATION_REASON_START);
}

/** An event that starts at a stated clock time ends no later than the longest duration reported for it. */
export function boundByDuration(timeWindow: TimeWindow, durations: Claim[]): void {
  if (!startsAtStatedClock(timeWindow.loBound) || durations.length === 0) return;
  const longest = durations.reduce((best, claim) =>
    rangeOf(claim.value, claim.precision)[1] > rangeOf(best.value, best.precision)[1] ? claim : best,
  );
  const minutes = rangeOf(longest.value, longest.precision)[1];
  if (!Number.isFinite(minutes)) return;
  const end = timeWindow.lo + Math.round(minutes * 60_000);
  if (end >= timeWindow.hi) return;
  timeWindow.hi = end;
  timeWindow.hiBound = {
    reason: `${DURATION_REASON_START} “${longest.text}”, the longest duration reported`,
    source: { articleId: longest.articleId, start: longest.start, end: longest.end },
  };
}
