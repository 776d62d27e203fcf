/**
 * `npm run screenshot [-- --reuse]`: build the explorer (or reuse dist/ with --reuse), serve it,
 * and write the README's tour screenshots to public/screenshots/ with the system Chromium:
 * desktop (1280 wide, light) with an event selected, desktop dark with a search, the keyboard
 * shortcuts dialog, and phone (360 wide) light and dark. Everything shown is picked from the
 * corpus by rule, so the shots stay current when the articles change.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Page } from 'playwright-core';
import type { Corpus, TimelineEvent } from '../../src/corpus/schema.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { buildApp, PROJECT_ROOT, resolveSeedsDir } from '../build/build-app.ts';
import { launchChromium } from '../chromium.ts';
import { startStaticServer } from '../serve.ts';

const OUT_DIR = resolve(PROJECT_ROOT, 'public/screenshots');

interface Shot {
  file: string;
  query: string;
  colorScheme: 'light' | 'dark';
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  /** Run after the page has loaded (open a dialog, focus a control). */
  prepare?: (page: Page) => Promise<void>;
}

/** The showcase event: one where sources disagree if any (the tool's point), then the most reported. */
function pickShowcaseEventId(corpus: Corpus): string | null {
  const disputed = new Set(corpus.discrepancies.map((discrepancy) => discrepancy.eventId));
  const score = (event: TimelineEvent) => (disputed.has(event.id) ? 1000 : 0) + event.sources.length;
  const [best] = [...corpus.events].sort((a, b) => score(b) - score(a));
  return best?.id ?? null;
}

/**
 * A search that narrows the cards without emptying them: the surname of the person named in
 * the fewest articles that still name them in more than one (else anyone's).
 */
function pickShowcaseQuery(corpus: Corpus): string {
  const counts = corpus.people.map((person) => ({
    person,
    count: corpus.articles.filter((a) => a.people.includes(person.id)).length,
  }));
  const narrowing = counts
    .filter(({ count }) => count > 1 && count < corpus.articles.length)
    .sort((a, b) => a.count - b.count);
  const person = (narrowing[0] ?? counts[0])?.person;
  return person?.name.split(/\s+/).pop() ?? '';
}

async function takeShot(browser: Browser, baseUrl: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({
    viewport: shot.viewport,
    deviceScaleFactor: shot.deviceScaleFactor,
    isMobile: shot.isMobile,
    hasTouch: shot.isMobile,
    colorScheme: shot.colorScheme,
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    await page.goto(new URL(shot.query, baseUrl).href, { waitUntil: 'networkidle' });
    // The HTML is prerendered: wait until React has attached and applied the link's own state.
    await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
    await page.evaluate(() => document.fonts.ready);
    await shot.prepare?.(page);
    const path = resolve(OUT_DIR, shot.file);
    await page.screenshot({ path });
    console.log(`Wrote ${path}`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const reuse = process.argv.includes('--reuse') && existsSync(resolve(PROJECT_ROOT, 'dist/index.html'));
  const distDir = reuse ? resolve(PROJECT_ROOT, 'dist') : await buildApp({ quiet: true });
  const corpus = buildCorpus(readArticleFolder(resolveSeedsDir()));
  const eventId = pickShowcaseEventId(corpus);
  const eventQuery = eventId ? `?event=${encodeURIComponent(eventId)}` : '';
  const searchQuery = `?q=${encodeURIComponent(pickShowcaseQuery(corpus))}`;
  mkdirSync(OUT_DIR, { recursive: true });

  const server = await startStaticServer(distDir, 0);
  const browser = await launchChromium();
  try {
    await takeShot(browser, server.url, {
      file: 'desktop-light.png',
      query: eventQuery,
      colorScheme: 'light',
      viewport: { width: 1280, height: 860 },
      deviceScaleFactor: 1,
      isMobile: false,
    });
    await takeShot(browser, server.url, {
      file: 'desktop-dark-search.png',
      query: searchQuery,
      colorScheme: 'dark',
      viewport: { width: 1280, height: 860 },
      deviceScaleFactor: 1,
      isMobile: false,
      // Scroll the first highlighted hit into view under the timeline.
      prepare: async (page) => {
        await page.locator('article mark').first().scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, 120));
      },
    });
    await takeShot(browser, server.url, {
      file: 'keyboard-shortcuts.png',
      query: '',
      colorScheme: 'light',
      viewport: { width: 1280, height: 860 },
      deviceScaleFactor: 1,
      isMobile: false,
      prepare: async (page) => {
        await page.keyboard.press('?');
        await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      },
    });
    for (const colorScheme of ['dark', 'light'] as const) {
      await takeShot(browser, server.url, {
        file: `phone-${colorScheme}.png`,
        query: colorScheme === 'dark' ? '' : eventQuery,
        colorScheme,
        viewport: { width: 360, height: 780 },
        deviceScaleFactor: 1.5,
        isMobile: true,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
