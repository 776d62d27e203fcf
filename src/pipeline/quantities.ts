/**
 * Numbers and durations as news copy writes them: "6,01,427", "1,234,567", "five lakh", "₹5,000 crore",
 * "12 judges", "a 30-minute meeting", "lasted about 45 minutes", "more than three hours".
 * Each comes with how exact the writer was, so "about 45" and "30" can be told apart from "45" and "44".
 */
import type { Span } from '../corpus/schema.ts';

export type Precision = 'exact' | 'about' | 'at-least' | 'at-most';

export interface Quantity {
  value: number;
  /** What is counted, singular and lower case ("judge", "vote"); "rupee" / "dollar" for money. */
  unit: string;
  precision: Precision;
  text: string;
  span: Span;
}

export interface Duration {
  minutes: number;
  precision: Precision;
  text: string;
  span: Span;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  lakh: 100_000,
  lakhs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
  cr: 10_000_000,
  million: 1_000_000,
  mn: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  trillion: 1_000_000_000_000,
};
const CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:₹|rs\.?|inr)$/i, 'rupee'],
  [/^(?:\$|usd|us\$)$/i, 'dollar'],
  [/^(?:£|gbp)$/i, 'pound'],
  [/^(?:€|eur)$/i, 'euro'],
];

const WORD_NUMBER = `(?:${[...Object.keys(TENS), ...Object.keys(UNITS)].join('|')})(?:[\\s-](?:${Object.keys(UNITS).join('|')}))?`;
const SCALE = `(?:${Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
// Indian grouping (6,01,427) before Western (601,427); a bare run of digits; optional decimals.
const DIGITS = String.raw`(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const NUMBER = `(?:${DIGITS}|${WORD_NUMBER})(?:\\s+(?:and\\s+)?${WORD_NUMBER})?(?:\\s*${SCALE}\\b)*`;
const QUALIFIER = String.raw`(?:about|around|roughly|approximately|some|nearly|almost|over|more than|at least|less than|under|up to|just over|just under)`;
const CURRENCY = String.raw`(?:₹|Rs\.?|INR|US\$|\$|£|€|USD|GBP|EUR)`;

const QUANTITY_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d.,:/-])(?:(${QUALIFIER})\s+)?(${CURRENCY})?\s?(${NUMBER})(?![\d:])(?:\s+(?:of\s+the\s+)?([\p{L}][\p{L}'’-]*))?`,
  'giu',
);
const DURATION_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${QUALIFIER})\s+)?(${NUMBER}(?:\s+and\s+a\s+half)?|an?|half\s+an?)[\s-](minute|min|hour|hr)s?\b(?:[\s-]long)?`,
  'giu',
);
const TIME_WORDS =
  /^(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|seconds?|am|pm|a\.m|p\.m|gmt|ist|bst|utc|per|percent|pc)$/i;
const NOT_COUNTED = /^(?:st|nd|rd|th|of|and|or|to|in|on|at|the|a|an|was|were|is|are|had|has|have)$/i;
const MONTHS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;

/** The value of a number as written ("6,01,427", "five lakh", "twenty-one", "1.5 million"), or null. */
export function parseNumber(written: string): number | null {
  const words = written
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/\band\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (/^\d[\d,]*(?:\.\d+)?$/.test(word)) {
      current += Number(word.replace(/,/g, ''));
      seen = true;
    } else if (word in UNITS) {
      current += UNITS[word]!;
      seen = true;
    } else if (word in TENS) {
      current += TENS[word]!;
      seen = true;
    } else if (word in SCALES) {
      const scale = SCALES[word]!;
      if (!seen) return null;
      if (scale === 100) current *= scale;
      else {
        total += current * scale;
        current = 0;
      }
    } else return null;
  }
  return seen ? total + current : null;
}

function precisionOf(qualifier: string | undefined): Precision {
  if (!qualifier) return 'exact';
  const lower = qualifier.toLowerCase();
  if (/over|more than|at least/.test(lower)) return 'at-least';
  if (/nearly|almost|less than|under|up to/.test(lower)) return 'at-most';
  return 'about';
}

/** The range of values a claim allows: "about 45" is 40.5–49.5, "more than 3" is above 3. */
export function rangeOf(value: number, precision: Precision): [number, number] {
  switch (precision) {
    case 'exact':
      return [value, value];
    case 'about':
      return [value * 0.9, value * 1.1];
    case 'at-least':
      return [value, Infinity];
    case 'at-most':
      return [value * 0.8, value];
  }
}

/** Whether two claims can both be true. */
export function claimsAgree(
  a: { value: number; precision: Precision },
  b: { value: number; precision: Precision },
): boolean {
  const [aLow, aHigh] = rangeOf(a.value, a.precision);
  const [bLow, bHigh] = rangeOf(b.value, b.precision);
  return aLow <= bHigh && bLow <= aHigh;
}

function singular(noun: string): string {
  const lower = noun.toLowerCase().replace(/[’']s$/, '');
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(lower)) return lower;
  if (/(?:ches|shes|xes|sses)$/.test(lower)) return lower.slice(0, -2);
  return lower.replace(/s$/, '');
}

/** Counted things and sums of money in a stretch of text; `offset` is where it starts in the article. */
export function findQuantities(text: string, offset = 0): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY_PATTERN)) {
    const [whole, qualifier, currency, number, noun] = match;
    const value = parseNumber(number!);
    if (value === null) continue;
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const isYear = /^\d{4}$/.test(number!) && value >= 1800 && value <= 2100 && !currency;
    if (
      isYear ||
      MONTHS.test(before) ||
      /[+]\s*$/.test(before) ||
      /^\s*[+]/.test(text.slice(match.index + whole.length))
    )
      continue;
    let unit: string | null = null;
    if (currency) unit = CURRENCIES.find(([pattern]) => pattern.test(currency.trim()))?.[1] ?? null;
    else if (noun && CALENDAR_SPANS.test(noun))
      unit = countsCalendarSpan(text, match.index, match.index + whole.length) ? singular(noun) : null;
    else if (noun && !TIME_WORDS.test(noun) && !NOT_COUNTED.test(noun) && /^\p{Ll}/u.test(noun)) unit = singular(noun);
    if (!unit) continue;
    // Money is counted by its currency sign; the word after the sum is not part of the claim.
    const claimed = currency ? whole.slice(0, whole.indexOf(number!) + number!.length) : whole;
    found.push({
      value,
      unit,
      precision: precisionOf(qualifier),
      text: claimed,
      span: { start: offset + match.index, end: offset + match.index + claimed.length },
    });
  }
  for (const match of text.matchAll(MAGNITUDE_PATTERN)) {
    const [whole, qualifier, before, after] = match;
    found.push({
      value: Number(before ?? after),
      unit: 'magnitude',
      precision: precisionOf(qualifier),
      text: whole,
      span: { start: offset + match.index, end: offset + match.index + whole.length },
    });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** "magnitude 7.8", "a magnitude of 7.4", "a 7.8-magnitude quake": a measure whose unit comes first or is hyphenated. */
const MAGNITUDE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${QUALIFIER})\s+)?(?:magnitude(?:\s+of)?\s+(\d{1,2}(?:\.\d{1,2})?)(?![\d.]*\d)|(\d{1,2}(?:\.\d{1,2})?)[\s-]magnitude)`,
  'giu',
);

/** Days, weeks, months and years: counted ("five years in prison") or framing when ("in 84 years", "two days later"). */
const CALENDAR_SPANS = /^(?:years?|months?|weeks?|days?)$/i;

/**
 * Whether "five years" at [start, end) is a count of time claimed about something ("sentenced to five years"), not a frame
 * ("in 84 years", "two days ago", "a 27-year-old") or how long something went on ("met for five weeks").
 */
function countsCalendarSpan(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 16);
  if (
    /\b(?:in|within|over|for|after|before|since|until|till|than|during|last|past|next|first|every|each|per|all)\s+(?:the\s+)?(?:last\s+|past\s+|next\s+|first\s+)?$/i.test(
      before,
    )
  )
    return false;
  return !/^(?:\s*(?:ago|later|earlier|old|after|before|from|since|on(?=\s*,)|into|of|away|late|early|running|straight|in a row)\b|-)/i.test(
    after,
  );
}

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
