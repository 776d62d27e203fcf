/** Exports carry the fact-check: order, each bound's basis, where sources differ, and what the file reflects. */
import { describe, expect, test } from 'vitest';
import { selectExportSelection } from '../../src/app/export/export-selection.ts';
import { describeExportView, type ExportViewInput } from '../../src/app/export/export-view.ts';
import { CSV_COLUMNS, serializeSelectionCsv } from '../../src/app/export/to-csv.ts';
import { serializeEventsIcs } from '../../src/app/export/to-ics.ts';
import { serializeSelectionJson } from '../../src/app/export/to-json.ts';
import { selectDay } from '../../src/app/selectors/day.ts';
import { selectVisibleArticles } from '../../src/app/selectors/visible-articles.ts';
import { formatWindow } from '../../src/app/shared/format-window.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { parseCsv } from './read-csv.ts';

const seeds = buildCorpus(readArticleFolder('seeds'));
const day = selectDay(seeds);
const eventByTitle = (pattern: RegExp) => seeds.events.find((event) => pattern.test(event.title))!;
const meeting = eventByTitle(/Meeting of Rajnath Singh/);
const dialogue = eventByTitle(/2\+2/);
const summit = eventByTitle(/Summit/);
const stamped = seeds.articles.find((article) => /18:38/.test(article.published ?? ''))!;
const sns = seeds.outlets.find((outlet) => outlet.name === 'SNS')!;
const snsArticles = selectVisibleArticles(seeds, [], [sns.id], null);

const viewInput = (input: Partial<ExportViewInput>): ExportViewInput => ({
  ...{ scope: 'on-screen', q: '', personIds: [], outletIds: [], eventId: null, timeZone: day.timeZone },
  ...{ range: day.range, dayRange: day.range, formatRange: (range) => formatWindow(range[0], range[1], day) },
  ...input,
});
const everything = selectExportSelection(seeds, snsArticles, day.range, 'everything');
const everythingView = describeExportView(seeds, everything, viewInput({ scope: 'everything', outletIds: [sns.id] }));

function csvOf(selection = everything, view = everythingView) {
  const [header, ...rows] = parseCsv(serializeSelectionCsv(selection, seeds, { formatWindow: () => '', view }));
  const column = (name: (typeof CSV_COLUMNS)[number]) => header!.indexOf(name);
  const cell = (eventId: string, name: (typeof CSV_COLUMNS)[number]) =>
    rows.find((row) => row[column('event_id')] === eventId)![column(name)]!;
  return { rows, column, cell };
}

describe('exports carry the evidence (seeds)', () => {
  test('rows follow the timeline: the meeting, then the 2+2 dialogue, then the summit', () => {
    const { rows, column } = csvOf();
    const eventOrder = [...new Set(rows.map((row) => row[column('event_id')]).filter(Boolean))];
    expect(eventOrder.indexOf(meeting.id)).toBeLessThan(eventOrder.indexOf(dialogue.id));
    expect(eventOrder.indexOf(dialogue.id)).toBeLessThan(eventOrder.indexOf(summit.id));
    const steps = eventOrder.map((id) => Number(rows.find((row) => row[0] === id)![column('reported_order')]));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  test('headline is the article’s own headline, never its first sentence; wires are named in full', () => {
    const { rows, column } = csvOf();
    for (const article of seeds.articles) {
      const row = rows.find((candidate) => candidate[column('article_id')] === article.id)!;
      expect(row[column('headline')]).toBe(article.headline ?? '');
      expect(row[column('lede')]).toBe(article.lede);
    }
    expect(seeds.articles.filter((article) => article.headline === null).length).toBeGreaterThan(0);
    const ani = seeds.articles.find((article) => article.wires.some((wire) => wire.name === 'ANI'))!;
    const aniRow = rows.find((candidate) => candidate[column('article_id')] === ani.id)!;
    expect(aniRow[column('wires')]).toContain('ANI (Asian News International)');
  });

  test('each bound gives its basis and the sentence it was read from', () => {
    const { cell } = csvOf();
    expect(cell(meeting.id, 'end_basis')).toMatch(/^Reported as past in an article published 18:38/);
    const source = meeting.timeBasis.end.source!;
    const sentence = stamped.text.slice(source.start, source.end).replace(/\s+/g, ' ').trim();
    expect(cell(meeting.id, 'end_basis')).toContain(`: “`);
    expect(cell(meeting.id, 'end_basis')).toContain(sentence.slice(0, 40));
    expect(cell(meeting.id, 'start_basis')).toMatch(/^No earlier bound is reported/);
  });

  test('reported order and the sentence that gives it', () => {
    const { cell } = csvOf();
    const after = cell(dialogue.id, 'reported_after');
    expect(after).toMatch(/^after “Meeting of Rajnath Singh and Sergey Shoigu” \(.+: “.+”\)$/);
    expect(cell(meeting.id, 'reported_after')).toBe('');
  });

  test('"sources differ" names the point and each source’s side with its sentence', () => {
    const lines = csvOf().cell(meeting.id, 'sources_differ').split('\n');
    expect(lines[0]).toMatch(/^Sources disagree on the day of “Meeting of Rajnath Singh and Sergey Shoigu”/);
    expect(lines.some((line) => /^- .+: Sunday 5 December 2021 \(“.*Sunday.*”\)$/.test(line))).toBe(true);
    expect(lines.some((line) => /^- .+: Monday 6 December 2021 \(“.+”\)$/.test(line))).toBe(true);
    expect(csvOf().cell(summit.id, 'sources_differ')).toBe('');
  });

  test('the published basis says why a date was inferred', () => {
    const { rows, column } = csvOf();
    const inferred = rows.find((row) => row[column('published_basis')] === 'inferred')!;
    expect(inferred[column('published_basis_reason')]).toMatch(/^No date in the text; it reports/);
  });
});

describe('the export says what it reflects', () => {
  test('"everything" ignores the filters and the zoom, and says so', () => {
    const zoomed = selectExportSelection(seeds, snsArticles, [day.range[0], day.range[0] + 3_600_000], 'everything');
    expect(zoomed.events.map((event) => event.id).sort()).toEqual(seeds.events.map((event) => event.id).sort());
    expect(everything.articles).toHaveLength(seeds.articles.length);
    expect(everythingView.summary).toBe(
      'Everything: all 4 events, all 5 articles; the whole day (00:00–24:00 IST); no filters',
    );
    expect(everythingView.outletIds).toEqual([]);
  });

  test('on screen, the filters, the search and a zoomed range are named in every format', () => {
    const range = [day.range[0] + 10 * 3_600_000, day.range[0] + 14 * 3_600_000] as const;
    const selection = selectExportSelection(seeds, snsArticles, range);
    const view = describeExportView(seeds, selection, viewInput({ outletIds: [sns.id], q: 'Putin', range }));
    expect(view.summary).toBe(
      `On screen: ${selection.events.length} of 4 events, 1 of 5 articles; outlet SNS; search “Putin”; 10:00–14:00 IST (zoomed in)`,
    );
    expect(view.range).toEqual({ start: '2021-12-06T04:30:00Z', end: '2021-12-06T08:30:00Z', zoomed: true });

    const { rows, column } = csvOf(selection, view);
    expect(rows.every((row) => row[column('export_view')] === view.summary)).toBe(true);
    expect(JSON.parse(serializeSelectionJson(selection, seeds, view)).view).toEqual(view);
    const ics = serializeEventsIcs(selection, seeds, { generatedAtMs: 0, view }).replace(/\r\n /g, '');
    expect(ics).toContain('X-WR-CALDESC:On screen: ');
    expect(ics).toContain('outlet SNS\\; search “Putin”\\; 10:00–14:00 IST (zoomed in)');
  });

  test('JSON events carry their order, bounds and discrepancies; ICS descriptions too', () => {
    const parsed = JSON.parse(serializeSelectionJson(everything, seeds, everythingView));
    const json = parsed.events.find((event: { id: string }) => event.id === meeting.id);
    expect(parsed.events.map((event: { id: string }) => event.id)).toEqual(everything.events.map((event) => event.id));
    expect(json.reportedOrder.of).toBe(4);
    expect(json.timeBasis.end.quote.articleId).toBe(stamped.id);
    expect(json.sourcesDiffer[0].claims.map((claim: { value: string }) => claim.value)).toContain(
      'Sunday 5 December 2021',
    );
    const ics = serializeEventsIcs(everything, seeds, { generatedAtMs: 0, view: everythingView }).replace(/\r\n /g, '');
    const description = ics.slice(ics.indexOf(`UID:${meeting.id}@`)).match(/\r\nDESCRIPTION:(.*)\r\n/)![1]!;
    expect(description).toMatch(/^Reported order: \d of 4\\nStart: No earlier bound/);
    expect(description).toContain('\\nSources differ:\\nSources disagree on the day of');
  });
});
