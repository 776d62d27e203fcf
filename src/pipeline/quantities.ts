/**
 * Counted things, sums of money and magnitudes as news copy writes them: "12 judges", "₹5,000 crore", "six lakh
 * votes", "magnitude 7.8". Each comes with how exact the writer was (claim-precision.ts), so "about 45" and "30" can be
 * told apart from "45" and "44". Numbers are read in written-numbers.ts, spans of time in durations.ts.
 */
import type { Span } from '../corpus/schema.ts';
import { precisionOf, QUALIFIER, type Precision } from './claim-precision.ts';
import { NUMBER, parseNumber } from './written-numbers.ts';

export interface Quantity {
  value: number;
  /** What is counted, singular and lower case ("judge", "vote"); "rupee" / "dollar" for money. */
  unit: string;
  precision: Precision;
  text: string;
  span: Span;
}

const CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:₹|rs\.?|inr)$/i, 'rupee'],
  [/^(?:\$|usd|us\$)$/i, 'dollar'],
  [/^(?:£|gbp)$/i, 'pound'],
  [/^(?:€|eur)$/i, 'euro'],
];

const CURRENCY = String.raw`(?:₹|Rs\.?|INR|US\$|\$|£|€|USD|GBP|EUR)`;

const QUANTITY_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d.,:/-])(?:(${QUALIFIER})\s+)?(${CURRENCY})?\s?(${NUMBER})(?![\d:])(?:\s+(?:of\s+the\s+)?([\p{L}][\p{L}'’-]*))?`,
  'giu',
);
const TIME_WORDS =
  /^(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|seconds?|am|pm|a\.m|p\.m|gmt|ist|bst|utc|per|percent|pc)$/i;
const NOT_COUNTED = /^(?:st|nd|rd|th|of|and|or|to|in|on|at|the|a|an|was|were|is|are|had|has|have)$/i;
const MONTHS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;

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
