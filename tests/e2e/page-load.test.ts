/** The first view: the day in the header, the timeline with its event controls, one card per article, nothing fetched from afar. */
import { describe, expect, test } from 'vitest';
import {
  allEventControls,
  chromiumForThisFile,
  eventControl,
  loadSeedCorpus,
  openApp,
  sourceCards,
  timelineRegion,
} from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

describe('initial page', () => {
  test('names the day in the header and shows a timeline of the events', async () => {
    const { page, close } = await openApp(browser);
    try {
      expect(await page.getByRole('banner').textContent()).toMatch(/\b6 December 2021\b/);
      await expect.poll(() => timelineRegion(page).count()).toBe(1);
      for (const event of corpus.events) {
        expect(await eventControl(page, event).count(), `timeline control for "${event.title}"`).toBeGreaterThan(0);
      }
      const titles = corpus.events.map((event) => event.title).join(' | ');
      expect(titles).toMatch(/2\+2/);
      expect(titles).toMatch(/Shoigu/);
      expect(titles).toMatch(/summit/i);
      expect(await allEventControls(page, corpus).count()).toBeGreaterThanOrEqual(corpus.events.length);
    } finally {
      await close();
    }
  });

  test('paints the prerendered page before it fetches the app’s code and corpus, then starts the app', async () => {
    const { page, close } = await openApp(browser);
    try {
      const { firstPaint, requests } = await page.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        requests: performance
          .getEntriesByType('resource')
          .map((entry) => ({ name: new URL(entry.name).pathname, startTime: entry.startTime })),
      }));
      expect(firstPaint).not.toBeNull();
      const boot = requests.filter((request) => /^\/assets\/boot-[\w-]+\.js$/.test(request.name));
      const app = requests.filter((request) => /^\/assets\/(index-[\w-]+\.js|corpus-[\w-]+\.json)$/.test(request.name));
      expect(boot, 'the boot script, fetched with the page').toHaveLength(1);
      expect(app.map((request) => request.name.replace(/-[\w-]+\./, '.')).sort()).toEqual([
        '/assets/corpus.json',
        '/assets/index.js',
      ]);
      for (const request of app) expect(request.startTime, request.name).toBeGreaterThanOrEqual(firstPaint!);
      // And the app did start (openApp waited for it): React hydrated the page.
      expect(await page.locator('#root[data-interactive]').count()).toBe(1);
    } finally {
      await close();
    }
  });

  test('shows one card per article, headed by its outlet or "Outlet not stated"', async () => {
    const { page, close } = await openApp(browser);
    try {
      const cards = sourceCards(page);
      expect(await cards.count()).toBe(corpus.articles.length);
      const headings = await Promise.all(
        (await cards.all()).map(async (card) => (await card.getByRole('heading').first().textContent()) ?? ''),
      );
      const unstated = corpus.articles.filter((article) => article.outlet === null);
      expect(headings.filter((text) => /Outlet not stated/i.test(text))).toHaveLength(unstated.length);
      for (const article of corpus.articles) {
        if (article.outlet) expect(headings.some((text) => text.includes(article.outlet!.name))).toBe(true);
      }
      expect(headings.join(' | ')).toMatch(/Jagran/);
    } finally {
      await close();
    }
  });

  test('each card lists the events its article reports', async () => {
    const { page, close } = await openApp(browser);
    try {
      const cards = await sourceCards(page).all();
      const listed = await Promise.all(cards.map(async (card) => (await card.textContent()) ?? ''));
      for (const article of corpus.articles) {
        const titles = article.events.map((id) => corpus.events.find((event) => event.id === id)?.title ?? id);
        const match = listed.some((text) => titles.every((title) => text.includes(title)));
        expect(match, `a card listing ${titles.join(', ')} (${article.file})`).toBe(true);
      }
    } finally {
      await close();
    }
  });

  test('makes no request beyond 127.0.0.1 while loading and using the page', async () => {
    const { page, externalRequests, close } = await openApp(browser);
    try {
      await page.waitForLoadState('networkidle');
      const first = allEventControls(page, corpus).first();
      await first.focus();
      await page.keyboard.press('Enter');
      await page.waitForLoadState('networkidle');
      expect(externalRequests, `requests that left 127.0.0.1:\n${externalRequests.join('\n')}`).toEqual([]);
    } finally {
      await close();
    }
  });
});
