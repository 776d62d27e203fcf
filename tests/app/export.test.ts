import { describe, expect, test } from 'vitest';
import { selectDay } from '../../src/app/selectors/day.ts';
import { selectExportSelection } from '../../src/app/export/export-selection.ts';
import { CSV_COLUMNS, serializeSelectionCsv, toCsvCell } from '../../src/app/export/to-csv.ts';
import { escapeIcsText, foldIcsLine, serializeEventsIcs, toIcsUtc } from '../../src/app/export/to-ics.ts';
import { serializeSelectionJson } from '../../src/app/export/to-json.ts';
import { describeExportView, type ExportViewInput } from '../../src/app/export/export-view.ts';
import type { Corpus } from '../../src/corpus/schema.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';
import { parseCsv } from './read-csv.ts';

const day = selectDay(appCorpus);
const all = selectExportSelection(appCorpus, appCorpus.articles, day.range);
const UNFILTERED: ExportViewInput = {
  ...{ scope: 'on-screen', q: '', personIds: [], outletIds: [], eventId: null, timeZone: 'UTC' },
  ...{ range: day.range, dayRange: day.range, formatRange: () => 'the day' },
};
const VIEW = describeExportView(appCorpus, all, UNFILTERED);
const csvOptions = (formatWindow: (startIso: string, endIso: string) => string = () => '') => ({
  formatWindow,
  view: VIEW,
});
const SIGNING = 'ban-ki-moon-john-kerry-signing';
const PRESS = 'ban-ki-moon-segolene-royal-press-conference';

const RETITLE_NOTE = 'The UN calls it the signing, not a ceremony';
const REDATE_NOTE = 'Reuters stamp read a day early';

/** The fixture after an editor's corrections.json: the signing retitled and placed, Reuters redated, a name merged. */
const corrected: Corpus = {
  ...appCorpus,
  articles: appCorpus.articles.map((article) =>
    article.id === 'reuters-accord'
      ? { ...article, publishedBasis: { kind: 'corrected', reason: REDATE_NOTE, span: null } }
      : article,
  ),
  corrections: [
    {
      entry: 'people[0]',
      subject: 'person',
      subjectId: 'segolene-royal',
      action: 'merge',
      mergedIds: ['segolene-royale'],
      changes: [{ field: 'name', extracted: 'Ségolène Royal / Segolene Royale', corrected: 'Ségolène Royal' }],
      note: 'One minister, two spellings',
    },
    {
      entry: 'articles.001_reuters.txt',
      subject: 'article',
      subjectId: 'reuters-accord',
      action: 'edit',
      mergedIds: [],
      changes: [{ field: 'published', extracted: '2016-04-21', corrected: '2016-04-22' }],
      note: REDATE_NOTE,
    },
    {
      entry: 'events[0]',
      subject: 'event',
      subjectId: SIGNING,
      action: 'edit',
      mergedIds: [],
      changes: [{ field: 'title', extracted: 'Paris ceremony', corrected: 'Signing of the Paris Agreement' }],
      note: RETITLE_NOTE,
    },
    {
      entry: 'events[1]',
      subject: 'event',
      subjectId: SIGNING,
      action: 'edit',
      mergedIds: [],
      changes: [{ field: 'place', extracted: null, corrected: 'General Assembly hall, United Nations' }],
      note: 'The Guardian names the hall',
    },
    {
      entry: 'events[2]',
      subject: 'event',
      subjectId: 'kerry-granddaughter-happening',
      action: 'remove',
      mergedIds: [],
      changes: [{ field: 'title', extracted: 'Kerry granddaughter on lap', corrected: null }],
      note: 'Not an event of the day',
    },
  ],
};
const correctedAll = selectExportSelection(corrected, corrected.articles, day.range);
const SIGNING_CORRECTED = [
  `Corrected: ${RETITLE_NOTE} (title was “Paris ceremony”)`,
  'Corrected: The Guardian names the hall (place was not found)',
];
const REUTERS_CORRECTED = `Corrected: ${REDATE_NOTE} (date was “2016-04-21”)`;

describe('the export selection', () => {
  test('holds the events the visible articles report, inside the visible range', () => {
    expect(all.events.map((event) => event.id).sort()).toEqual([PRESS, SIGNING].sort());
    const blogOnly = selectExportSelection(
      appCorpus,
      appCorpus.articles.filter((a) => a.id === 'blog-royal'),
      day.range,
    );
    expect(blogOnly.events.map((event) => event.id)).toEqual([PRESS]);
    // A view zoomed to the small hours shows neither event.
    const night = selectExportSelection(appCorpus, appCorpus.articles, [day.range[0], day.range[0] + 3 * 3_600_000]);
    expect(night.events).toEqual([]);
  });
});

describe('CSV', () => {
  test.each<[string, string]>([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['@cmd', "'@cmd"],
  ])('cell %j is written %j', (value, expected) => {
    expect(toCsvCell(value)).toBe(expected);
  });

  test('one row per event and reporting article, read back intact', () => {
    const text = serializeSelectionCsv(
      all,
      appCorpus,
      csvOptions((start, end) => `${start}/${end}`),
    );
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    const pairs = rows.map((row) => `${row[0]}|${row[6]}`).sort();
    expect(pairs).toEqual(
      [
        `${SIGNING}|guardian-signing`,
        `${SIGNING}|reuters-accord`,
        `${PRESS}|reuters-accord`,
        `${PRESS}|blog-royal`,
      ].sort(),
    );
    const guardian = rows.find((row) => row[6] === 'guardian-signing')!;
    expect(guardian.slice(1, 6)).toEqual([
      'Signing of the Paris Agreement',
      '2016-04-22T12:30:00Z',
      '2016-04-22T18:05:00Z',
      '2016-04-22T08:30:00-04:00/2016-04-22T14:05:00-04:00',
      'General Assembly hall, United Nations',
    ]);
    expect(rows.find((row) => row[6] === 'blog-royal')![7]).toBe('Outlet not stated');
  });

  test('an article that reports no selected event still gets a row', () => {
    const selection = { ...all, events: [], articles: [appCorpus.articles[0]!] };
    const [, row] = parseCsv(serializeSelectionCsv(selection, appCorpus, csvOptions()));
    expect(row![0]).toBe('');
    expect(row![6]).toBe('guardian-signing');
  });

  test('columns after the first twelve give the published basis and, per row, the event and article corrections', () => {
    expect(CSV_COLUMNS.slice(12, 15)).toEqual(['published_basis', 'event_corrections', 'article_corrections']);
    const [header, ...rows] = parseCsv(serializeSelectionCsv(correctedAll, corrected, csvOptions()));
    const cell = (eventId: string, articleId: string, column: string) =>
      rows.find((row) => row[0] === eventId && row[6] === articleId)![header!.indexOf(column)];
    expect(cell(SIGNING, 'guardian-signing', 'event_corrections')).toBe(SIGNING_CORRECTED.join('\n'));
    expect(cell(SIGNING, 'guardian-signing', 'article_corrections')).toBe('');
    expect(cell(SIGNING, 'guardian-signing', 'published_basis')).toBe('explicit');
    expect(cell(SIGNING, 'reuters-accord', 'article_corrections')).toBe(REUTERS_CORRECTED);
    expect(cell(SIGNING, 'reuters-accord', 'published_basis')).toBe('corrected');
    expect(cell(PRESS, 'reuters-accord', 'event_corrections')).toBe('');
    expect(cell(PRESS, 'reuters-accord', 'article_corrections')).toBe(REUTERS_CORRECTED);
    expect(cell(PRESS, 'blog-royal', 'published_basis')).toBe('inferred');
    // The note's comma and the line between two corrections are quoted, not split into cells.
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  test('an uncorrected corpus leaves the correction columns empty', () => {
    const [header, ...rows] = parseCsv(serializeSelectionCsv(all, appCorpus, csvOptions()));
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row[header!.indexOf('event_corrections')]).toBe('');
      expect(row[header!.indexOf('article_corrections')]).toBe('');
    }
    expect(rows.map((row) => row[header!.indexOf('published_basis')]).sort()).toEqual([
      'explicit',
      'explicit',
      'explicit',
      'inferred',
    ]);
  });
});

describe('JSON', () => {
  test('carries the view, the events with their reporting sentences, and article summaries', () => {
    const reuters = appCorpus.articles.filter((article) => article.id === 'reuters-accord');
    const selection = selectExportSelection(appCorpus, reuters, day.range);
    const view = describeExportView(appCorpus, selection, { ...UNFILTERED, q: 'kerry', outletIds: ['reuters'] });
    const parsed = JSON.parse(serializeSelectionJson(selection, appCorpus, view));
    expect(parsed.view).toEqual(view);
    expect(parsed.day.timeZone).toBe('America/New_York');
    expect(parsed.articles.map((article: { id: string }) => article.id)).toEqual(['reuters-accord']);
    const press = parsed.events.find((event: { id: string }) => event.id === PRESS);
    expect(press.sources).toHaveLength(1);
    expect(press.sources[0].sentences[0]).toMatch(/press conference/);
    expect(press.participants).toContain('Ségolène Royal');
    expect(press.corrections).toEqual([]);
    expect(parsed.articles[0].corrections).toEqual([]);
    expect(parsed.corrections).toEqual([]);
  });

  test('each event and article carries its corrections, the document those that touch the selection', () => {
    const view = VIEW;
    type Item = { id: string; corrections: unknown[]; publishedBasis?: { kind: string } };
    const parsed: { events: Item[]; articles: Item[]; corrections: unknown[] } = JSON.parse(
      serializeSelectionJson(correctedAll, corrected, view),
    );
    const byId = (items: Item[], id: string) => items.find((item) => item.id === id)!;
    const [merge, redate, retitle, place] = corrected.corrections;
    expect(byId(parsed.events, SIGNING).corrections).toEqual([retitle, place]);
    expect(byId(parsed.events, PRESS).corrections).toEqual([]);
    expect(byId(parsed.articles, 'reuters-accord').corrections).toEqual([redate]);
    expect(byId(parsed.articles, 'reuters-accord').publishedBasis?.kind).toBe('corrected');
    expect(byId(parsed.articles, 'guardian-signing').corrections).toEqual([]);
    // In the order applied; the removal of an event that is not exported is left out.
    expect(parsed.corrections).toEqual([merge, redate, retitle, place]);

    const blogOnly = selectExportSelection(
      corrected,
      corrected.articles.filter((article) => article.id === 'blog-royal'),
      day.range,
    );
    const blogParsed = JSON.parse(serializeSelectionJson(blogOnly, corrected, view));
    expect(blogParsed.corrections).toEqual([merge]);
  });
});

describe('iCalendar', () => {
  test.each<[string, string]>([
    ['a; b, c', 'a\\; b\\, c'],
    ['back\\slash', 'back\\\\slash'],
    ['one\ntwo\r\nthree', 'one\\ntwo\\nthree'],
  ])('escapes %j as %j', (value, expected) => {
    expect(escapeIcsText(value)).toBe(expected);
  });

  test('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'Ségolène Royal à l’ONU — '.repeat(8)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
  });

  test('writes a VEVENT per event with UTC times, summary, location and sources', () => {
    const text = serializeEventsIcs(all, appCorpus, { generatedAtMs: Date.UTC(2024, 0, 2, 3, 4, 5), view: VIEW });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    const signing = unfolded.slice(unfolded.indexOf(`UID:${SIGNING}`));
    expect(signing).toMatch(/DTSTAMP:20240102T030405Z\r\nDTSTART:20160422T123000Z\r\nDTEND:20160422T180500Z\r\n/);
    expect(signing).toMatch(/SUMMARY:Signing of the Paris Agreement\r\n/);
    expect(signing).toMatch(/LOCATION:General Assembly hall\\, United Nations\r\n/);
    expect(signing).toMatch(
      /DESCRIPTION:.*Sources:\\n- The Guardian: Paris climate deal signed by 175 countries at the UN <https:\/\/example\.org\/guardian\/paris-signing>/,
    );
    expect(toIcsUtc('not a date')).toBeNull();
    expect(unfolded).not.toMatch(/Corrected:/);
  });

  test("an event's DESCRIPTION has a Corrected line for each of its corrections", () => {
    const text = serializeEventsIcs(correctedAll, corrected, { generatedAtMs: 0, view: VIEW });
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const unfolded = text.replace(/\r\n /g, '');
    const description = (eventId: string) =>
      unfolded
        .slice(unfolded.indexOf(`UID:${eventId}`))
        .match(/\r\nDESCRIPTION:(.*)\r\n/)![1]!
        .split('\\n');
    const signing = description(SIGNING);
    const firstCorrected = signing.findIndex((line) => line.startsWith('Corrected:'));
    expect(signing.slice(firstCorrected, firstCorrected + 3)).toEqual([
      ...SIGNING_CORRECTED.map(escapeIcsText),
      'Sources:',
    ]);
    expect(signing[firstCorrected]).toBe(
      'Corrected: The UN calls it the signing\\, not a ceremony (title was “Paris ceremony”)',
    );
    expect(description(PRESS).filter((line) => line.startsWith('Corrected:'))).toEqual([]);
  });
});
