/**
 * Finds the markup in a text (comments, declarations, tags of real HTML elements, whole hidden elements)
 * for stripMarkup (strip-markup.ts).
 *
 * Markup is found by one forward scan, not by regular expressions over the whole text: patterns
 * like a lazy match from <script> to </script> rescan to the end of the text from every unclosed opener, and
 * 2 MB of "<script>" took 52 s. The scan never moves back, and each search it makes for a closer
 * either moves it past what was searched or finds nothing (and is remembered as such), so the work
 * grows with the length of the text.
 */
import { createSearch, type Search } from './markup-search.ts';
const ELEMENTS = new Set(
  'a abbr article aside audio b blockquote body br button caption center cite code dd del div dl dt em figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins label li link main mark meta nav noscript ol p picture pre q s script section small source span strong style sub sup svg table tbody td template tfoot th thead time title tr u ul video'.split(
    ' ',
  ),
);
/** Elements whose end is a paragraph break in the plain text. */
const BLOCK_ELEMENTS = new Set(
  'article aside blockquote body br caption center dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody td tfoot th thead title tr ul'.split(
    ' ',
  ),
);
/** Elements whose content is code or chrome, never article text: removed with what they hold. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'head']);
const LONGEST_ELEMENT_NAME = 10;

/** A stretch of the source that is markup: it becomes `replacement` in the plain text. */
export interface MarkupToken {
  start: number;
  end: number;
  replacement: '' | '\n';
  /** The element name of a tag; null for comments, declarations and whole hidden elements. */
  element: string | null;
  closing: boolean;
}

/** Markup that opens and never closes, by where it starts. */
export interface UnclosedMarkup {
  kind: 'comment' | 'element' | 'tag';
  name: string;
  at: number;
}

export interface MarkupScan {
  tokens: MarkupToken[];
  /** Element tags removed (a hidden element with its closer counts two). */
  tags: number;
  /** Closed comments removed. */
  comments: number;
  unclosed: UnclosedMarkup[];
}

/** Finds every comment, declaration, tag and hidden element, left to right, in time linear in the text. */
export function scanMarkup(text: string): MarkupScan {
  const search = createSearch(text);
  const tokens: MarkupToken[] = [];
  const unclosed: UnclosedMarkup[] = [];
  let tags = 0;
  let comments = 0;
  let rescanBudget = text.length;
  let at = text.indexOf('<');
  while (at !== -1) {
    let next = at + 1;
    if (text.startsWith('<!--', at)) {
      const close = search.literal('-->', at + 4);
      // Unclosed: only the marker goes, what follows stays text.
      const end = close === -1 ? at + 4 : close + 3;
      if (close === -1) unclosed.push({ kind: 'comment', name: '<!--', at });
      else comments++;
      tokens.push({ start: at, end, replacement: '', element: null, closing: false });
      next = end;
    } else if (startsDeclaration(text, at)) {
      // <!DOCTYPE …>, <?xml …?>: dropped when closed, else left as written.
      const close = search.literal('>', at + 2);
      if (close !== -1) {
        tokens.push({ start: at, end: close + 1, replacement: '', element: null, closing: false });
        next = close + 1;
      }
    } else {
      const tag = readTag(text, at, search);
      if (tag?.kind === 'tag') {
        tags++;
        // Only in SVG does "/>" close an element; HTML reads <script … /> as an opener.
        const selfClosed = tag.selfClosing && tag.element === 'svg';
        const opensHidden = !tag.closing && !selfClosed && HIDDEN_ELEMENTS.has(tag.element);
        const closer = opensHidden ? search.closer(tag.element, tag.end) : null;
        if (opensHidden && closer === null) unclosed.push({ kind: 'element', name: tag.element, at });
        if (closer !== null) tags++;
        // A hidden element goes whole, content and closer; an unclosed one loses only its opening tag.
        const token: MarkupToken =
          closer !== null
            ? { start: at, end: closer, replacement: '', element: null, closing: false }
            : {
                start: at,
                end: tag.end,
                replacement: BLOCK_ELEMENTS.has(tag.element) ? '\n' : '',
                element: tag.element,
                closing: tag.closing,
              };
        tokens.push(token);
        next = token.end;
      } else if (tag?.kind === 'unclosed') {
        unclosed.push({ kind: 'tag', name: tag.element, at });
        next = tag.resume;
        // Going back to a '<' inside a quoted value finds the tags there (<a href="<b>x</b>…), at the
        // price of scanning that stretch again: allowed up to the text's length in all, so the work stays linear.
        if (tag.innerOpen !== -1 && tag.resume - tag.innerOpen <= rescanBudget) {
          rescanBudget -= tag.resume - tag.innerOpen;
          next = tag.innerOpen;
        }
      }
    }
    at = text.indexOf('<', next);
  }
  return { tokens, tags, comments, unclosed };
}

type TagRead =
  | { kind: 'tag'; element: string; closing: boolean; selfClosing: boolean; end: number }
  | { kind: 'unclosed'; element: string; resume: number; innerOpen: number };

/**
 * The tag at `at`: a known element name right after '<' or '</', then attributes up to '>' (a '>'
 * inside a quoted value does not end it). A '<' outside quotes, a quoted value that never closes or
 * the end of the text first: the tag is unclosed and stays text. `resume` is where the scan may go
 * on without missing a tag, `innerOpen` the first '<' inside a quoted value (-1 if none), which may
 * start a tag the unclosed one only seemed to hold. null when `at` starts no tag at all.
 */
function readTag(text: string, at: number, search: Search): TagRead | null {
  let index = at + 1;
  const closing = text.charCodeAt(index) === 0x2f;
  if (closing) index++;
  const nameStart = index;
  while (index - nameStart <= LONGEST_ELEMENT_NAME && isAsciiLetterOrDigit(text.charCodeAt(index))) index++;
  const element = text.slice(nameStart, index).toLowerCase();
  if (!ELEMENTS.has(element) || !(index === text.length || /[\s/>]/.test(text.charAt(index)))) return null;
  let innerOpen = -1;
  const unclosed = (resume: number): TagRead => ({ kind: 'unclosed', element, resume, innerOpen });
  let valueNext = false;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x3e)
      return { kind: 'tag', element, closing, selfClosing: text.charCodeAt(index - 1) === 0x2f, end: index + 1 };
    if (code === 0x3c) return unclosed(index);
    // As in HTML, a quote opens a value only after "=": a stray quote (alt="5" tall">) does not swallow the page.
    if (valueNext && (code === 0x22 || code === 0x27)) {
      const close = search.literal(text.charAt(index), index + 1);
      if (close === -1) return unclosed(index + 1);
      if (innerOpen === -1) {
        const open = search.literal('<', index + 1);
        if (open !== -1 && open < close) innerOpen = open;
      }
      index = close + 1;
      valueNext = false;
      continue;
    }
    if (code === 0x3d) valueNext = true;
    else if (!isHtmlSpace(code)) valueNext = false;
    index++;
  }
  return unclosed(index);
}

function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function startsDeclaration(text: string, at: number): boolean {
  const second = text.charCodeAt(at + 1);
  if (second === 0x3f) return true;
  const third = text.charCodeAt(at + 2) | 0x20;
  return second === 0x21 && third >= 0x61 && third <= 0x7a;
}

function isAsciiLetterOrDigit(code: number): boolean {
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
}
