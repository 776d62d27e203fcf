/**
 * Shared helpers for the browser tests: a browser session with a network guard, the seed corpus
 * (parsed by the same pipeline the build runs, for ids and expected counts), role-based locators
 * for the accessibility contract, and an axe-core runner.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { afterAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import type { Corpus, TimelineEvent } from '../../src/corpus/schema.ts';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** One Chromium for the whole test file: launched as the file loads, closed after its last test. */
export async function chromiumForThisFile(): Promise<Browser> {
  const browser = await launchChromium();
  afterAll(() => browser.close());
  return browser;
}

/** The corpus of the built-in seeds/, as the build made it (parsed once by the global setup). */
export function loadSeedCorpus(): Corpus {
  return inject('seedCorpus');
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request the page made to anywhere but the test server. */
  externalRequests: string[];
  close: () => Promise<void>;
}

export interface SessionOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** The browser's own time zone (IANA name); the machine's when absent. */
  timezoneId?: string;
  /** A touch screen: touch events and `(pointer: coarse)`. */
  hasTouch?: boolean;
}

/** The test server's URL (or `baseUrl`'s) for a query string such as `?event=x`. */
export function appUrl(query = '', baseUrl: string = inject('baseUrl')): string {
  return new URL(query, baseUrl).href;
}

/** Opens a fresh context (no shared history or storage) and loads the app at `query`. */
export async function openApp(browser: Browser, query = '', options: SessionOptions = {}): Promise<Session> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    ...(options.hasTouch ? { hasTouch: true } : {}),
  });
  const origin = new URL(inject('baseUrl')).origin;
  const externalRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) externalRequests.push(url);
  });
  // Nothing may leave the machine; abort rather than wait on a closed network.
  await context.route(
    (url) => url.origin !== origin && url.protocol.startsWith('http'),
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await gotoApp(page, query);
  return {
    context,
    page,
    externalRequests,
    close: async () => {
      await context.close();
      if (pageErrors.length) throw new Error(`Uncaught errors in the page:\n${pageErrors.join('\n')}`);
    },
  };
}

/** Navigates (to the test server, or to `baseUrl`) and waits until the timeline is rendered and the page's scripts have run. */
export async function gotoApp(page: Page, query = '', baseUrl?: string): Promise<void> {
  await page.goto(appUrl(query, baseUrl), { waitUntil: 'load' });
  await timelineRegion(page).waitFor();
  // The timeline is in the prerendered HTML before any script: wait until React has hydrated it.
  await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
  // Module scripts run before 'load'; one more frame lets React finish its first commit and effects.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

/** The timeline: a region or figure whose accessible name contains "Timeline". */
export function timelineRegion(page: Page): Locator {
  return page.getByRole('region', { name: /Timeline/ }).or(page.getByRole('figure', { name: /Timeline/ }));
}

const CONTROL_ROLES = ['button', 'link', 'option', 'radio', 'tab', 'gridcell', 'menuitem', 'treeitem'] as const;

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Controls inside `scope` whose accessible name starts with `title`, whatever control role they use. */
export function controlsNamed(scope: Page | Locator, title: string): Locator {
  const name = new RegExp(`^\\s*${escapeRegExp(title)}`);
  const [first, ...rest] = CONTROL_ROLES;
  let locator = scope.getByRole(first, { name });
  for (const role of rest) locator = locator.or(scope.getByRole(role, { name }));
  return locator;
}

/** The timeline's control for one event. */
export function eventControl(page: Page, event: TimelineEvent): Locator {
  return controlsNamed(timelineRegion(page), event.title);
}

/** Every event control of the timeline, in document order. */
export function allEventControls(page: Page, corpus: Corpus): Locator {
  const [first, ...rest] = corpus.events;
  if (!first) throw new Error('The corpus has no events');
  let locator = eventControl(page, first);
  for (const event of rest) locator = locator.or(eventControl(page, event));
  return locator;
}

/** The event whose timeline control has focus, or null; the longest matching title wins. */
export async function focusedEvent(page: Page, corpus: Corpus): Promise<TimelineEvent | null> {
  let best: TimelineEvent | null = null;
  for (const event of corpus.events) {
    const focused = await eventControl(page, event).evaluateAll((elements) =>
      elements.some((element) => element === document.activeElement),
    );
    if (focused && (!best || event.title.length > best.title.length)) best = event;
  }
  return best;
}

/** Source cards: every <article> outside the selected event's detail. */
export function sourceCards(page: Page): Locator {
  return page.getByRole('article');
}

/** The selected event's detail: a region labelled with the event's title. */
export function detailRegion(page: Page, event: TimelineEvent): Locator {
  return page.getByRole('region', { name: event.title, exact: true });
}

/** The filter group for "Person" or "Outlet". */
export function filterGroup(page: Page, name: 'Person' | 'Outlet'): Locator {
  return page.getByRole('group', { name: new RegExp(`^${name}\\b`) });
}

/** The query-string parameters of the page's current URL. */
export function currentParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Ids in a comma-separated URL parameter. */
export function paramIds(page: Page, name: string): string[] {
  return (currentParams(page).get(name) ?? '').split(',').filter(Boolean);
}

function formatViolation(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
    .join('\n');
  return `- [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help} (${violation.nodes.length} node(s))\n${nodes}`;
}

/** Runs axe-core on the page and returns its violations as readable text, one block per rule ('' when none). */
export async function runAxe(page: Page): Promise<string> {
  const hasAxe = await page.evaluate(() => 'axe' in globalThis);
  // Evaluated through the DevTools protocol: a <script> tag would be (rightly) refused by the page's CSP.
  if (!hasAxe) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run(),
  );
  return results.violations.map(formatViolation).join('\n');
}

/** Collects CSP violations from the page's own event and from Chromium's console messages. */
export async function watchCsp(context: BrowserContext, page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  await context.addInitScript(() => {
    const list: string[] = [];
    (globalThis as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) =>
      list.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [
    ...messages,
    ...(await page.evaluate(() => (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}
