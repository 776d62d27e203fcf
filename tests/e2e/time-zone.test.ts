/** The "Time zone" control: every time on the page follows it, and the URL keeps the choice. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  allEventControls,
  chromiumForThisFile,
  currentParams,
  loadSeedCorpus,
  openApp,
  sourceCards,
  timelineRegion,
} from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

/** Every time the page shows: axis labels, the visible range, event names, card times. */
async function shownTimes(page: Page) {
  const region = timelineRegion(page);
  return {
    ticks: await region.locator('svg text').allTextContents(),
    range: (await region.getByText(/^Showing/).textContent()) ?? '',
    events: await Promise.all(
      (await allEventControls(page, corpus).all()).map((control) => control.getAttribute('aria-label')),
    ),
    cards: await sourceCards(page).locator('time').allTextContents(),
  };
}

const zoneSelect = (page: Page) => page.getByRole('combobox', { name: 'Time zone' });

describe('time zone', () => {
  test('defaults to the corpus zone; UTC and the reader’s zone change every time and the URL', async () => {
    const { page, close } = await openApp(browser, '', { timezoneId: 'America/New_York' });
    try {
      expect(corpus.day.timeZone).toBe('Asia/Kolkata');
      const ist = await shownTimes(page);
      expect(ist.range).toMatch(/00:00–24:00 IST/);
      expect(ist.ticks).toContain('12:00');
      expect(ist.cards.length).toBeGreaterThan(0);
      for (const name of ist.events) expect(name).toMatch(/ IST,/);

      await zoneSelect(page).selectOption('utc');
      await expect.poll(() => currentParams(page).get('tz')).toBe('utc');
      const utc = await shownTimes(page);
      // The IST day starts at 18:30 UTC on the Sunday before.
      expect(utc.range).toMatch(/Sun 18:30–Mon 18:30 UTC/);
      expect(utc.ticks).not.toContain('24:00');
      for (const name of utc.events) expect(name).toMatch(/ UTC,/);
      // Dates without a clock time stay the calendar date; every clock time is in UTC.
      const clocked = utc.cards.filter((time) => /\d\d:\d\d/.test(time));
      expect(clocked.length).toBe(
        corpus.articles.filter((article) => /T\d\d:\d\d/.test(article.published ?? '')).length,
      );
      for (const time of clocked) expect(time).toMatch(/ UTC$/);

      await zoneSelect(page).selectOption('local');
      await expect.poll(() => currentParams(page).get('tz')).toBe('local');
      const local = await shownTimes(page);
      expect(local.range).toMatch(/Sun 13:30–Mon 13:30 EST/);
      for (const name of local.events) expect(name).toMatch(/ EST,/);
      expect(await zoneSelect(page).locator('option:checked').textContent()).toMatch(/America\/New_York/);

      await page.goBack();
      await expect.poll(() => currentParams(page).get('tz')).toBe('utc');
      await expect.poll(async () => (await shownTimes(page)).range).toMatch(/UTC/);
      expect(await zoneSelect(page).inputValue()).toBe('utc');
    } finally {
      await close();
    }
  });

  test('a link with tz=utc opens in UTC, with the selected event’s times too', async () => {
    const event = corpus.events[0]!;
    const { page, close } = await openApp(browser, `?event=${encodeURIComponent(event.id)}&tz=utc`);
    try {
      expect(await zoneSelect(page).inputValue()).toBe('utc');
      const detail = page.getByRole('region', { name: event.title, exact: true });
      expect(await detail.textContent()).toMatch(/\d\d:\d\d UTC/);
      expect(await detail.textContent()).not.toMatch(/IST/);
    } finally {
      await close();
    }
  });
});
