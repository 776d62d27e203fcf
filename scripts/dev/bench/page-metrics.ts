/**
 * Measures one timeline page in headless Chromium, a fresh browser context per run: first contentful
 * paint, when the first event mark and the first source card enter the DOM (a MutationObserver
 * installed before any page script), filter latency, frame times during a wheel zoom, DOM nodes, JS
 * heap, the bytes of scripts, stylesheets and fonts it loaded, and every request that tried to leave
 * 127.0.0.1 (aborted, and counted).
 */
import type { Browser, Page } from 'playwright-core';
import { inlineStyleText, measureBytes, sumSizes } from './bytes.ts';
import type { Sized } from './bytes.ts';
import { clickPersonAndTimeCards, installFirstAppearanceObserver } from './page-probes.ts';
import type { PageTarget, RunMetrics, RunOutcome } from './page-target.ts';
import { median, percentile } from './stats.ts';
import { measureWheelZoom } from './wheel-zoom.ts';

async function waitForMark(page: Page, mark: 'eventsMs' | 'cardsMs', timeoutMs: number): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      (name) => (window as unknown as { __bench: Record<string, number | null> }).__bench?.[name],
      mark,
      {
        timeout: timeoutMs,
        polling: 50,
      },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

type Loaded = Array<{ kind: 'js' | 'css' | 'font' | 'data'; size: Sized }>;

/** Gzip bytes of what the page loaded so far, by kind. */
function totalBytes(loaded: Loaded): Pick<RunMetrics, 'jsGzip' | 'cssGzip' | 'fontGzip' | 'dataGzip'> {
  const total = (kind: string) =>
    sumSizes(loaded.filter((entry) => entry.kind === kind).map((entry) => entry.size)).gzip;
  return { jsGzip: total('js'), cssGzip: total('css'), fontGzip: total('font'), dataGzip: total('data') };
}

/** Measures `target` once in a fresh context of `browser`. */
export async function measurePageOnce(browser: Browser, target: PageTarget): Promise<RunOutcome> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  // tsx (esbuild) wraps named functions in a `__name` helper that pages do not have; functions sent to the page need it.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const externalUrls: string[] = [];
  const loaded: Loaded = [];
  const pending: Promise<void>[] = [];
  const tooLarge: Array<{ kind: Loaded[number]['kind']; url: string }> = [];
  await context.route(
    (url) => !isLocal(url.href),
    (route) => {
      externalUrls.push(route.request().url());
      return route.abort();
    },
  );
  context.on('response', (response) => {
    const url = response.url();
    if (!isLocal(url) || url.startsWith('data:')) return;
    const type = response.request().resourceType();
    const path = new URL(url).pathname;
    const isData =
      target.dataFiles?.some((file) => (typeof file === 'string' ? path.endsWith(file) : file.test(path))) ?? false;
    if (type === 'document') {
      // Styles inlined in the page's HTML are CSS it loads at start too.
      pending.push(
        response
          .text()
          .then((html) => {
            const inline = inlineStyleText(html);
            if (inline) loaded.push({ kind: 'css', size: measureBytes(inline) });
          })
          .catch(() => undefined),
      );
      return;
    }
    const kind = isData
      ? 'data'
      : type === 'script'
        ? 'js'
        : type === 'stylesheet'
          ? 'css'
          : type === 'font'
            ? 'font'
            : null;
    if (!kind) return;
    pending.push(
      response
        .body()
        .then((body) => void loaded.push({ kind, size: measureBytes(body) }))
        // Playwright gives up on very large bodies (the 10k corpus is ~50 MB): measured after the timed part.
        .catch(() => void tooLarge.push({ kind, url })),
    );
  });
  const metrics: RunMetrics = {
    fcpMs: null,
    eventsMs: null,
    cardsMs: null,
    events: null,
    domNodes: null,
    filterMs: null,
    zoomFrameMedianMs: null,
    zoomFrameP95Ms: null,
    zoomFrames: null,
    heapBytes: null,
    jsGzip: null,
    cssGzip: null,
    fontGzip: null,
    dataGzip: null,
    externalRequests: 0,
  };
  let timedOut = false;
  try {
    const page = await context.newPage();
    await page.addInitScript(installFirstAppearanceObserver, {
      eventSelector: target.eventSelector,
      eventTitles: target.eventTitles ? [...target.eventTitles] : null,
      cardSelector: target.cardSelector ?? null,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const started = Date.now();
    await page.goto(target.url, { waitUntil: 'commit', timeout: target.timeoutMs });
    metrics.eventsMs = await waitForMark(page, 'eventsMs', Math.max(1000, target.timeoutMs - (Date.now() - started)));
    if (metrics.eventsMs === null) {
      timedOut = true;
      return { metrics, timedOut, externalUrls };
    }
    if (target.cardSelector) metrics.cardsMs = await waitForMark(page, 'cardsMs', 30_000);
    await page.waitForLoadState('load', { timeout: target.timeoutMs });
    if (target.readySelector)
      await page.locator(target.readySelector).waitFor({ state: 'attached', timeout: target.timeoutMs });
    // Let late layout and a second render settle before counting and zooming.
    await page.evaluate(
      () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200)))),
    );
    metrics.fcpMs = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    const counts = await page.evaluate(
      ({ selector, titles }) => {
        const candidates = Array.from(document.querySelectorAll(selector));
        const events = titles
          ? candidates.filter((element) => {
              const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
              return titles.some((title) => name.startsWith(title));
            }).length
          : candidates.length;
        return { events, domNodes: document.getElementsByTagName('*').length };
      },
      { selector: target.eventSelector, titles: target.eventTitles ? [...target.eventTitles] : null },
    );
    metrics.events = counts.events;
    metrics.domNodes = counts.domNodes;
    // Heap after a full collection: what the page keeps, not garbage it has yet to collect.
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: cdpMetrics } = await cdp.send('Performance.getMetrics');
    metrics.heapBytes = cdpMetrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? null;

    await Promise.all(pending);
    // Fetched and compressed here, once the page's timings are taken: this process also serves the page.
    for (const { kind, url } of tooLarge) {
      const body = await fetch(url)
        .then(async (again) => Buffer.from(await again.arrayBuffer()))
        .catch(() => null);
      if (body) loaded.push({ kind, size: measureBytes(body) });
    }
    Object.assign(metrics, totalBytes(loaded));

    if (target.measureFilter && target.cardSelector) {
      metrics.filterMs = await page.evaluate(clickPersonAndTimeCards, target.cardSelector);
      // Untick it again (untimed), so the zoom below runs over the page as loaded.
      await page.evaluate(() =>
        (window as unknown as { __benchFilterBox?: HTMLInputElement }).__benchFilterBox?.click(),
      );
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    }
    const frames = await measureWheelZoom(page, target.zoomSelector, target.zoomScript, target.zoomKey);
    if (frames && frames.length) {
      metrics.zoomFrameMedianMs = median(frames);
      metrics.zoomFrameP95Ms = percentile(frames, 0.95);
      metrics.zoomFrames = frames.length;
    }
  } finally {
    await context.close();
  }
  metrics.externalRequests = externalUrls.length;
  return { metrics, timedOut, externalUrls };
}
