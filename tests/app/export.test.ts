import { describe, expect, test } from 'vitest';
import { selectDay } from '../../src/app/selectors/day.ts';
import { selectExportSelection } from '../../src/app/export/export-selection.ts';
import { CSV_COLUMNS, serializeSelectionCsv, toCsvCell } from '../../src/app/export/to-csv.ts';
import { escapeIcsText, foldIcsLine, serializeEventsIcs, toIcsUtc } from '../../src/app/export/to-ics.ts';
import { serializeSelectionJson } from '../../src/app/export/to-json.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

const day = selectDay(appCorpus);
const all = selectExportSelection(appCorpus, appCorpus.articles, day.range);
const SIGNING = 'ban-ki-moon-john-kerry-signing';
const PRESS = 'ban-ki-moon-segolene-royal-press-conference';

/** A minimal RFC 4180 reader, to check the writer by reading its output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((cell += '"'), (i += 1));
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(cell), (cell = ''));
    else if (char === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1));
    else cell += char;
  }
  return rows;
}

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
    const text = serializeSelectionCsv(all, appCorpus, (start, end) => `${start}/${end}`);
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
    const selection = { events: [], articles: [appCorpus.articles[0]!] };
    const [, row] = parseCsv(serializeSelectionCsv(selection, appCorpus, () => ''));
    expect(row![0]).toBe('');
    expect(row![6]).toBe('guardian-signing');
  });
});

describe('JSON', () => {
  test('carries the view, the events with their reporting sentences, and article summaries', () => {
    const reuters = appCorpus.articles.filter((article) => article.id === 'reuters-accord');
    const selection = selectExportSelection(appCorpus, reuters, day.range);
    const view = { q: 'kerry', personIds: [], outletIds: ['reuters'], eventId: null, timeZone: 'UTC' };
    const parsed = JSON.parse(serializeSelectionJson(selection, appCorpus, view));
    expect(parsed.view).toEqual(view);
    expect(parsed.day.timeZone).toBe('America/New_York');
    expect(parsed.articles.map((article: { id: string }) => article.id)).toEqual(['reuters-accord']);
    const press = parsed.events.find((event: { id: string }) => event.id === PRESS);
    expect(press.sources).toHaveLength(1);
    expect(press.sources[0].sentences[0]).toMatch(/press conference/);
    expect(press.participants).toContain('Ségolène Royal');
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
    const text = serializeEventsIcs(all.events, appCorpus, {
      visibleArticleIds: new Set(appCorpus.articles.map((article) => article.id)),
      generatedAtMs: Date.UTC(2024, 0, 2, 3, 4, 5),
    });
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
  });
});
