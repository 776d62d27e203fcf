/**
 * The URL as a projection of the view state:
 * `?event=<id>&person=<id>,<id>&outlet=<id>&q=<text>&tz=utc|local` (tz left out for the corpus zone).
 * The query string is untrusted input (pasted links, truncated chats), so parsing never throws:
 * every part that cannot be used is dropped with a notice and the rest still applies. At most one
 * notice per parameter: many bad values of one kind become one sentence with a count and examples.
 */
import type { Corpus } from '../../corpus/schema.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { retiringCorrection } from '../shared/corrections.ts';

/** Which zone the reader wants times in (the URL's tz=). */
export type ZoneChoice = 'corpus' | 'utc' | 'local';

export type UrlState = {
  eventId: string | null;
  personIds: string[];
  outletIds: string[];
  q: string;
  /** The zone times are shown in. */
  tz: ZoneChoice;
};

export type UrlParseResult = { state: UrlState; notices: string[] };

export const DEFAULT_URL_STATE: UrlState = { eventId: null, personIds: [], outletIds: [], q: '', tz: 'corpus' };

const ZONE_CHOICES: readonly ZoneChoice[] = ['corpus', 'utc', 'local'];

const MAX_ID_LENGTH = 160;
const MAX_LIST_LENGTH = 50;
// A list is read this far for its problems' count; beyond it the link is not a filter anyone typed.
const MAX_LIST_ITEMS = 1000;
const MAX_QUERY_LENGTH = 200;
const MAX_PARAMS = 100;
// Control characters have no business in a search box and can garble the notice text.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
// Bidi overrides in a pasted link would make the notice read other than it is stored.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
// Tags in a search are someone testing the page, not words in an article: searched as text without them.
const MARKUP = /<\/?[a-z!][^<>]*>/gi;

/** Quotes a value for a notice: control characters out, values past `maxLength` cut. */
export function quoteForNotice(value: string, maxLength = 40): string {
  const clean = value.replace(CONTROL_CHARACTERS, '').replace(BIDI_CONTROLS, '');
  return `"${clean.length > maxLength ? `${clean.slice(0, maxLength)}…` : clean}"`;
}

/** Form-style decoding ("+" is a space); null when the percent-encoding is broken. */
function decodeComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

type RawParams = Map<string, string[]>;

/** Splits the query string into raw (still encoded) values per key; unknown keys are simply never read. */
function splitSearch(search: string, notices: string[]): RawParams {
  const params: RawParams = new Map();
  const pairs = search.replace(/^\?/, '').split('&').filter(Boolean);
  if (pairs.length > MAX_PARAMS)
    notices.push(`The link has more than ${MAX_PARAMS} parameters; read the first ${MAX_PARAMS}.`);
  for (const pair of pairs.slice(0, MAX_PARAMS)) {
    const cut = pair.indexOf('=');
    const key = decodeComponent(cut === -1 ? pair : pair.slice(0, cut));
    if (key === null) {
      notices.push('A parameter name in the link is not valid percent-encoding; ignored it.');
      continue;
    }
    const values = params.get(key) ?? [];
    values.push(cut === -1 ? '' : pair.slice(cut + 1));
    params.set(key, values);
  }
  return params;
}

type IdKind = 'event' | 'person' | 'outlet';

/** Why an id from the link was not used. */
type IdProblem = { reason: 'encoding' | 'too-long' } | { reason: 'unknown'; id: string };

/** Decodes and checks one id: the id when the corpus knows it, null for a blank, else the problem. */
function readId(raw: string, known: ReadonlyMap<string, unknown>): string | null | IdProblem {
  const id = decodeComponent(raw);
  if (id === null) return { reason: 'encoding' };
  const trimmed = id.trim();
  if (trimmed === '') return null;
  if (trimmed.length > MAX_ID_LENGTH) return { reason: 'too-long' };
  return known.has(trimmed) ? trimmed : { reason: 'unknown', id: trimmed };
}

/** How many examples a merged notice quotes. */
const MAX_EXAMPLES = 3;

/**
 * The sentences for a parameter's unusable ids: one per reason, however many ids share it (a link
 * with 200 unknown ids gets one sentence with a count and a few examples, not 200 notices).
 */
function describeIdProblems(problems: readonly IdProblem[], kind: IdKind): string[] {
  const fallback = (count: number) =>
    kind === 'event' ? 'showing the whole day' : count === 1 ? 'ignored it' : 'ignored them';
  const sentences: string[] = [];
  const encoding = problems.filter((problem) => problem.reason === 'encoding').length;
  if (encoding === 1) sentences.push(`The ${kind} in the link is not valid percent-encoding; ${fallback(1)}.`);
  if (encoding > 1)
    sentences.push(`${encoding} ${kind} ids in the link are not valid percent-encoding; ${fallback(encoding)}.`);
  const tooLong = problems.filter((problem) => problem.reason === 'too-long').length;
  if (tooLong === 1) sentences.push(`The ${kind} id in the link is too long; ${fallback(1)}.`);
  if (tooLong > 1) sentences.push(`${tooLong} ${kind} ids in the link are too long; ${fallback(tooLong)}.`);
  const unknown = [...new Set(problems.flatMap((problem) => (problem.reason === 'unknown' ? [problem.id] : [])))];
  const examples = unknown
    .slice(0, MAX_EXAMPLES)
    .map((id) => quoteForNotice(id))
    .join(', ');
  if (unknown.length === 1) sentences.push(`Unknown ${kind} ${examples} in the link; ${fallback(1)}.`);
  else if (unknown.length > MAX_EXAMPLES)
    sentences.push(`${unknown.length} unknown ${kind} ids in the link, e.g. ${examples}; ${fallback(unknown.length)}.`);
  else if (unknown.length > 1)
    sentences.push(`${unknown.length} unknown ${kind} ids in the link (${examples}); ${fallback(unknown.length)}.`);
  return sentences;
}

/**
 * Reads a comma list of ids from every occurrence of the key (`person=a,b&person=c` is fine).
 * Ids are slugs without commas, so an encoded comma (URLSearchParams writes `%2C`) separates too.
 * Keeps the first MAX_LIST_LENGTH known ids; every problem goes into one notice for the parameter.
 */
function readIdList(raws: string[], kind: IdKind, known: ReadonlyMap<string, unknown>, notices: string[]): string[] {
  const items = raws.flatMap((raw) => raw.split(/,|%2C/i)).filter((item) => item.trim() !== '');
  const sentences: string[] = [];
  if (items.length > MAX_LIST_ITEMS)
    sentences.push(`The link lists more than ${MAX_LIST_ITEMS} ${kind} values; read the first ${MAX_LIST_ITEMS}.`);
  const ids: string[] = [];
  const problems: IdProblem[] = [];
  let overflow = false;
  for (const raw of items.slice(0, MAX_LIST_ITEMS)) {
    const id = readId(raw, known);
    if (id === null) continue;
    if (typeof id !== 'string') problems.push(id);
    else if (ids.includes(id)) continue;
    else if (ids.length < MAX_LIST_LENGTH) ids.push(id);
    else overflow = true;
  }
  if (overflow)
    sentences.push(`The link lists more than ${MAX_LIST_LENGTH} ${kind} filters; used the first ${MAX_LIST_LENGTH}.`);
  sentences.push(...describeIdProblems(problems, kind));
  if (sentences.length > 0) notices.push(sentences.join(' '));
  return ids;
}

/**
 * Reads the single event id; a repeated key keeps the first value. An id that corrections.json merged
 * into another event opens that one; a removed one says so; both with the editor's note.
 */
function readEventId(raws: string[], corpus: Corpus, notices: string[]): string | null {
  const [first] = raws;
  if (first === undefined) return null;
  const sentences = raws.length > 1 ? ['The link names more than one event; used the first.'] : [];
  const id = readId(first, getCorpusIndex(corpus).events);
  const retired =
    id !== null && typeof id !== 'string' && id.reason === 'unknown'
      ? retiringCorrection(corpus, 'event', id.id)
      : undefined;
  if (retired?.action === 'merge') {
    const into = getCorpusIndex(corpus).events.get(retired.subjectId);
    sentences.push(
      `The event in the link was merged into “${into?.title ?? retired.subjectId}” by an editor (${retired.note}); showing that one.`,
    );
    notices.push(sentences.join(' '));
    return retired.subjectId;
  }
  if (retired)
    sentences.push(
      `The event “${retired.changes[0]?.extracted ?? ''}” in the link was removed by an editor (${retired.note}); showing the whole day.`,
    );
  else if (id !== null && typeof id !== 'string') sentences.push(...describeIdProblems([id], 'event'));
  if (sentences.length > 0) notices.push(sentences.join(' '));
  return typeof id === 'string' ? id : null;
}

/** Reads the search text, cleaned and cut to a sane length. */
function readQuery(raws: string[], notices: string[]): string {
  const [first] = raws;
  if (first === undefined) return '';
  if (raws.length > 1) notices.push('The link names more than one search; used the first.');
  const decoded = decodeComponent(first);
  if (decoded === null) {
    notices.push('The search in the link is not valid percent-encoding; ignored it.');
    return '';
  }
  let clean = decoded.replace(CONTROL_CHARACTERS, ' ').replace(BIDI_CONTROLS, '').trim();
  if (clean.match(MARKUP)) {
    clean = clean.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
    notices.push(
      clean === ''
        ? 'The search in the link held only HTML markup; ignored it.'
        : `The search in the link held HTML markup; searching for ${quoteForNotice(clean)} instead.`,
    );
  }
  if (clean.length > MAX_QUERY_LENGTH) {
    notices.push(`The search in the link is too long; kept the first ${MAX_QUERY_LENGTH} characters.`);
    return clean.slice(0, MAX_QUERY_LENGTH).trim();
  }
  return clean;
}

/**
 * A person id from before an editor merged that person into another (corrections.json) filters by
 * the person it became, with a notice; a name struck as not a person says so. Other values pass.
 */
function followMergedPeople(raws: string[], corpus: Corpus, notices: string[]): string[] {
  if (corpus.corrections.length === 0) return raws;
  const index = getCorpusIndex(corpus);
  return raws.map((raw) =>
    raw
      .split(/,|%2C/i)
      .map((item) => {
        const id = decodeComponent(item)?.trim() ?? '';
        const retired = id === '' || index.people.has(id) ? undefined : retiringCorrection(corpus, 'person', id);
        if (!retired) return item;
        if (retired.action === 'merge') {
          const name = index.people.get(retired.subjectId)?.name ?? retired.subjectId;
          notices.push(
            `The person ${quoteForNotice(id)} in the link was merged into ${name} by an editor (${retired.note}); filtering by ${name}.`,
          );
          return encodeURIComponent(retired.subjectId);
        }
        notices.push(
          `${quoteForNotice(id)} in the link is not a person, an editor found (${retired.note}); ignored it.`,
        );
        return '';
      })
      .join(','),
  );
}

/** Reads the zone choice; anything else keeps the corpus zone with a notice. */
function readZoneChoice(raws: string[], notices: string[]): ZoneChoice {
  const [first] = raws;
  if (first === undefined) return 'corpus';
  const value = (decodeComponent(first) ?? '').trim().toLowerCase();
  const choice = ZONE_CHOICES.find((candidate) => candidate === value);
  if (choice) return choice;
  notices.push(`Unknown time zone ${quoteForNotice(value || first)} in the link; showing times in the corpus zone.`);
  return 'corpus';
}

/** Reads the view state from a query string; never throws, explains every dropped part. */
export function parseUrlState(search: string, corpus: Corpus): UrlParseResult {
  const index = getCorpusIndex(corpus);
  const notices: string[] = [];
  const params = splitSearch(typeof search === 'string' ? search : '', notices);
  const state: UrlState = {
    eventId: readEventId(params.get('event') ?? [], corpus, notices),
    personIds: readIdList(
      followMergedPeople(params.get('person') ?? [], corpus, notices),
      'person',
      index.people,
      notices,
    ),
    outletIds: readIdList(params.get('outlet') ?? [], 'outlet', index.outlets, notices),
    q: readQuery(params.get('q') ?? [], notices),
    tz: readZoneChoice(params.get('tz') ?? [], notices),
  };
  return { state, notices: [...new Set(notices)] };
}

/** Writes the view state as a query string ("" for the default view), defaults left out. */
export function stringifyUrlState(state: UrlState): string {
  const parts: string[] = [];
  const list = (ids: readonly string[]) => ids.map(encodeURIComponent).join(',');
  if (state.eventId) parts.push(`event=${encodeURIComponent(state.eventId)}`);
  if (state.personIds.length > 0) parts.push(`person=${list(state.personIds)}`);
  if (state.outletIds.length > 0) parts.push(`outlet=${list(state.outletIds)}`);
  if (state.q.trim() !== '') parts.push(`q=${encodeURIComponent(state.q.trim())}`);
  if (state.tz !== 'corpus') parts.push(`tz=${state.tz}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** True when two states give the same URL. */
export function isSameUrlState(a: UrlState, b: UrlState): boolean {
  return stringifyUrlState(a) === stringifyUrlState(b);
}
