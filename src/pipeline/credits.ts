/** Finds who published an article (publisher signature), who supplied it (wire credits) and who wrote it. */
import type { Paragraph, Span, WireCredit } from '../corpus/schema.ts';
import { DATE_ONLY_LINE } from './dates.ts';
import { WIRE_AGENCIES, WIRE_AGENCY_FULL_NAMES, WIRE_AGENCY_NAMES, wireCodeOfName } from './wire-agencies.ts';
import type { DatelinePrefix } from './dateline-prefix.ts';
import { slugify } from '../corpus/slug.ts';

export interface Credits {
  publisher: { name: string; span: Span } | null;
  wires: WireCredit[];
  author: { name: string; span: Span } | null;
}

const WIRE_ALTERNATION = Object.entries(WIRE_AGENCIES)
  .flatMap(([code, name]) => (code === name.toUpperCase() && name !== code ? [code, name] : [code]))
  .concat(Object.keys(WIRE_AGENCY_NAMES).map(titleCaseAgencyName))
  .sort((a, b) => b.length - a.length)
  .map((alternative) => alternative.replace(/[-]/g, '[- ]'))
  .join('|');

/** "press trust of india" → "Press Trust of India", as credit lines write it. */
function titleCaseAgencyName(name: string): string {
  return name.replace(
    /(^|[\s-])(\p{L}+)/gu,
    (_, gap: string, word: string) => gap + (word === 'of' ? word : word[0]!.toUpperCase() + word.slice(1)),
  );
}

/** Each pattern's first group is the agency as written. */
const WIRE_PATTERNS: RegExp[] = [
  new RegExp(`\\((${WIRE_ALTERNATION})\\)`, 'g'),
  new RegExp(`\\bnews agenc(?:y|ies)\\s+(${WIRE_ALTERNATION})\\b`, 'g'),
  new RegExp(`\\b(${WIRE_ALTERNATION})\\s+(?:reported|quoted|said|reports)\\b`, 'g'),
  new RegExp(`\\baccording to\\s+(${WIRE_ALTERNATION})\\b`, 'g'),
  new RegExp(`\\bwith inputs from\\s+(?:[A-Za-z]+,?\\s+(?:and\\s+)?)*?(${WIRE_ALTERNATION})\\b`, 'gi'),
  new RegExp(`^\\s*\\(?(${WIRE_ALTERNATION})\\)?\\s*$`, 'gm'),
];

const DESK_SUFFIX = /\s+(?:news\s+)?(?:desk|bureau|staff|team|online|web desk|digital)$/i;
const AUTHOR_LINE = /^(?:(?:posted|written|reported|edited)\s+by\s*:?|by)\s+(.+?)\s*$/i;
/** "(Reporting by A and B; Editing by C)": the reporters are the authors. */
const REPORTING_BOX = /^\(\s*(?:additional\s+)?reporting\s+by\s+([^;)]+)/i;

/** Reads credits from the dateline prefix, the meta lines and the body of one article. */
export function findCredits(
  text: string,
  paragraphs: Paragraph[],
  dateline: DatelinePrefix | null,
  masthead: Span | null = null,
): Credits {
  return {
    publisher: findPublisher(text, paragraphs, dateline, masthead),
    wires: findWireCredits(text, paragraphs),
    author: findAuthor(text, paragraphs),
  };
}

function findPublisher(
  text: string,
  paragraphs: Paragraph[],
  dateline: DatelinePrefix | null,
  masthead: Span | null,
): Credits['publisher'] {
  const signature = dateline?.signature;
  if (signature && !(signature.text.toUpperCase() in WIRE_AGENCIES)) {
    const name = signature.text.replace(DESK_SUFFIX, '').trim();
    if (name) return { name, span: signature.span };
  }
  if (masthead) return { name: titleCaseMasthead(text.slice(masthead.start, masthead.end)), span: masthead };
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'body') continue;
    const line = text.slice(paragraph.start, paragraph.end);
    const site = BYLINE_WITH_SITE.exec(line);
    if (site?.[1]) {
      const name = site[1].replace(SITE_SUFFIX, '').trim();
      const offset = paragraph.start + line.lastIndexOf(site[1]);
      // "Posted by sam | March 26, 2024": a date after the pipe is when, not where.
      if (name && !BOILERPLATE_NAME.test(name) && !DATE_ONLY_LINE.test(name))
        return { name, span: { start: offset, end: offset + name.length } };
    }
  }
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'body') continue;
    const line = text.slice(paragraph.start, paragraph.end);
    const copyright =
      /(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?([A-Z][\w&.' -]{1,60}?)(?:\s+\d{4})?(?:\.|,|\s+all rights|$)/i.exec(line);
    const name = copyright?.[1]?.trim();
    if (name && !BOILERPLATE_NAME.test(name)) {
      const offset = paragraph.start + line.indexOf(name);
      return { name, span: { start: offset, end: offset + name.length } };
    }
  }
  return null;
}

/** Scraped footers and buttons that follow a © or a pipe but name nobody. A small documented table, not a list of outlets. */
const BOILERPLATE_NAME =
  /^(?:all rights reserved|all rights|rights reserved|reserved|click here|subscribe(?: now)?|share(?: this)?|advertisement|sponsored|read more|terms of (?:use|service)|privacy policy|cookies?|home|news|opinion|menu|sign in|log in|the author|the authors|unknown)\.?$/i;
/** "Posted January 9, 2007 by gadgetgirl | Pocket Tech Blog", "By Ann Lee | The Courier", "starstuff_sam | Space Notebook": the site after the byline. */
const BYLINE_WITH_SITE =
  /^(?:(?:[Pp]osted|[Pp]ublished|[Ww]ritten)\b[^|]{0,60}?\bby\s+[^|]{1,60}|[Bb]y\s+[^|]{1,60}|@[\w.]{2,30}|(?=[\w.]*[_\d])[\w.]{2,30}|[\p{Ll}\d_.]{2,30})\s+\|\s+([\p{Lu}][^|]{1,60}?)\s*$/u;
/** "Disaster Watch blog": a lower-case descriptor after the name is not part of it. */
const SITE_SUFFIX = /\s+(?:blog|site|website|desk|bureau|online)$/;

/** "THE SOUTHERN CROSS CHRONICLE" → "The Southern Cross Chronicle". */
function titleCaseMasthead(line: string): string {
  return line
    .toLowerCase()
    .split(/\s+/)
    .map((word, index) =>
      index > 0 && /^(?:of|the|and|on|in|for|at|de|la|le)$/.test(word)
        ? word
        : word.replace(/^\p{L}/u, (letter) => letter.toUpperCase()),
    )
    .join(' ');
}

function findWireCredits(text: string, paragraphs: Paragraph[]): WireCredit[] {
  const credits = new Map<string, WireCredit>();
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'junk') continue;
    const slice = text.slice(paragraph.start, paragraph.end);
    for (const pattern of WIRE_PATTERNS) {
      for (const match of slice.matchAll(pattern)) {
        const written = match[1]!;
        const name = WIRE_AGENCIES[written.toUpperCase()] ?? WIRE_AGENCIES[wireCodeOfName(written) ?? ''];
        if (!name) continue;
        // "AP" and "UNI" are also ordinary letters; only upper-case codes count for them.
        if (written !== written.toUpperCase() && written !== name && !wireCodeOfName(written)) continue;
        const id = slugify(name);
        if (credits.has(id)) continue;
        const start = paragraph.start + match.index + match[0].indexOf(written);
        credits.set(id, {
          id,
          name,
          fullName: WIRE_AGENCY_FULL_NAMES[name] ?? null,
          span: { start, end: start + written.length },
        });
      }
    }
  }
  return [...credits.values()].sort((a, b) => a.span.start - b.span.start);
}

function findAuthor(text: string, paragraphs: Paragraph[]): Credits['author'] {
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'meta') continue;
    const line = text.slice(paragraph.start, paragraph.end);
    const match = AUTHOR_LINE.exec(line) ?? REPORTING_BOX.exec(line);
    if (!match?.[1]) continue;
    const name = match[1].replace(/\s*[|,].*$/, '').trim();
    if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 5) continue;
    const start = paragraph.start + line.lastIndexOf(name);
    return { name, span: { start, end: start + name.length } };
  }
  return null;
}
