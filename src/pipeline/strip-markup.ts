/**
 * Scraped articles sometimes keep their HTML. The pipeline works on plain text, so tags go and
 * entities become the characters they name, before any offset is taken: every span then points
 * into the same plain `article.text` the app shows. Only real HTML element names count as tags,
 * so "a < b" or "<unknown>" in prose stays as written.
 */

const ELEMENTS =
  'a|abbr|article|aside|audio|b|blockquote|body|br|button|caption|center|cite|code|dd|del|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|label|li|link|main|mark|meta|nav|noscript|ol|p|picture|pre|q|s|script|section|small|source|span|strong|style|sub|sup|svg|table|tbody|td|template|tfoot|th|thead|time|title|tr|u|ul|video';
const TAG = new RegExp(`<\\/?(?:${ELEMENTS})(?=[\\s/>])(?:[^<>"']|"[^"]*"|'[^']*')*>`, 'gi');
const BLOCK_TAG = /^<\/?(?:article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|html|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|title|tr|ul)\b/i;
const HIDDEN_CONTENT = /<(script|style|noscript|template|iframe|svg|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<![a-z][^>]*>|<\?[^>]*>/gi;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½',
  frac14: '¼', frac34: '¾', sect: '§', para: '¶', dagger: '†', prime: '′', Prime: '″', shy: '', zwnj: '\u200c',
  zwj: '\u200d', eacute: 'é', Eacute: 'É', egrave: 'è', agrave: 'à', aacute: 'á', acirc: 'â', ccedil: 'ç',
  ecirc: 'ê', iacute: 'í', oacute: 'ó', ocirc: 'ô', ouml: 'ö', uuml: 'ü', auml: 'ä', ntilde: 'ñ', szlig: 'ß',
};

export interface StrippedMarkup {
  text: string;
  /** What was done, for the corpus warnings; null when the text had no markup. */
  note: string | null;
}

/** Plain text from text that may hold HTML tags and entities; unchanged when it holds neither. */
export function stripMarkup(text: string): StrippedMarkup {
  const tags = text.match(TAG)?.length ?? 0;
  const hasEntities = ENTITY.test(text);
  ENTITY.lastIndex = 0;
  if (tags === 0 && !hasEntities) return { text, note: null };
  let plain = text;
  if (tags > 0) {
    plain = plain.replace(COMMENT, '').replace(HIDDEN_CONTENT, '');
    // In an HTML document (it starts with a tag) line breaks in the source are spaces and block
    // elements make the paragraphs; in prose with a stray tag the lines stay as they are.
    const isDocument = /^\s*</.test(plain) && /<(?:p|br|div|li|h[1-6]|tr|article|section)\b/i.test(plain);
    if (isDocument) plain = plain.replace(/[ \t]*\n[ \t]*/g, ' ');
    plain = plain.replace(TAG, (tag) => (BLOCK_TAG.test(tag) ? '\n' : ''));
  }
  plain = plain.replace(ENTITY, decodeEntity);
  plain = plain
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]{2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const did = [tags > 0 ? `${tags} HTML tag${tags === 1 ? '' : 's'} removed` : null, hasEntities ? 'entities decoded' : null];
  return { text: plain, note: `read as HTML: ${did.filter(Boolean).join(', ')}` };
}

function decodeEntity(whole: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}
