/**
 * Scraped articles sometimes keep their HTML. The pipeline works on plain text, so tags go and
 * entities become the characters they name, before any offset is taken: every span then points
 * into the same plain `article.text` the app shows. Only real HTML element names count as tags,
 * so "a < b" or "<unknown>" in prose stays as written.
 *
 * Markup is found by one forward scan in time linear in the text (markup-scan.ts). Markup left open
 * (a comment, a <script> or a tag that never closes) keeps the text after it, with a note: a truncated
 * page must not lose its article.
 */
import { decodeEntity, ENTITY } from './html-entities.ts';
import { scanMarkup, type MarkupToken, type UnclosedMarkup } from './markup-scan.ts';
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

export interface StrippedMarkup {
  text: string;
  /** What was done, for the corpus warnings; null when the text had no markup. */
  note: string | null;
  /** One note per kind of markup left open whose following text was kept (see describeUnclosed). */
  kept: string[];
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
