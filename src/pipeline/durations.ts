/**
 * Spans of time as news copy writes them ("a 30-minute meeting", "lasted about 45 minutes", "27 minutes later"): how
 * long something lasted, or how far it was from an earlier-told moment.
 */
import type { Span } from '../corpus/schema.ts';
import { precisionOf, QUALIFIER, type Precision } from './claim-precision.ts';
import { NUMBER, parseNumber } from './written-numbers.ts';

export interface Duration {
  minutes: number;
  precision: Precision;
  text: string;
  span: Span;
}

const DURATION_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${QUALIFIER})\s+)?(${NUMBER}(?:\s+and\s+a\s+half)?|an?|half\s+an?)[\s-](minute|min|hour|hr)s?\b(?:[\s-]long)?`,
  'giu',
);

/** "nine hours later", "an hour earlier", "two hours ago": a span that places something in time, not how long it lasted. */
const SAYS_WHEN_NOT_HOW_LONG = /^\s*(?:later|earlier|afterwards|ago)\b/i;
/** "27 minutes after launch", "an hour before the vote": a time too, unless it says how long ("for two hours before lunch"). */
const SAYS_WHEN_FROM_AN_EVENT = /^\s*(?:after|before)\b/i;
const SAYS_HOW_LONG = /\b(?:for|lasted|lasting|lasts|spent|took|long)\s+$/i;
/** "27 minutes later", "about 27 minutes after launch", "an hour before": how far from an earlier moment. */
const OFFSET_DIRECTION = /^\s*(later|afterwards|after|earlier|before)\b/i;

/** Every span of time written in the text, with what follows it. */
function* readDurations(
  text: string,
  offset: number,
): Generator<Duration & { following: string; placesInTime: boolean }> {
  for (const match of text.matchAll(DURATION_PATTERN)) {
    const [whole, qualifier, amount, unit] = match;
    const lowerAmount = amount!.toLowerCase().replace(/\s+/g, ' ');
    const half = / and a half$/.test(lowerAmount);
    const counted = /^an?$/.test(lowerAmount)
      ? 1
      : /^half an?$/.test(lowerAmount)
        ? 0.5
        : parseNumber(lowerAmount.replace(/ and a half$/, ''));
    if (counted === null) continue;
    const value = counted + (half ? 0.5 : 0);
    const minutes = /^h/i.test(unit!) ? value * 60 : value;
    const span = { start: offset + match.index, end: offset + match.index + whole.length };
    const following = text.slice(match.index + whole.length, match.index + whole.length + 12);
    const preceding = text.slice(Math.max(0, match.index - 12), match.index);
    const placesInTime =
      SAYS_WHEN_NOT_HOW_LONG.test(following) ||
      (SAYS_WHEN_FROM_AN_EVENT.test(following) && !SAYS_HOW_LONG.test(preceding));
    yield { minutes, precision: precisionOf(qualifier), text: whole, span, following, placesInTime };
  }
}

/** How long something lasted: "a 30-minute meeting", "about 45 minutes", "more than three hours", "an hour-long". */
export function findDurations(text: string, offset = 0): Duration[] {
  const found: Duration[] = [];
  for (const { following: _following, placesInTime, ...duration } of readDurations(text, offset))
    if (!placesInTime) found.push(duration);
  return found;
}

export interface TimeOffset extends Duration {
  /** Minutes after (positive) or before (negative) the moment it is counted from. */
  signedMinutes: number;
}

/** How far something was from an earlier-told moment: "Twenty-seven minutes later", "about half an hour after liftoff", "an hour earlier". */
export function findTimeOffsets(text: string, offset = 0): TimeOffset[] {
  const found: TimeOffset[] = [];
  for (const { following, placesInTime, ...duration } of readDurations(text, offset)) {
    const direction = OFFSET_DIRECTION.exec(following)?.[1]?.toLowerCase();
    if (!placesInTime || !direction) continue;
    const sign = direction === 'earlier' || direction === 'before' ? -1 : 1;
    found.push({ ...duration, signedMinutes: sign * duration.minutes });
  }
  return found;
}
