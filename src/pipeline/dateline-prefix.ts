/** The dateline that may open an article's first body paragraph: "NEW DELHI:", "Moscow, June 16 (Reuters) -". */
import type { Span } from '../corpus/schema.ts';
import { zoneOfPlace } from './place-zones.ts';

export interface DatelinePrefix {
  /** The whole prefix, e.g. "date 2021-12-06 New Delhi | Jagran News Desk: ". */
  span: Span;
  place: string;
  placeSpan: Span;
  stamp: { text: string; span: Span } | null;
  signature: { text: string; span: Span } | null;
  wireCode: { text: string; span: Span } | null;
}

const DATELINE_PATTERN =
  /^(date\s+(\d{4}-\d{2}-\d{2})\s+)?([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,3})(?:\/[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,3})*(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)?(,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(\(([A-Za-z]{2,10})\)\s*)?(\|\s*([^:|\n]{2,60}?)\s*)?(?:[:\-–—]\s+|(?<=\)\s*)(?=\p{Lu}))/u;

/** Labels that open a headline or a paragraph the way a dateline does ("LIVE: …", "UPDATE: …") but name no place. */
const NOT_PLACES = new Set([
  'live',
  'breaking',
  'update',
  'updated',
  'watch',
  'exclusive',
  'analysis',
  'opinion',
  'explainer',
  'video',
  'photos',
  'editorial',
  'comment',
  'note',
  'correction',
  'read more',
  'also read',
  'latest',
]);

/** Reads "NEW DELHI:", "Moscow, June 16 (Reuters) -", "date 2021-12-06 New Delhi | X Desk:" at a paragraph start. */
export function parseDatelinePrefix(text: string, start: number, end: number): DatelinePrefix | null {
  const paragraph = text.slice(start, end);
  const match = DATELINE_PATTERN.exec(paragraph);
  if (!match) return null;
  const place = match[3]!;
  if (NOT_PLACES.has(place.toLowerCase())) return null;
  const isKnownCity = zoneOfPlace(place) !== null;
  // "SIX OF THE BEST:" is a kicker, not a place: an unknown place with a function word inside is not read as one.
  if (
    !isKnownCity &&
    /\s(?:of|the|and|to|for|in|on|a|is|are)\s/i.test(` ${place.split(/\s+/).slice(1).join(' ')} `) &&
    !match[1]
  )
    return null;
  const isCapitalised = place === place.toUpperCase() && place.replace(/[^A-Z]/g, '').length >= 3;
  if (!isKnownCity && !isCapitalised && !match[1]) return null;
  const at = (part: string | undefined): Span | null => {
    if (!part) return null;
    const offset = paragraph.indexOf(part);
    return offset < 0 ? null : { start: start + offset, end: start + offset + part.length };
  };
  const placeSpan = at(place)!;
  const stampText = match[1] ? match[1].trim() : match[4] ? match[4].replace(/^,\s*/, '') : null;
  const stampSpan = stampText ? at(stampText) : null;
  const signatureSpan = match[8] ? at(match[8]) : null;
  const wireSpan = match[6] ? at(match[6]) : null;
  return {
    span: { start, end: start + match[0].length },
    place: titleCasePlace(place),
    placeSpan,
    stamp: stampText && stampSpan ? { text: stampText, span: stampSpan } : null,
    signature: match[8] && signatureSpan ? { text: match[8], span: signatureSpan } : null,
    wireCode: match[6] && wireSpan ? { text: match[6], span: wireSpan } : null,
  };
}

function titleCasePlace(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}
