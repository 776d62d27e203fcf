/**
 * Scraped articles sometimes keep their HTML. The pipeline works on plain text, so tags go and
 * entities become the characters they name, before any offset is taken: every span then points
 * into the same plain `article.text` the app shows. Only real HTML element names count as tags,
 * so "a < b" or "<unknown>" in prose stays as written.
 *
 * Markup is found by one forward scan, not by regular expressions over the whole text: patterns
 * like a lazy match from <script> to </script> rescan to the end of the text from every unclosed opener, and
 * 2 MB of "<script>" took 52 s. The scan never moves back, and each search it makes for a closer
 * either moves it past what was searched or finds nothing (and is remembered as such), so the work
 * grows with the length of the text. Markup left open (a comment, a <script> or a tag that never
 * closes) keeps the text after it, with a note: a truncated page must not lose its article.
 */

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
/** An opener of one of these marks a whole HTML document rather than prose with a stray tag. */
const DOCUMENT_ELEMENTS = new Set([
  'p',
  'br',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'article',
  'section',
]);
const LONGEST_ELEMENT_NAME = 10;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sect: '§',
  para: '¶',
  dagger: '†',
  prime: '′',
  Prime: '″',
  shy: '',
  zwnj: '\u200c',
  zwj: '\u200d',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  ccedil: 'ç',
  ecirc: 'ê',
  iacute: 'í',
  oacute: 'ó',
  ocirc: 'ô',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  ntilde: 'ñ',
  szlig: 'ß',
};

export interface StrippedMarkup {
  text: string;
  /** What was done, for the corpus warnings; null when the text had no markup. */
  note: string | null;
  /** One note per kind of markup left open whose following text was kept (see describeUnclosed). */
  kept: string[];
}

/** A stretch of the source that is markup: it becomes `replacement` in the plain text. */
interface MarkupToken {
  start: number;
  end: number;
  replacement: '' | '\n';
  /** The element name of a tag; null for comments, declarations and whole hidden elements. */
  element: string | null;
  closing: boolean;
}

/** Markup that opens and never closes, by where it starts. */
interface UnclosedMarkup {
  kind: 'comment' | 'element' | 'tag';
  name: string;
  at: number;
}

interface MarkupScan {
  tokens: MarkupToken[];
  /** Element tags removed (a hidden element with its closer counts two). */
  tags: number;
  /** Closed comments removed. */
  comments: number;
  unclosed: UnclosedMarkup[];
}

/** Plain text from text that may hold HTML tags and entities; unchanged when it holds neither. */
export function stripMarkup(text: string): StrippedMarkup {
  const scan = scanMarkup(text);
  const hasEntities = ENTITY.test(text);
  ENTITY.lastIndex = 0;
  // A closed comment is HTML for sure; a lone "<!--" or "<" in prose is not.
  const isMarkup = scan.tags > 0 || scan.comments > 0;
  if (!isMarkup && !hasEntities) return { text, note: null, kept: [] };
  let plain = isMarkup ? removeMarkup(text, scan.tokens) : text;
  plain = plain.replace(ENTITY, decodeEntity);
  plain = plain
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]{2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const did = [
    scan.tags > 0 ? `${formatCount(scan.tags)} HTML tag${scan.tags === 1 ? '' : 's'} removed` : null,
    scan.comments > 0 ? `${formatCount(scan.comments)} comment${scan.comments === 1 ? '' : 's'} removed` : null,
    hasEntities ? 'entities decoded' : null,
  ];
  return {
    text: plain,
    note: `read as HTML: ${did.filter(Boolean).join(', ')}`,
    kept: isMarkup ? describeUnclosed(scan.unclosed) : [],
  };
}

/** The text between the tokens, each token replaced; in a whole document, source line breaks become spaces. */
function removeMarkup(text: string, tokens: MarkupToken[]): string {
  // In an HTML document (it starts with a tag) line breaks in the source are spaces and block
  // elements make the paragraphs; in prose with a stray tag the lines stay as they are.
  const isDocument =
    startsWithTag(text, tokens) &&
    tokens.some((token) => !token.closing && token.element !== null && DOCUMENT_ELEMENTS.has(token.element));
  const pieces: string[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const between = text.slice(cursor, token.start);
    pieces.push(isDocument ? joinSourceLines(between) : between, token.replacement);
    cursor = token.end;
  }
  const rest = text.slice(cursor);
  pieces.push(isDocument ? joinSourceLines(rest) : rest);
  return pieces.join('');
}

/** Whether the first thing after comments and hidden elements is a tag (or a '<' that starts one). */
function startsWithTag(text: string, tokens: MarkupToken[]): boolean {
  let cursor = 0;
  for (const token of [...tokens, null]) {
    const between = text.slice(cursor, token?.start ?? text.length).trimStart();
    if (between !== '') return between.startsWith('<');
    if (token === null) return false;
    if (token.element !== null) return true;
    cursor = token.end;
  }
  return false;
}

/** Each line break, with the spaces and tabs around it, becomes one space (in linear time: the pattern of spaces, a line break and spaces backtracks on long runs of spaces). */
function joinSourceLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  return lines.map((line, index) => trimSpacesAndTabs(line, index > 0, index < lines.length - 1)).join(' ');
}

function trimSpacesAndTabs(line: string, start: boolean, end: boolean): string {
  let from = 0;
  let to = line.length;
  if (start) while (from < to && isSpaceOrTab(line.charCodeAt(from))) from++;
  if (end) while (to > from && isSpaceOrTab(line.charCodeAt(to - 1))) to--;
  return line.slice(from, to);
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Finds every comment, declaration, tag and hidden element, left to right, in time linear in the text. */
function scanMarkup(text: string): MarkupScan {
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

interface Search {
  /** Where `needle` next occurs from `from`, or -1. */
  literal: (needle: string, from: number) => number;
  /** The end of the next `</element>` from `from`, or null. */
  closer: (element: string, from: number) => number | null;
}

/**
 * Searches that remember where they found nothing (once nothing follows `from`, nothing follows any
 * later position either) and their last hit: a thousand unclosed openers cost one search to the end,
 * not a thousand, and the quoted values of one tag share one search for the next '<'.
 */
function createSearch(text: string): Search {
  const missedFrom = new Map<string, number>();
  // The last hit of each needle and where its search began: no hit lies between, so a search from there is answered.
  const lastHit = new Map<string, { from: number; found: number }>();
  const remember = (key: string, from: number, found: boolean) => {
    if (!found && from < (missedFrom.get(key) ?? Infinity)) missedFrom.set(key, from);
  };
  const known = (key: string, from: number) => from >= (missedFrom.get(key) ?? Infinity);
  const closers = new Map<string, RegExp>();
  return {
    literal(needle, from) {
      if (known(needle, from)) return -1;
      const hit = lastHit.get(needle);
      if (hit && hit.from <= from && from <= hit.found) return hit.found;
      const found = text.indexOf(needle, from);
      remember(needle, from, found !== -1);
      if (found !== -1) lastHit.set(needle, { from, found });
      return found;
    },
    closer(element, from) {
      const key = `</${element}`;
      if (known(key, from)) return null;
      let pattern = closers.get(element);
      if (!pattern) closers.set(element, (pattern = new RegExp(`</${element}\\s*>`, 'gi')));
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      remember(key, from, match !== null);
      return match ? match.index + match[0].length : null;
    },
  };
}

/** One note per kind of unclosed markup (comments, each hidden element, tags), naming where the first one starts. */
function describeUnclosed(unclosed: UnclosedMarkup[]): string[] {
  const groups = new Map<string, UnclosedMarkup[]>();
  for (const item of unclosed) {
    const key = item.kind === 'element' ? `element:${item.name}` : item.kind;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].map((items) => {
    const first = items[0]!;
    const where = `at character ${formatCount(first.at + 1)}`;
    const many = items.length > 1 ? `${formatCount(items.length)} ` : '';
    if (first.kind === 'comment') {
      return many
        ? `${many}unclosed <!-- comments, the first ${where}; the text after each was kept`
        : `an unclosed <!-- ${where}; the text after it was kept`;
    }
    if (first.kind === 'element') {
      const opener = `<${first.name}>`;
      return many
        ? `${many}unclosed ${opener} elements (no </${first.name}>), the first ${where}; the text after each was kept`
        : `an unclosed ${opener} ${where} (no </${first.name}>); the text after it was kept`;
    }
    return many
      ? `${many}unclosed HTML tags, the first <${first.name} ${where}; they were kept as text`
      : `an unclosed <${first.name} tag ${where}; it was kept as text`;
  });
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

function decodeEntity(whole: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}
