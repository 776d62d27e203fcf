/** Splits an article's text into classified paragraphs and body sentences, with offsets into the text. */
import type { Paragraph, Span } from '../corpus/schema.ts';
import { DATE_ONLY_LINE } from './dates.ts';
import { parseDatelinePrefix, type DatelinePrefix } from './dateline-prefix.ts';
import { splitSentences } from './split-sentences.ts';
import { ZONE_ABBREVIATIONS } from './time-zone-names.ts';
import { WIRE_AGENCIES, wireCodeOfName } from './wire-agencies.ts';

export interface SegmentedArticle {
  paragraphs: Paragraph[];
  sentences: Span[];
  headline: Span | null;
  /** A publication's name in capitals on the first line, above the headline (see isMasthead). */
  masthead: Span | null;
  dateline: DatelinePrefix | null;
}

const NAME_WORDS = String.raw`[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}`;
const META_LINE = [
  /^(posted|written|edited|reported|compiled)\s+by\b\s*:?/i,
  // Bylines: "By Jane Doe", "By JANE DOE and JOHN ROE", "By Jane Doe, Legal Affairs Correspondent", "By Jane Doe in Nairobi".
  new RegExp(
    String.raw`^[Bb]y\s+${NAME_WORDS}(?:(?:\s*,\s*|\s+and\s+)${NAME_WORDS})*(?:\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?\s*$`,
    'u',
  ),
  /^(first\s+)?(published|updated|last updated)(\s+on)?\s*:?\s*\S/i,
  /^\(?\s*with inputs from\b/i,
  // Blog bylines naming the site after a pipe: "Posted January 9, 2007 by gadgetgirl | Pocket Tech Blog", "starstuff_sam | Space Notebook".
  /^(?:posted|published|written)\b[^|]{0,80}\bby\b[^|]{1,60}\|[^|]{2,60}$/i,
  // A handle looks like one: "@name", "star_sam", "gadget99", "gadgetgirl"; "Business | Markets" is a breadcrumb.
  /^(?:@[\w.]{2,30}|(?=[\w.]*[_\d])[\w.]{2,30}|[\p{Ll}\d_.]{2,30})\s+\|\s+\p{Lu}[^|.!?]{1,60}$/u,
  // Wire credit boxes: "(Reporting by A and B; Editing by C)".
  /^\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^)]*\)\s*$/i,
  // Copyright lines: "© Example Media 2019. All rights reserved."
  /^(?:©|\(c\)|copyright\b)/i,
  DATE_ONLY_LINE,
];
const JUNK_LINE = [
  /^(comments?|advertisement|share( this)?|read more|also read|follow us|subscribe|print|email)\b[^.]{0,40}$/i,
  /\b(please contribute|support (us|our journalism)|donate now|we do not take advertisements)\b/i,
];
const TWEET_SIGNOFF = /^[—–-]\s*[^()\n]+\(@\w+\)/;

/** A live-blog entry's stamp leading its text, set off by a colon or a dash: "9:12 PM: …", "14:05 GMT – …". */
const INLINE_ENTRY_STAMP =
  /^((\d{1,2})[:.](\d{2})(?:\s*[aApP]\.?[mM]\.?)?(?:\s+([A-Z]{2,4}))?)\s*(?::|\s[-–—|])\s+(?=\S)/;

/** The line's leading entry stamp, when it reads as a clock ("19.99: …" is a price) and its zone, if any, is one. */
function inlineEntryStamp(line: string): RegExpExecArray | null {
  const match = INLINE_ENTRY_STAMP.exec(line);
  if (!match || Number(match[2]) > 23 || Number(match[3]) > 59) return null;
  return match[4] === undefined || match[4] in ZONE_ABBREVIATIONS ? match : null;
}

/** Segments normalized article text: paragraph kinds, the headline, a leading dateline and body sentences. */
export function segmentArticle(text: string): SegmentedArticle {
  const lines = splitLines(text);
  const paragraphs: Paragraph[] = [];
  let headline: Span | null = null;
  let masthead: Span | null = null;
  let dateline: DatelinePrefix | null = null;
  let seenBody = false;

  lines.forEach((line, index) => {
    const content = text.slice(line.start, line.end);
    const kind = classifyLine(
      content,
      lines[index + 1] ? text.slice(lines[index + 1]!.start, lines[index + 1]!.end) : '',
    );
    if (kind !== 'body') {
      paragraphs.push({ ...line, kind });
      return;
    }
    if (!seenBody) {
      const lineAt = (at: number) => (lines[at] ? text.slice(lines[at]!.start, lines[at]!.end) : '');
      if (index === 0 && isMasthead(content, lineAt(1), lineAt(2))) {
        masthead = line;
        paragraphs.push({ ...line, kind: 'meta' });
        return;
      }
      const prefix = parseDatelinePrefix(text, line.start, line.end);
      if (prefix) {
        dateline = prefix;
        paragraphs.push({ start: prefix.span.start, end: prefix.span.end, kind: 'meta' });
        paragraphs.push({ start: prefix.span.end, end: line.end, kind: 'body' });
        seenBody = true;
        return;
      }
      if (headline === null && index < lines.length - 1 && looksLikeHeadline(content)) {
        headline = line;
        paragraphs.push({ ...line, kind: 'meta' });
        return;
      }
    }
    seenBody = true;
    const stamp = inlineEntryStamp(content);
    if (stamp) {
      // "9:12 PM: Australia win": a live-blog entry stamped on its own line; the stamp is the entry's, not its sentence's.
      paragraphs.push({ start: line.start, end: line.start + stamp[1]!.length, kind: 'meta' });
      paragraphs.push({ start: line.start + stamp[0].length, end: line.end, kind: 'body' });
      return;
    }
    paragraphs.push({ ...line, kind: 'body' });
  });

  const sentences = paragraphs
    .filter((paragraph) => paragraph.kind === 'body')
    .flatMap((paragraph) => splitSentences(text, paragraph.start, paragraph.end))
    .filter((sentence) => !isWireCodeLine(text.slice(sentence.start, sentence.end)));
  return { paragraphs, sentences, headline, masthead, dateline };
}

/** Non-empty lines as spans with surrounding whitespace trimmed. */
function splitLines(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^\n]+/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = match.index + leading;
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}

function classifyLine(line: string, nextLine: string): Paragraph['kind'] {
  if (line.length < 160 && META_LINE.some((pattern) => pattern.test(line))) return 'meta';
  if (isWireCodeLine(line)) return 'meta';
  if (JUNK_LINE.some((pattern) => pattern.test(line))) return 'junk';
  if (TWEET_SIGNOFF.test(line)) return 'embed';
  if (/pic\.twitter\.com\/\w+/.test(line) || TWEET_SIGNOFF.test(nextLine)) return 'embed';
  return 'body';
}

/** Labels set in capitals above a headline that name no publication ("BREAKING NEWS", "LIVE UPDATES"). A small documented table. */
const NEWS_LABELS =
  /\b(?:breaking|live|updates?|exclusive|watch|developing|alert|just in|opinion|analysis|editorial|explainer|sponsored|advertisement|news)\b/i;

/**
 * A masthead: the file's first line is a publication's name set in capitals ("THE KENYA DAILY
 * LEDGER") above a headline that is not, and under that a byline or a date line, as a paper's
 * page has them. Neither a sentence, a dateline, a wire code nor a label such as "BREAKING NEWS";
 * a headline in capitals above a second headline has no byline or date under it.
 */
export function isMasthead(line: string, nextLine: string, lineAfter: string): boolean {
  const words = line.split(/\s+/);
  if (
    words.length < 2 ||
    words.length > 7 ||
    /[\d:.!?,;|@]/.test(line) ||
    isWireCodeLine(line) ||
    NEWS_LABELS.test(line)
  )
    return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  const isCapitals = letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const nextLetters = nextLine.replace(/[^\p{L}]/gu, '');
  // What follows is a headline: not all capitals, and not a sentence (a capitals headline sits above the body).
  const headlineFollows =
    nextLetters !== '' && nextLetters !== nextLetters.toUpperCase() && looksLikeHeadline(nextLine);
  const bylineOrDate = classifyLine(lineAfter, '') === 'meta' || /^by\s+\p{Lu}/iu.test(lineAfter);
  return isCapitals && headlineFollows && bylineOrDate;
}

/** A line that is only an agency's code or full name: "(PTI)", "Associated Press". */
function isWireCodeLine(line: string): boolean {
  if (line.length > 40) return false;
  const code = line.replace(/[()\s]/g, '').toUpperCase();
  return code in WIRE_AGENCIES || wireCodeOfName(line.replace(/[()]/g, '').trim()) !== null;
}

function looksLikeHeadline(line: string): boolean {
  return line.length <= 200 && !/[.!?]["”’]?$/.test(line) && /[\p{Lu}\d‘“"]/u.test(line.charAt(0));
}
