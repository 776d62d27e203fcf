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
import { deltas, median, percentile } from './stats.ts';

export interface PageTarget {
  /** Name in tables: "ours", "vis-timeline", "TimelineJS3". */
  name: string;
  url: string;
  /** CSS selector of candidate event marks. */
  eventSelector: string;
  /** When set, a candidate counts as an event only if its aria-label or text starts with one of these titles. */
  eventTitles?: readonly string[];
  /** CSS selector of source cards; omitted for pages that have none. */
  cardSelector?: string;
  /** The element the wheel zoom happens over. */
  zoomSelector: string;
  /**
   * For a page whose wheel does not zoom: page-side expressions that zoom one step in and out (its
   * zoom buttons' own calls), run at the same cadence as the wheel notches instead.
   */
  zoomScript?: { zoomIn: string; zoomOut: string };
  /** A key held while the wheel turns, for a page whose plain wheel scrolls (ours zooms on Ctrl+wheel, as a trackpad pinch sends it). */
  zoomKey?: 'Control';
  /** Click a Person checkbox and time the cards' update. */
  measureFilter?: boolean;
  /** Files whose bytes are the page's data (not its code): a URL path suffix or a pattern over the path. */
  dataFiles?: ReadonlyArray<string | RegExp>;
  /** How long to wait for the first event mark. */
  timeoutMs: number;
  /** An element present once the page responds to input: a prerendered page shows its events before that. */
  readySelector?: string;
}

export interface RunMetrics {
  [key: string]: number | null;
  fcpMs: number | null;
  eventsMs: number | null;
  cardsMs: number | null;
  events: number | null;
  domNodes: number | null;
  filterMs: number | null;
  zoomFrameMedianMs: number | null;
  zoomFrameP95Ms: number | null;
  zoomFrames: number | null;
  heapBytes: number | null;
  jsGzip: number | null;
  cssGzip: number | null;
  fontGzip: number | null;
  dataGzip: number | null;
  externalRequests: number;
}

export interface RunOutcome {
  metrics: RunMetrics;
  /** True when no event mark appeared within the target's timeout. */
  timedOut: boolean;
  externalUrls: string[];
}

/** How long the wheel zoom lasts, and how many wheel notches go each way before it turns back. */
export const ZOOM_DURATION_MS = 3000;
const ZOOM_NOTCHES_EACH_WAY = 8;
const ZOOM_NOTCH_DELTA = 60;

interface ObserverConfig {
  eventSelector: string;
  eventTitles: string[] | null;
  cardSelector: string | null;
}

/** Runs in the page before its scripts: records performance.now() when the first event and card appear. */
function installFirstAppearanceObserver(config: ObserverConfig): void {
  const marks: { eventsMs: number | null; cardsMs: number | null } = { eventsMs: null, cardsMs: null };
  (window as unknown as { __bench: typeof marks }).__bench = marks;
  const titles = config.eventTitles;
  const isEvent = (element: Element) => {
    if (!titles) return true;
    // Our timeline draws crowded events as cluster marks ("12 events, …"): those are events on screen too.
    if (element.hasAttribute('data-timeline-cluster')) return true;
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
    return titles.some((title) => name.startsWith(title));
  };
  const check = () => {
    if (marks.eventsMs === null && Array.from(document.querySelectorAll(config.eventSelector)).some(isEvent))
      marks.eventsMs = performance.now();
    if (marks.cardsMs === null && config.cardSelector && document.querySelector(config.cardSelector))
      marks.cardsMs = performance.now();
    if (marks.eventsMs !== null && (marks.cardsMs !== null || !config.cardSelector)) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** Runs in the page: ticks a Person checkbox whose count differs from the cards shown, and times the cards' update to the next frame. */
async function clickPersonAndTimeCards(cardSelector: string): Promise<number | null> {
  const group = Array.from(document.querySelectorAll('fieldset')).find((fieldset) =>
    /^\s*Person\b/.test(fieldset.querySelector('legend')?.textContent ?? ''),
  );
  if (!group) return null;
  const cardCount = document.querySelectorAll(cardSelector).length;
  const boxes = Array.from(group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  const countOf = (box: HTMLInputElement) =>
    Number(/\((\d[\d,]*)\)\s*$/.exec(box.labels?.[0]?.textContent ?? '')?.[1]?.replace(/,/g, '') ?? Number.NaN);
  const box = boxes.find((candidate) => countOf(candidate) > 0 && countOf(candidate) < cardCount) ?? boxes[0];
  const list = document.querySelector(cardSelector)?.parentElement?.closest('ul, ol, section, main') ?? document.body;
  if (!box) return null;
  (window as unknown as { __benchFilterBox?: HTMLInputElement }).__benchFilterBox = box;
  return new Promise<number | null>((resolve) => {
    let start = 0;
    const timer = setTimeout(() => resolve(null), 30_000);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve(performance.now() - start);
      });
    });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
    start = performance.now();
    box.click();
  });
}

function startFrameRecorder(): void {
  const state = { frames: [] as number[], running: true };
  (window as unknown as { __frames: typeof state }).__frames = state;
  const tick = (time: number) => {
    state.frames.push(time);
    if (state.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrameRecorder(): number[] {
  const state = (window as unknown as { __frames: { frames: number[]; running: boolean } }).__frames;
  state.running = false;
  return state.frames;
}

/** Wheels over the target (or runs its zoom script) for ZOOM_DURATION_MS, in then out, and returns the frame durations seen meanwhile. */
async function measureWheelZoom(
  page: Page,
  selector: string,
  zoomScript?: PageTarget['zoomScript'],
  zoomKey?: PageTarget['zoomKey'],
): Promise<number[] | null> {
  const target = page.locator(selector).first();
  if ((await target.count()) === 0) return null;
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) return null;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 120));
  await page.evaluate(startFrameRecorder);
  if (zoomKey) await page.keyboard.down(zoomKey);
  const end = Date.now() + ZOOM_DURATION_MS;
  for (let notch = 0; Date.now() < end; notch++) {
    const zoomingIn = Math.floor(notch / ZOOM_NOTCHES_EACH_WAY) % 2 === 0;
    if (zoomScript) await page.evaluate(zoomingIn ? zoomScript.zoomIn : zoomScript.zoomOut);
    else await page.mouse.wheel(0, zoomingIn ? -ZOOM_NOTCH_DELTA : ZOOM_NOTCH_DELTA);
    // One notch per frame at most, as a hand on a wheel or a trackpad delivers them.
    await page.waitForTimeout(16);
  }
  if (zoomKey) await page.keyboard.up(zoomKey);
  return deltas(await page.evaluate(stopFrameRecorder));
}

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
