/**
 * `npm run screenshot [-- --reuse]`: build the explorer (or reuse dist/ with --reuse), serve it,
 * and write the README's screenshots to public/screenshots/ with the system Chromium:
 * desktop (1280 wide, light) with an event selected, and phone (360 wide, dark).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { TimelineEvent } from '../src/corpus/schema.ts';
import { readArticleFolder } from '../src/pipeline/read-folder.ts';
import { buildCorpus } from '../src/pipeline/build-corpus.ts';
import { buildApp, PROJECT_ROOT, resolveSeedsDir } from './build-app.ts';
import { launchChromium } from './chromium.ts';
import { startStaticServer } from './serve.ts';

const OUT_DIR = resolve(PROJECT_ROOT, 'public/screenshots');

interface Shot {
  file: string;
  query: string;
  colorScheme: 'light' | 'dark';
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
}

/** The showcase event: one where sources disagree if any (the tool's point), then the most reported. */
function pickShowcaseEventId(): string | null {
  const corpus = buildCorpus(readArticleFolder(resolveSeedsDir()));
  const disputed = new Set(corpus.discrepancies.map((discrepancy) => discrepancy.eventId));
  const score = (event: TimelineEvent) => (disputed.has(event.id) ? 1000 : 0) + event.sources.length;
  const [best] = [...corpus.events].sort((a, b) => score(b) - score(a));
  return best?.id ?? null;
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
    await page.evaluate(() => document.fonts.ready);
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
  const eventId = pickShowcaseEventId();
  const eventQuery = eventId ? `?event=${encodeURIComponent(eventId)}` : '';
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
      file: 'phone-dark.png',
      query: '',
      colorScheme: 'dark',
      viewport: { width: 360, height: 780 },
      deviceScaleFactor: 2,
      isMobile: true,
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
