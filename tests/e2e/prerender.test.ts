/**
 * Content before script: the build prerenders the page and each event's page, so a reader sees the
 * timeline and the cards before (or without) any script; React then hydrates the same view without a
 * mismatch, and a link's own state (filters, search) applies after hydration.
 */
import type { ConsoleMessage } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import {
  allEventControls,
  appUrl,
  chromiumForThisFile,
  detailRegion,
  filterGroup,
  loadSeedCorpus,
  sourceCards,
  timelineRegion,
} from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

/** React's hydration complaints, and any other console error, while a page loads and settles. */
async function loadWatchingConsole(
  path: string,
): Promise<{ problems: string[]; close: () => Promise<void>; page: import('playwright-core').Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(
    (url) => url.origin !== new URL(inject('baseUrl')).origin,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const problems: string[] = [];
  const watch = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning' || /hydrat/i.test(message.text()))
      problems.push(`${message.type()}: ${message.text()}`);
  };
  page.on('console', watch);
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(appUrl(path), { waitUntil: 'load' });
  await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  return { problems, page, close: () => context.close() };
}

describe('the prerendered first view', () => {
  test('without JavaScript the page already shows the day, every event on the timeline and every card', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(appUrl(''), { waitUntil: 'load' });
      await timelineRegion(page).waitFor();
      expect(await allEventControls(page, corpus).count()).toBe(corpus.events.length);
      expect(await sourceCards(page).count()).toBe(corpus.articles.length);
      expect(await page.locator('#root').getAttribute('data-interactive')).toBeNull();
    } finally {
      await context.close();
    }
  });

  test('an event’s page is prerendered with that event selected', async () => {
    const event = corpus.events[1]!;
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(appUrl(`events/${encodeURIComponent(event.id)}/`), { waitUntil: 'load' });
      await detailRegion(page, event).waitFor();
    } finally {
      await context.close();
    }
  });

  test.each([
    ['the page', ''],
    ['an event’s page', `events/${encodeURIComponent(corpus.events[0]!.id)}/`],
  ])('%s hydrates without a mismatch or any console error', async (_name, path) => {
    const { problems, close } = await loadWatchingConsole(path);
    try {
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a link’s filters and event apply after hydration, and the page then responds to input', async () => {
    const event = corpus.events[2]!;
    const person = corpus.people[0]!;
    const { problems, page, close } = await loadWatchingConsole(
      `?event=${encodeURIComponent(event.id)}&person=${encodeURIComponent(person.id)}`,
    );
    try {
      expect(problems).toEqual([]);
      await detailRegion(page, event).waitFor();
      expect(
        await filterGroup(page, 'Person')
          .getByRole('checkbox', { name: new RegExp(person.name) })
          .isChecked(),
      ).toBe(true);
      expect(new URL(page.url()).searchParams.get('event')).toBe(event.id);
      await filterGroup(page, 'Person')
        .getByRole('checkbox', { name: new RegExp(person.name) })
        .uncheck();
      await expect.poll(() => new URL(page.url()).searchParams.get('person')).toBeNull();
    } finally {
      await close();
    }
  });
  test.each([
    { width: 360, height: 780 },
    { width: 1280, height: 900 },
  ])(
    'at $width px nothing moves when the app starts: the timeline is laid out as the HTML had it',
    async (viewport) => {
      const eventBoxes = async (page: import('playwright-core').Page) =>
        allEventControls(page, corpus).evaluateAll((controls) =>
          controls
            .map((control) => control.getBoundingClientRect())
            .filter((rect) => rect.width > 0)
            .map((rect) => [rect.left, rect.top, rect.width, rect.height].map(Math.round)),
        );
      const withoutScript = await browser.newContext({ viewport, javaScriptEnabled: false });
      const withScript = await browser.newContext({ viewport });
      try {
        const prerendered = await withoutScript.newPage();
        await prerendered.goto(appUrl(''), { waitUntil: 'load' });
        const before = await eventBoxes(prerendered);
        expect(before).toHaveLength(corpus.events.length);

        const page = await withScript.newPage();
        await page.goto(appUrl(''), { waitUntil: 'load' });
        await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
        expect(await eventBoxes(page)).toEqual(before);
        // And the browser saw no layout shift at all from navigation to here.
        const shift = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) =>
                resolve(
                  list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0),
                ),
              ).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(0), 200);
            }),
        );
        expect(shift).toBe(0);
      } finally {
        await withoutScript.close();
        await withScript.close();
      }
    },
  );
  test('a filter ticked and a search typed before the app has started apply once it has', async () => {
    const person = corpus.people.find((candidate) =>
      corpus.articles.some((article) => !article.people.includes(candidate.id)),
    )!;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      // Hold the app's code back until the reader has acted on the prerendered page.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(appUrl(''), { waitUntil: 'load' });
      const checkbox = filterGroup(page, 'Person').getByRole('checkbox', { name: new RegExp(`^${person.name}`) });
      await checkbox.click();
      await page.getByRole('searchbox', { name: 'Search articles' }).fill('Russia');
      expect(await page.locator('#root[data-interactive]').count()).toBe(0);
      // Not ticked natively: the app has not got it yet.
      expect(await checkbox.isChecked()).toBe(false);

      release();
      await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
      await expect.poll(() => checkbox.isChecked()).toBe(true);
      const params = new URL(page.url()).searchParams;
      expect(params.get('person')).toBe(person.id);
      expect(params.get('q')).toBe('Russia');
      expect(await page.getByRole('searchbox', { name: 'Search articles' }).inputValue()).toBe('Russia');
      // The cards follow the filter: fewer than all, each one the person's.
      await expect.poll(() => sourceCards(page).count()).toBeLessThan(corpus.articles.length);
    } finally {
      await context.close();
    }
  });
});
