import type { Corpus } from '../../corpus/schema.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { formatCount } from '../shared/format-day.ts';
import type { TimeRange } from '../shared/time-range.ts';
import type { ExportScope, ExportSelection } from './export-selection.ts';

/** What an export reflects, recorded in the file: the scope, the filters, the range, and all of it in words. */
export type ExportView = {
  scope: ExportScope;
  /** "On screen: 2 of 4 events, 1 of 5 articles; outlet SNS; 10:00–14:00 IST (zoomed in)" */
  summary: string;
  q: string;
  personIds: string[];
  outletIds: string[];
  eventId: string | null;
  timeZone: string;
  /** The time range the events were cut to, in UTC; `zoomed` when narrower than the day. */
  range: { start: string; end: string; zoomed: boolean };
};

export type ExportViewInput = {
  scope: ExportScope;
  q: string;
  personIds: readonly string[];
  outletIds: readonly string[];
  eventId: string | null;
  timeZone: string;
  /** The visible range, and the whole day's (both in the shown zone's terms, as epoch ms). */
  range: TimeRange;
  dayRange: TimeRange;
  /** A range as the page shows it ("10:00–14:00 IST"). */
  formatRange: (range: TimeRange) => string;
};

const toUtcIso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** "2 of 4 events" or, when nothing is left out, "all 4 events". */
function countOf(shown: number, total: number, noun: string): string {
  return shown === total ? `all ${formatCount(total, noun)}` : `${shown} of ${formatCount(total, noun)}`;
}

/** The view an export was made from, named for a reader who opens the file a week later. */
export function describeExportView(corpus: Corpus, selection: ExportSelection, input: ExportViewInput): ExportView {
  const everything = input.scope === 'everything';
  const range = everything ? input.dayRange : input.range;
  const zoomed = !everything && (range[0] > input.dayRange[0] || range[1] < input.dayRange[1]);
  const filters = {
    q: everything ? '' : input.q.trim(),
    personIds: everything ? [] : [...input.personIds],
    outletIds: everything ? [] : [...input.outletIds],
  };
  const index = getCorpusIndex(corpus);
  const nameList = (label: string, ids: readonly string[], nameOf: (id: string) => string | undefined) =>
    ids.length === 0 ? [] : [`${label} ${ids.map((id) => nameOf(id) ?? id).join(' or ')}`];
  const parts = [
    `${countOf(selection.events.length, corpus.events.length, 'event')}, ${countOf(selection.articles.length, corpus.articles.length, 'article')}`,
    ...nameList('person', filters.personIds, (id) => index.people.get(id)?.name),
    ...nameList('outlet', filters.outletIds, (id) => index.outlets.get(id)?.name),
    ...(filters.q === '' ? [] : [`search “${filters.q}”`]),
    zoomed ? `${input.formatRange(range)} (zoomed in)` : `the whole day (${input.formatRange(range)})`,
  ];
  const noFilters = filters.personIds.length + filters.outletIds.length === 0 && filters.q === '';
  const summary = `${everything ? 'Everything' : 'On screen'}: ${parts.join('; ')}${noFilters ? '; no filters' : ''}`;
  return {
    scope: input.scope,
    summary,
    ...filters,
    eventId: input.eventId,
    timeZone: input.timeZone,
    range: { start: toUtcIso(range[0]), end: toUtcIso(range[1]), zoomed },
  };
}
