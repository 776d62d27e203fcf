/**
 * From a file's bytes to the plain `article.text` every span points into: decode, cap what is
 * worth scanning, strip markup, drop invisible controls, cap the length. Each step that changes what the file said adds a
 * note, which the corpus keeps as a warning for that file.
 */
import { decodeArticleBytes } from './decode-text.ts';
import { stripMarkup } from './strip-markup.ts';

/**
 * The longest text read from one file. A long-form article is under 100,000 characters; the
 * pipeline runs at 8–10 s per million characters on a 2-core machine (more when it is busy), so
 * a 20 MB dump is cut here rather than stalling the build for minutes.
 */
export const MAX_ARTICLE_CHARS = 500_000;

/**
 * Markup is stripped from at most this many times the cap: an HTML page holds some 5 to 10
 * characters of markup per character of text, and nothing past the cap is kept anyway, so the
 * rest of a 60 MB dump is not worth scanning. (Stripping is linear, see strip-markup.ts; this
 * bounds its work and memory, not its shape.)
 */
export const MARKUP_CHARS_PER_ARTICLE_CHAR = 8;

export type ArticleText = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

// C0 and C1 controls other than tab and line feed; they are invisible or garble a line.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates: in scraped text they only serve to make a line read
// other than it is stored ("Trojan Source"). The marks LRM/RLM/ALM and ZWJ/ZWNJ stay: scripts need them.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Reads one article file into plain text, or says why it holds none. */
export function readArticleText(bytes: Uint8Array, maxChars = MAX_ARTICLE_CHARS): ArticleText {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return decoded;
  const notes = decoded.note ? [decoded.note] : [];
  // Cut before any costly work: what lies past this is never read.
  const maxSourceChars = maxChars * MARKUP_CHARS_PER_ARTICLE_CHAR;
  const source = decoded.text.length > maxSourceChars ? cutAtBreak(decoded.text, maxSourceChars) : decoded.text;
  const cutEarly = source.length < decoded.text.length;
  const markup = stripMarkup(source);
  if (markup.note) notes.push(markup.note, ...markup.kept);
  // Plain text cut early gets one note below, with the file's full length; HTML gets its own.
  if (cutEarly && markup.note) {
    notes.push(
      `the file is ${formatCount(decoded.text.length)} characters long; only the first ${formatCount(source.length)} were read as HTML`,
    );
  }
  let text = markup.text;
  const controls = countMatches(text, CONTROLS);
  if (controls > 0) {
    text = text.replace(CONTROLS, (char) => (char === '\f' || char === '\v' ? '\n' : ''));
    notes.push(`${controls} control character${controls === 1 ? '' : 's'} removed`);
  }
  const bidi = countMatches(text, BIDI_CONTROLS);
  if (bidi > 0) {
    text = text.replace(BIDI_CONTROLS, '');
    notes.push(`${bidi} bidirectional override character${bidi === 1 ? '' : 's'} removed`);
  }
  if (text.trim() === '') {
    if (!markup.note) return { ok: false, reason: 'the file holds no readable text' };
    return {
      ok: false,
      reason: cutEarly
        ? `the first ${formatCount(source.length)} characters of the file hold only markup, no text`
        : 'the file holds only markup, no text',
    };
  }
  if (text.length > maxChars || (cutEarly && !markup.note)) {
    const fullLength = cutEarly && !markup.note ? decoded.text.length : text.length;
    if (text.length > maxChars) text = cutAtBreak(text, maxChars);
    notes.push(
      `the text is ${formatCount(fullLength)} characters long; only the first ${formatCount(text.length)} were read`,
    );
  }
  return { ok: true, text, notes };
}

/** The longest prefix of at most `max` characters that ends at a paragraph, line or word break. */
function cutAtBreak(text: string, max: number): string {
  const head = text.slice(0, max);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = head.lastIndexOf(separator);
    const cut = at > max * 0.9 ? head.slice(0, at).trimEnd() : '';
    if (cut.trim() !== '') return cut;
  }
  // No break near the end: cut, but never between the halves of a surrogate pair.
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}
