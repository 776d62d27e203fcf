/**
 * The page runs under a strict Content-Security-Policy (script-src 'self', no inline script, no
 * eval), breaks none of it while in use, and a corrupt corpus shows an error screen naming the
 * problem, never a blank page.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { startStaticServer } from '../../scripts/serve.ts';
import {
  allEventControls,
  chromiumForThisFile,
  filterGroup,
  loadSeedCorpus,
  openApp,
  runAxe,
  watchCsp,
} from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

/** Every .html file under a folder, relative paths. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

describe('Content-Security-Policy', () => {
  test('every built page carries the policy in a meta tag, and no inline script', () => {
    const dir = inject('buildDir');
    const pages = htmlFiles(dir);
    expect(pages).toContain('index.html');
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
        .exec(html)?.[1]
        ?.replace(/&#39;/g, "'");
      expect(policy, `${relative(dir, join(dir, page))} has a CSP meta`).toBeDefined();
      expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(policy).not.toMatch(/unsafe-eval|\*/);
      // Inline style attributes are allowed (the prerendered timeline's positions); inline script never.
      const scriptPolicy = /(?:^|; )script-src ([^;]*)/.exec(policy!)?.[1] ?? '';
      expect(scriptPolicy).not.toMatch(/unsafe-inline/);
      expect(policy).toMatch(/(^|; )style-src 'self' 'unsafe-inline'(;|$)/);
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
      const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs, body]) => !/\bsrc=/.test(attrs!) || body!.trim() !== '',
      );
      expect(inlineScripts.map(([tag]) => tag)).toEqual([]);
    }
  });

  test('loading and using the page violates nothing, and the watcher does catch a violation', async () => {
    const { context, page, externalRequests, close } = await openApp(browser);
    try {
      const violations = await watchCsp(context, page);
      await page.reload({ waitUntil: 'load' });
      await allEventControls(page, corpus).first().waitFor();
      await allEventControls(page, corpus).first().focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/[?&]event=/);
      await filterGroup(page, 'Person').getByRole('checkbox').first().check();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
      expect(externalRequests).toEqual([]);

      // The control case: an inline script must be refused and reported, or this test proves nothing.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
      });
      await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
      expect(await page.evaluate(() => 'inlineRan' in globalThis || '__inlineRan' in globalThis)).toBe(false);
    } finally {
      await close();
    }
  });
});

describe('a corrupt corpus', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let corpusFile: string;

  beforeAll(async () => {
    // A copy of the build whose corpus file claims a schema version the app does not know and lacks its events.
    dir = mkdtempSync(join(tmpdir(), 'corrupt-corpus-'));
    cpSync(inject('buildDir'), dir, { recursive: true });
    const assets = join(dir, 'assets');
    corpusFile = readdirSync(assets).find((file) => /^corpus-.*\.json$/.test(file))!;
    const source = readFileSync(join(assets, corpusFile), 'utf8');
    writeFileSync(
      join(assets, corpusFile),
      source.replace('{"schemaVersion":3,', '{"schemaVersion":4,').replace(/"events":\[/, '"events":"none","was":['),
    );
    server = await startStaticServer(dir, 0);
  });
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each(['light', 'dark'] as const)(
    'shows an error screen naming each problem (%s), with no axe violations',
    async (colorScheme) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(server.url, { waitUntil: 'load' });
        const heading = page.getByRole('heading', { level: 1, name: 'The corpus could not be loaded' });
        await heading.waitFor();
        const text = (await page.locator('main').textContent()) ?? '';
        expect(text).toMatch(/schemaVersion: Invalid type: Expected 3 but received 4/);
        expect(text).toMatch(/events: Invalid type: Expected Array but received "none"/);
        expect(errors).toEqual([]);
        expect(await runAxe(page)).toBe('');
      } finally {
        await context.close();
      }
    },
  );

  test('a corpus file the server cannot find gives an error screen that names the file and the status', async () => {
    const missingDir = mkdtempSync(join(tmpdir(), 'missing-corpus-'));
    cpSync(inject('buildDir'), missingDir, { recursive: true });
    rmSync(join(missingDir, 'assets', corpusFile));
    const missingServer = await startStaticServer(missingDir, 0);
    const page = await browser.newPage();
    try {
      await page.goto(missingServer.url, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'The corpus could not be loaded' }).waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain(`/assets/${corpusFile}: the server answered HTTP 404`);
    } finally {
      await page.close();
      await missingServer.close();
      rmSync(missingDir, { recursive: true, force: true });
    }
  });
});
