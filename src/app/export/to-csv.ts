/**
 * The selection as CSV (RFC 4180): one row per event and reporting article, events in the
 * timeline's order, then a row for each article that reports no selected event. Article text is
 * untrusted, so a cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an
 * apostrophe. The columns added later (the evidence, the corrections, the view) come after the
 * first twelve, so a reader that counts columns still finds those where they were.
 */
import type { Corpus } from '../../corpus/schema.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { formatWireName } from '../shared/article-label.ts';
import { correctionsOf } from '../shared/corrections.ts';
import { formatCorrectionLines } from './correction-text.ts';
import {
  describeEventEvidence,
  formatAfterLines,
  formatBoundEvidence,
  formatSourcesDifferLines,
} from './event-evidence.ts';
import type { ExportSelection } from './export-selection.ts';
import type { ExportView } from './export-view.ts';

export const CSV_COLUMNS = [
  'event_id',
  'event_title',
  'event_start_utc',
  'event_end_utc',
  'event_window',
  'place',
  'article_id',
  'outlet',
  'headline',
  'published',
  'url',
  'file',
  'published_basis',
  'event_corrections',
  'article_corrections',
  'reported_order',
  'reported_after',
  'start_basis',
  'end_basis',
  'sources_differ',
  'published_basis_reason',
  'lede',
  'wires',
  'export_view',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** One CSV cell: formula-safe, quoted when it holds a comma, quote or line break. */
export function toCsvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** ISO in UTC ("2021-12-06T13:08:00Z"), or the input when it does not parse. */
function toUtcIso(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A subject's corrections in one cell, one per line; '' when it has none. */
function correctionsCell(corpus: Corpus, subject: 'event' | 'article', id: string): string {
  return formatCorrectionLines(correctionsOf(corpus, subject, id)).join('\n');
}

type CsvOptions = {
  /** An event's window in the zone the reader chose. */
  formatWindow: (startIso: string, endIso: string) => string;
  /** What the export reflects; its summary fills the last column of every row. */
  view: ExportView;
};

/** The CSV text. `headline` is the article's own headline ('' when it has none; `lede` is its first sentence). */
export function serializeSelectionCsv(selection: ExportSelection, corpus: Corpus, options: CsvOptions): string {
  const index = getCorpusIndex(corpus);
  const visible = new Set(selection.articles.map((article) => article.id));
  const rows: Row[] = [];
  const articleCells = (articleId: string) => {
    const article = index.articles.get(articleId);
    return {
      article_id: articleId,
      outlet: article?.outlet?.name ?? 'Outlet not stated',
      headline: article?.headline ?? '',
      lede: article?.lede ?? '',
      wires: (article?.wires ?? []).map(formatWireName).join('; '),
      published: article?.published ?? '',
      url: article?.url ?? '',
      file: article?.file ?? '',
      published_basis: article?.publishedBasis.kind ?? '',
      published_basis_reason: article?.publishedBasis.reason ?? '',
      article_corrections: correctionsCell(corpus, 'article', articleId),
      export_view: options.view.summary,
    };
  };
  const reported = new Set<string>();
  for (const event of selection.events) {
    const evidence = describeEventEvidence(corpus, selection, event);
    const eventCells = {
      event_id: event.id,
      event_title: event.title,
      event_start_utc: toUtcIso(event.start),
      event_end_utc: toUtcIso(event.end),
      event_window: options.formatWindow(event.start, event.end),
      place: event.place ?? '',
      event_corrections: correctionsCell(corpus, 'event', event.id),
      reported_order: evidence.step === null ? '' : String(evidence.step),
      reported_after: formatAfterLines(evidence).join('\n'),
      start_basis: formatBoundEvidence(evidence.start),
      end_basis: formatBoundEvidence(evidence.end),
      sources_differ: formatSourcesDifferLines(evidence).join('\n'),
    };
    for (const articleId of new Set(event.sources.map((source) => source.articleId))) {
      if (!visible.has(articleId)) continue;
      reported.add(articleId);
      rows.push({ ...eventCells, ...articleCells(articleId) });
    }
  }
  const noEvent = {
    event_id: '',
    event_title: '',
    event_start_utc: '',
    event_end_utc: '',
    event_window: '',
    place: '',
    event_corrections: '',
    reported_order: '',
    reported_after: '',
    start_basis: '',
    end_basis: '',
    sources_differ: '',
  };
  for (const article of selection.articles) {
    if (!reported.has(article.id)) rows.push({ ...noEvent, ...articleCells(article.id) });
  }
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((column) => toCsvCell(row[column])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
