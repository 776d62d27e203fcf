/**
 * The URL as a projection of the view state:
 * `?event=<id>&person=<id>,<id>&outlet=<id>&q=<text>&tz=utc|local` (tz left out for the corpus zone).
 * The query string is untrusted input (pasted links, truncated chats), so parsing never throws:
 * every part that cannot be used is dropped with a notice and the rest still applies.
 */
import type { Corpus } from '../../corpus/schema.ts';
import type { ZoneChoice } from '../selectors/day.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';

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
const MAX_QUERY_LENGTH = 200;
const MAX_PARAMS = 100;
// Control characters have no business in a search box and can garble the notice text.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
// Bidi overrides in a pasted link would make the notice read other than it is stored.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
// Tags in a search are someone testing the page, not words in an article: searched as text without them.
const MARKUP = /<\/?[a-z!][^<>]*>/gi;

/** Quotes a value for a notice: control characters out, long values cut. */
function quoteForNotice(value: string): string {
  const clean = value.replace(CONTROL_CHARACTERS, '').replace(BIDI_CONTROLS, '');
  return `"${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}"`;
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
  if (pairs.length > MAX_PARAMS) notices.push(`The link has more than ${MAX_PARAMS} parameters; read the first ${MAX_PARAMS}.`);
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

/** Decodes and checks one id; returns it when the corpus knows it, else adds a notice. */
function readId(raw: string, kind: IdKind, known: ReadonlyMap<string, unknown>, notices: string[]): string | null {
  const fallback = kind === 'event' ? 'showing the whole day' : 'ignored it';
  const id = decodeComponent(raw);
  if (id === null) {
    notices.push(`The ${kind} in the link is not valid percent-encoding; ${fallback}.`);
    return null;
  }
  const trimmed = id.trim();
  if (trimmed === '') return null;
  if (trimmed.length > MAX_ID_LENGTH) {
    notices.push(`The ${kind} id in the link is too long; ${fallback}.`);
    return null;
  }
  if (!known.has(trimmed)) {
    notices.push(`Unknown ${kind} ${quoteForNotice(trimmed)} in the link; ${fallback}.`);
    return null;
  }
  return trimmed;
}

/**
 * Reads a comma list of ids from every occurrence of the key (`person=a,b&person=c` is fine).
 * Ids are slugs without commas, so an encoded comma (URLSearchParams writes `%2C`) separates too.
 */
function readIdList(raws: string[], kind: IdKind, known: ReadonlyMap<string, unknown>, notices: string[]): string[] {
  const items = raws.flatMap((raw) => raw.split(/,|%2C/i)).filter((item) => item.trim() !== '');
  if (items.length > MAX_LIST_LENGTH) {
    notices.push(`The link lists more than ${MAX_LIST_LENGTH} ${kind} filters; used the first ${MAX_LIST_LENGTH}.`);
  }
  const ids: string[] = [];
  for (const raw of items.slice(0, MAX_LIST_LENGTH)) {
    const id = readId(raw, kind, known, notices);
    if (id !== null && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Reads the single event id; a repeated key keeps the first value. */
function readEventId(raws: string[], known: ReadonlyMap<string, unknown>, notices: string[]): string | null {
  const [first] = raws;
  if (first === undefined) return null;
  if (raws.length > 1) notices.push('The link names more than one event; used the first.');
  return readId(first, 'event', known, notices);
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
    notices.push(clean === '' ? 'The search in the link held only HTML markup; ignored it.' : `The search in the link held HTML markup; searching for ${quoteForNotice(clean)} instead.`);
  }
  if (clean.length > MAX_QUERY_LENGTH) {
    notices.push(`The search in the link is too long; kept the first ${MAX_QUERY_LENGTH} characters.`);
    return clean.slice(0, MAX_QUERY_LENGTH).trim();
  }
  return clean;
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
    eventId: readEventId(params.get('event') ?? [], index.events, notices),
    personIds: readIdList(params.get('person') ?? [], 'person', index.people, notices),
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
