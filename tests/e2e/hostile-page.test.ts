/**
 * A build of articles written to attack the page (tests/fixtures/hostile-page, plus an empty and
 * a binary file made here): markup, script, javascript: links and bidi overrides in the text,
 * markup in an outlet name, a javascript: URL in sources.json. All of it shows as inert text,
 * the unreadable files are listed under "Sources not loaded", and a hostile link gives notices.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../../scripts/serve.ts';
import { buildFixtureSite, type FixtureSite } from './fixture-site.ts';
import { runAxe, sourceCards, timelineRegion, watchCsp } from './support.ts';

let site: FixtureSite;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  site = await buildFixtureSite('hostile-page', {
    '03_empty.txt': '',
    '04_binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  });
  ({ browser, server } = site);
}, 180_000);
afterAll(async () => {
  await site?.close();
});

type Opened = { page: Page; close: () => Promise<void>; violations: () => Promise<string[]>; dialogs: string[] };

async function open(query = '', colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
  const context = await browser.newContext({ colorScheme, reducedMotion: 'reduce' });
  const origin = new URL(server.url).origin;
  const external: string[] = [];
  await context.route(
    (url) => url.origin !== origin && url.protocol.startsWith('http'),
    (route) => {
      external.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  const violations = await watchCsp(context, page);
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(new URL(query, server.url).href, { waitUntil: 'load' });
  await timelineRegion(page).waitFor();
  await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
  return {
    page,
    violations,
    dialogs,
    close: async () => {
      await context.close();
      expect(errors, 'uncaught errors').toEqual([]);
      expect(external, 'requests off the origin').toEqual([]);
    },
  };
}

/** What the page's scripts could have been tricked into setting. */
const xssFlag = (page: Page) => page.evaluate(() => (globalThis as unknown as { __xss?: string }).__xss ?? null);

describe('hostile article text', () => {
  test('markup, scripts and javascript: text show as text and never run', async () => {
    const { page, close, violations, dialogs } = await open();
    try {
      const cards = sourceCards(page);
      expect(await cards.count()).toBe(2);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(`<img src=x onerror="window.__xss='headline'"> Council approves bicycle lanes`);
      expect(text).toContain(
        `We will start in March <script>window.__xss='quote'</script> and finish the network by December`,
      );
      const outlet = page.getByRole('article', { name: `<b onmouseover="window.__xss='outlet'">City Times</b>` });
      expect(await outlet.count()).toBe(1);
      await outlet.hover();
      expect(await page.locator('main img, main script, main b[onmouseover], main [onerror]').count()).toBe(0);
      expect(await xssFlag(page)).toBeNull();
      expect(dialogs).toEqual([]);
      expect(await violations()).toEqual([]);
    } finally {
      await close();
    }
  });

  test('only http(s) URLs become links; a javascript: URL from sources.json is refused', async () => {
    const { page, close } = await open();
    try {
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(hrefs.filter((href) => !/^(https?:|\/|\?|#)/.test(href))).toEqual([]);
      expect(hrefs).toContain('https://example.org/council');
      const wireCard = page.getByRole('article', { name: 'Outlet not stated' });
      expect(await wireCard.getByRole('link').count()).toBe(0);
      expect(await page.locator('footer').textContent()).toMatch(
        /sources\.json: entry "02_wire.txt" ignored: url: must be an http\(s\) URL/,
      );
    } finally {
      await close();
    }
  });

  test('bidi override characters are gone from the page', async () => {
    const { page, close } = await open();
    try {
      const text = await page.locator('body').innerText();
      expect(text).toContain('in room 21A to discuss the bicycle lanes plan');
      expect(text).toContain('“The lanes will be safe for children,”');
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    } finally {
      await close();
    }
  });

  test('the files that gave no article are listed under "Sources not loaded"', async () => {
    const { page, close } = await open();
    try {
      const notice = page.getByRole('region', { name: 'Sources not loaded (2)' });
      const items = await notice.getByRole('listitem').allInnerTexts();
      expect(items).toEqual([
        '03_empty.txt: the file is empty',
        '04_binary.txt: the file holds NUL bytes: it looks binary, not text',
      ]);
    } finally {
      await close();
    }
  });
});

describe('a hostile link', () => {
  const LINK = `?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E&event=%E0%A4%A&person=%ZZ&person=${'x'.repeat(400)}&outlet=%E2%80%AEevil&unknown=1`;

  test.each(['light', 'dark'] as const)(
    'gives polite notices and a working page (%s), with no axe violations',
    async (colorScheme) => {
      const { page, close, violations } = await open(LINK, colorScheme);
      try {
        const status = page.getByRole('status');
        await status.getByRole('listitem').first().waitFor();
        const notices = await status.getByRole('listitem').allInnerTexts();
        expect(notices.join('\n')).toMatch(
          /The search in the link held HTML markup; searching for "window.__xss=1" instead\./,
        );
        expect(notices.join('\n')).toMatch(
          /The event in the link is not valid percent-encoding; showing the whole day\./,
        );
        expect(notices.join('\n')).toMatch(/The person in the link is not valid percent-encoding; ignored it\./);
        expect(notices.join('\n')).toMatch(/The person id in the link is too long; ignored it\./);
        expect(notices.join('\n')).toMatch(/Unknown outlet "evil" in the link; ignored it\./);
        // The script's words are searched as plain text: no article holds them.
        await page.getByText('0 of 2 articles match').waitFor();
        expect(await sourceCards(page).count()).toBe(0);
        expect(await xssFlag(page)).toBeNull();
        // The address bar keeps only what was used.
        expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('window.__xss=1')}`);
        expect(await violations()).toEqual([]);
        expect(await runAxe(page)).toBe('');
      } finally {
        await close();
      }
    },
  );
});
