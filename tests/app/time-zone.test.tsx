import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { selectDay, selectDisplayDay } from '../../src/app/selectors/day.ts';
import { formatInstantInDay, formatWindow, getDayEndLabelMs } from '../../src/app/shared/format-window.ts';
import { parseUrlState, stringifyUrlState, DEFAULT_URL_STATE } from '../../src/app/store/url-state.ts';
import { createZonedTicks } from '../../src/app/timeline/time-scale.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

describe('tz= in the URL', () => {
  test.each<[string, string, string, string[]]>([
    ['absent', '', 'corpus', []],
    ['utc', '?tz=utc', 'utc', []],
    ['case does not matter', '?tz=LOCAL', 'local', []],
    ['the default spelled out', '?tz=corpus', 'corpus', []],
    ['unknown', '?tz=mars', 'corpus', ['Unknown time zone "mars" in the link; showing times in the corpus zone.']],
    ['markup', '?tz=%3Cb%3E', 'corpus', ['Unknown time zone "<b>" in the link; showing times in the corpus zone.']],
  ])('%s: %s', (_name, search, tz, notices) => {
    const result = parseUrlState(search, appCorpus);
    expect(result.state.tz).toBe(tz);
    expect(result.notices).toEqual(notices);
  });

  test.each(['corpus', 'utc', 'local'] as const)('round trip: %s (the default is left out)', (tz) => {
    const search = stringifyUrlState({ ...DEFAULT_URL_STATE, tz, q: 'kerry' });
    expect(search).toBe(tz === 'corpus' ? '?q=kerry' : `?q=kerry&tz=${tz}`);
    expect(parseUrlState(search, appCorpus).state.tz).toBe(tz);
  });
});

describe('times in the chosen zone', () => {
  const day = selectDay(appCorpus);

  test('the display day keeps the corpus range and names the chosen zone', () => {
    const utc = selectDisplayDay(appCorpus, 'utc', null);
    expect(utc.range).toEqual(day.range);
    expect([utc.timeZone, utc.zoneLabel]).toEqual(['UTC', 'UTC']);
    expect(selectDisplayDay(appCorpus, 'local', 'Asia/Kolkata').zoneLabel).toBe('IST');
    // The reader's zone not known yet (server render, first paint): the corpus zone.
    expect(selectDisplayDay(appCorpus, 'local', null).timeZone).toBe('America/New_York');
    expect(selectDisplayDay(appCorpus, 'local', 'Not/AZone').timeZone).toBe('America/New_York');
  });

  test('a window reads 00:00–24:00 in the corpus zone and names weekdays where the date differs', () => {
    expect(formatWindow(day.range[0], day.range[1], day)).toBe('00:00–24:00 EDT');
    // A moment (a happening at a stated clock time) is one time, not "04:17–04:17".
    expect(formatWindow(Date.parse('2016-04-22T04:17:00-04:00'), Date.parse('2016-04-22T04:17:00-04:00'), day)).toBe(
      '04:17 EDT',
    );
    const utc = selectDisplayDay(appCorpus, 'utc', null);
    expect(formatWindow(day.range[0], day.range[1], utc)).toBe('Fri 04:00–Sat 04:00 UTC');
    const tokyo = selectDisplayDay(appCorpus, 'local', 'Asia/Tokyo');
    expect(
      formatWindow(Date.parse('2016-04-22T10:00:00-04:00'), Date.parse('2016-04-22T11:00:00-04:00'), tokyo),
    ).toMatch(/^Fri 23:00–Sat 00:00 (JST|GMT\+9)$/);
    expect(formatInstantInDay(Date.parse('2016-04-22T10:00:00-04:00'), utc)).toBe('14:00');
  });

  test('axis ticks fall on round hours of the chosen zone; 24:00 only where the day ends at midnight', () => {
    const kolkata = selectDisplayDay(appCorpus, 'local', 'Asia/Kolkata');
    const ticks = createZonedTicks(day.range, kolkata.timeZone, 8, getDayEndLabelMs(kolkata));
    expect(ticks.every((tick) => /^\d\d:(00|30)$/.test(tick.label))).toBe(true);
    expect(ticks.map((tick) => tick.label)).toContain('12:00');
    expect(getDayEndLabelMs(kolkata)).toBeUndefined();
    expect(getDayEndLabelMs(day)).toBe(day.range[1]);
  });
});

describe('the "Time zone" control', () => {
  test('switches card times, the header and the event detail to UTC', async () => {
    const { user, store } = renderExplorer({ eventId: 'ban-ki-moon-john-kerry-signing' });
    const card = screen.getByRole('article', { name: 'The Guardian' });
    expect(within(card).getByText('22 Apr 2016, 14:05 EDT')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time zone' }), 'UTC');
    expect(store.getState().tz).toBe('utc');
    expect(within(card).getByText('22 Apr 2016, 18:05 UTC')).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('Times in UTC');
    const detail = screen.getByRole('region', { name: 'Signing of the Paris Agreement' });
    expect(detail.textContent).toMatch(/\d\d:\d\d UTC/);
    expect(detail.textContent).not.toMatch(/EDT/);
  });

  test('offers the reader’s own zone once the app has read it', () => {
    const { store } = renderExplorer({ tz: 'local' });
    expect(store.getState().localTimeZone).not.toBeNull();
    const options = within(screen.getByRole('combobox', { name: 'Time zone' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Articles (EDT)',
      'UTC',
      expect.stringMatching(new RegExp(`^Your zone \\(.+, ${store.getState().localTimeZone}\\)$`)),
    ]);
  });
});
