/** Splits paragraphs into sentences, keeping abbreviations, initials, decimals and a clock's zone or gloss whole. */
import type { Span } from '../corpus/schema.ts';
import { ZONE_ABBREVIATIONS } from './time-zone-names.ts';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'pvt',
  'ltd',
  'inc',
  'co',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'etc',
  'rs',
  'govt',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'gov',
  'sen',
  'rep',
  'mt',
  'ft',
  'approx',
  'dept',
]);

/** Sentence spans inside [start, end), keeping abbreviations and initials whole. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]+["”’)]*(?=\s|$)|["”](?=\s*$)/g;
  const slice = text.slice(start, end);
  let sentenceStart = 0;
  for (const match of slice.matchAll(boundary)) {
    const stop = match.index + match[0].length;
    const before = slice.slice(sentenceStart, match.index);
    const lastWord = (/([\p{L}.]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
    if (ABBREVIATIONS.has(lastWord) || (/^\p{Lu}$/u.test(lastWord.toUpperCase()) && lastWord.length === 1)) continue;
    if (/\d$/.test(before) && /^\.\d/.test(slice.slice(match.index, match.index + 2))) continue;
    const rest = slice.slice(stop);
    const nextChar = /\S/.exec(rest)?.[0];
    if (nextChar && !/[\p{Lu}\d“"‘(—–-]/u.test(nextChar)) continue;
    // "at 9:30 a.m. (0730 GMT) in a packed courtroom": a clock's gloss in brackets goes on with the sentence.
    if (nextChar === '(' && /^[ap]\.m$/.test(lastWord)) continue;
    // "began at 7:50 p.m. EST on Saturday": the clock's zone, not a new sentence.
    if (/^[ap]\.m$/.test(lastWord) && (/^\s*([A-Z]{2,4})\b/.exec(rest)?.[1] ?? '') in ZONE_ABBREVIATIONS) continue;
    pushTrimmed(spans, slice, start, sentenceStart, stop);
    sentenceStart = stop;
  }
  pushTrimmed(spans, slice, start, sentenceStart, slice.length);
  return spans;
}

function pushTrimmed(spans: Span[], slice: string, base: number, from: number, to: number): void {
  const piece = slice.slice(from, to);
  const leading = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed === '') return;
  spans.push({ start: base + from + leading, end: base + from + leading + trimmed.length });
}
