/**
 * A corpus of a few hundred generated articles: the card list keeps only a window of cards in the
 * DOM, yet scrolling and Tab reach every card, and filtering still updates the list; the events'
 * own pages, too many to prerender at this size, still open the app on their event. This file
 * builds and serves its own corpus (the shared server has the five seeds, too few to window).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../scripts/build/build-app.ts';
import { PRERENDER_EVENT_PAGES_MAX_ARTICLES } from '../../scripts/build/prerender-plugin.ts';
import { generateArticles } from '../../scripts/dev/generate-articles.ts';
import { startStaticServer, type StaticServer } from '../../scripts/serve.ts';
import { chromiumForThisFile, filterGroup, gotoApp } from './support.ts';

// Above the limit for prerendering every event's page, so this build has event pages that are not.
const ARTICLES = PRERENDER_EVENT_PAGES_MAX_ARTICLES + 20;
const browser = await chromiumForThisFile();
let workDir = '';
let server: StaticServer | null = null;
let outDir = '';

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'timeline-long-list-'));
  const articlesDir = join(workDir, 'articles');
  generateArticles(articlesDir, ARTICLES, 1, 7);
  outDir = await buildApp({ outDir: join(workDir, 'dist'), seedsDir: articlesDir, quiet: true });
  server = await startStaticServer(outDir, 0);
});

afterAll(async () => {
  await server?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function openLongList(): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await gotoApp(page, '', server!.url);
  return {
    page,
    close: async () => {
      await context.close();
      expect(errors).toEqual([]);
    },
  };
}

/** The source list's items (each holds one card), in DOM order. */
function cardItems(page: Page): Locator {
  return page
    .getByRole('region', { name: 'Sources' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('article') });
}

/** The rendered items' positions in the whole list, and the list's size. */
async function renderedPositions(page: Page): Promise<{ positions: number[]; size: number }> {
  const attributes = await cardItems(page).evaluateAll((items) =>
    items.map((item) => [item.getAttribute('aria-posinset'), item.getAttribute('aria-setsize')]),
  );
  return { positions: attributes.map(([position]) => Number(position)), size: Number(attributes[0]?.[1]) };
}

/** Positions of the cards that overlap the viewport. */
async function positionsOnScreen(page: Page): Promise<number[]> {
  return cardItems(page).evaluateAll((items) =>
    items
      .filter((item) => {
        const box = item.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      })
      .map((item) => Number(item.getAttribute('aria-posinset'))),
  );
}

describe('a long card list', () => {
  test('keeps a window of cards in the DOM, and scrolling shows cards all the way down', async () => {
    const { page, close } = await openLongList();
    try {
      const first = await renderedPositions(page);
      expect(first.size).toBe(ARTICLES);
      expect(first.positions.length).toBeLessThan(60);
      expect(first.positions).toContain(ARTICLES);

      // The list's extent in the page (the views below it are long too); it changes a little as
      // cards are measured, so it is read again before each jump.
      const listExtent = () =>
        cardItems(page)
          .first()
          .evaluate((item) => {
            const box = item.parentElement!.getBoundingClientRect();
            return { top: box.top + window.scrollY, height: box.height };
          });
      expect((await listExtent()).height).toBeGreaterThan(ARTICLES * 100);
      const seen = new Set<number>();
      const viewportHeight = page.viewportSize()!.height;
      for (const fraction of [0.25, 0.5, 0.75, 1]) {
        // At 1: the list's end at the bottom of the viewport. Cards measured after a jump change the
        // list's height, so the jump is repeated until the extent holds still.
        let list = await listExtent();
        for (let jump = 0; jump < 5; jump++) {
          await page.evaluate(
            (top) => window.scrollTo(0, top),
            Math.round(Math.min(list.top + list.height * fraction, list.top + list.height - viewportHeight)),
          );
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const settled = await listExtent();
          if (settled.top === list.top && settled.height === list.height) break;
          list = settled;
        }
        const onScreen = await positionsOnScreen(page);
        // Wherever the page is scrolled within the list, cards fill it (no blank space).
        expect(onScreen.length, `cards on screen at ${fraction} of the list`).toBeGreaterThan(0);
        onScreen.forEach((position) => seen.add(position));
        expect((await renderedPositions(page)).positions.length).toBeLessThan(60);
      }
      expect(Math.max(...seen)).toBe(ARTICLES);
      expect(Math.max(...seen)).toBeGreaterThan(ARTICLES / 2);
      // The cards seen in the middle are in order: the list is not scrambled by windowing.
      expect([...seen]).toEqual([...seen].sort((a, b) => a - b));
    } finally {
      await close();
    }
  });

  test('Tab walks from card to card past the first window, and the page scrolls along', async () => {
    const { page, close } = await openLongList();
    try {
      await cardItems(page).first().getByRole('button', { name: 'Read full text' }).focus();
      const target = 30;
      let position = 1;
      for (let presses = 0; presses < 400 && position < target; presses++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const item = document.activeElement?.closest('li[aria-posinset]');
          const box = document.activeElement?.getBoundingClientRect();
          return {
            position: Number(item?.getAttribute('aria-posinset') ?? 0),
            visible: !!box && box.bottom > 0 && box.top < window.innerHeight,
          };
        });
        expect(focused.position, 'focus stays in the card list, in order').toBeGreaterThanOrEqual(position);
        expect(focused.visible).toBe(true);
        position = focused.position;
      }
      expect(position).toBe(target);
      const { positions } = await renderedPositions(page);
      expect(positions.length).toBeLessThan(60);
      expect(positions).not.toContain(2);
    } finally {
      await close();
    }
  });

  test('filtering by a person updates the list and its size', async () => {
    const { page, close } = await openLongList();
    try {
      const boxes = filterGroup(page, 'Person').getByRole('checkbox');
      const labels = await boxes.evaluateAll((inputs) =>
        inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''),
      );
      const counts = labels.map((label) => Number(/\((\d+)\)\s*$/.exec(label)?.[1] ?? 0));
      const index = counts.findIndex((count) => count > 0 && count < ARTICLES);
      expect(index).toBeGreaterThanOrEqual(0);
      await boxes.nth(index).check();
      await expect.poll(async () => (await renderedPositions(page)).size).toBe(counts[index]);
      const { positions } = await renderedPositions(page);
      expect(positions[0]).toBe(1);
      expect(positions.at(-1)).toBe(counts[index]);
    } finally {
      await close();
    }
  });

  test('an event’s page, not prerendered at this size, fetches the app beside the page and opens on its event', async () => {
    const [eventId] = await readdir(join(outDir, 'events'));
    const html = await (await fetch(`${server!.url}events/${eventId}/`)).text();
    expect(html).toContain('<div id="root"></div>');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      // Each request in the order it was sent, with who asked for it as Chromium's network domain
      // reports it ('parser' for the page's markup; a module preload reports 'script' like an import).
      const initiators = new Map<string, string>();
      const devtools = await context.newCDPSession(page);
      devtools.on('Network.requestWillBeSent', (event) =>
        initiators.set(new URL(event.request.url).pathname, event.initiator.type),
      );
      await devtools.send('Network.enable');
      await page.goto(`${server!.url}events/${eventId}/`, { waitUntil: 'load' });
      await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
      expect(new URL(page.url()).searchParams.get('event')).toBe(eventId);
      await page.getByRole('region', { name: /Timeline/ }).waitFor();
      // The app's entry and the corpus were requested by the page's own markup, not by the boot
      // script after it ran: the corpus by the parser, and the entry (a module preload, which
      // Chromium reports as a script's request) before the corpus, as its link precedes the
      // corpus's. The boot script could not have run by then. (Start times against the boot
      // script's arrival were compared once; on a busy machine the two race within a millisecond.)
      expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/index-[\w-]+\.js">/);
      const sent = [...initiators.keys()];
      const entry = sent.findIndex((path) => /^\/assets\/index-[\w-]+\.js$/.test(path));
      const corpus = sent.findIndex((path) => /^\/assets\/corpus-[\w-]+\.json$/.test(path));
      expect(initiators.get(sent[corpus]!)).toBe('parser');
      expect(entry).toBeGreaterThan(-1);
      expect(entry).toBeLessThan(corpus);
    } finally {
      await context.close();
    }
  });
});
