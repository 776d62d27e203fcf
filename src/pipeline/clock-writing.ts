/**
 * Clock readings written in styles the date parser (chrono) does not read, rewritten to ones it does, with a map
 * back to where each character was: "3.42pm" → "3:42pm" (British copy), "1220 GMT" → "12:20 GMT" (wire copy).
 */
import { ZONE_ABBREVIATIONS } from './time-zone-names.ts';

export interface ClockWriting {
  /** The text with its clocks rewritten. */
  text: string;
  /** Where an index of `text` was in the text as written. */
  original(index: number): number;
}

/** "3.42pm", "4.17 am", "10.24 GMT": a dot between hour and minute. */
const DOTTED_CLOCK = /\b(\d{1,2})\.(\d{2})(?=\s*(?:a\.?m\b|p\.?m\b|hrs\b|GMT|UTC|local time))/gi;
/** "1220 GMT", "(0117 GMT)", "0930 ET", "1800 hrs": four digits and a zone or "hrs"; no other four digits (a year, a count) are read as clocks. */
const FOUR_DIGIT_CLOCK = /\b([01]\d|2[0-3])([0-5]\d)(?=\s*(?:hrs\b|hours\b|local time\b|([A-Z]{1,4})\b))/g;

export function rewriteClocks(written: string): ClockWriting {
  const dotted = written.replace(DOTTED_CLOCK, '$1:$2');
  /** Indices of `text` at which a colon was inserted, ascending. */
  const inserted: number[] = [];
  let text = '';
  let copied = 0;
  for (const match of dotted.matchAll(FOUR_DIGIT_CLOCK)) {
    const zone = match[3];
    if (zone !== undefined && !(zone in ZONE_ABBREVIATIONS)) continue;
    text += dotted.slice(copied, match.index + 2);
    inserted.push(text.length);
    text += `:${match[2]}`;
    copied = match.index + 4;
  }
  text += dotted.slice(copied);
  return {
    text,
    original(index: number): number {
      let shift = 0;
      while (shift < inserted.length && inserted[shift]! < index) shift++;
      return index - shift;
    },
  };
}
