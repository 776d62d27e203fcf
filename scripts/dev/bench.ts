/**
 * `npm run bench [-- --runs N] [--corpora seeds,1k,10k] [--no-compare] [--json FILE]`: for the seeds and
 * generated corpora of 1,000 and 10,000 articles, measures parse throughput, build time, start bytes,
 * and in headless Chromium (no throttling) first paint, events and cards in the DOM, filter latency,
 * wheel-zoom frame times and JS heap (medians of N fresh pages); then draws the same events with
 * vis-timeline and TimelineJS3 in the same browser and prints our figures as ratios to theirs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { startStaticServer } from '../serve.ts';
import { DEFAULT_CORPORA, prepareCorpusFolder } from './bench/corpora.ts';
import type { CorpusFolder } from './bench/corpora.ts';
import { measureParse } from './bench/parse-throughput.ts';
import { measureStartBytes, timeBuild } from './bench/build-size.ts';
import type { StartBytes } from './bench/build-size.ts';
import { measureBytes } from './bench/bytes.ts';
import type { Sized } from './bench/bytes.ts';
import { eventsForComparison, EVENTS_FILE, writeComparisonPages } from './bench/competitor-pages.ts';
import type { BenchEvent } from './bench/competitor-pages.ts';
import { measurePageOnce } from './bench/page-metrics.ts';
import type { PageTarget, RunMetrics } from './bench/page-target.ts';
import { ourTarget, timelineJsTarget, visTarget } from './bench/targets.ts';
import { medianOfRuns } from './bench/stats.ts';
import { formatCount, formatKB, formatMB, formatMs, formatRatio, formatTable } from './bench/format.ts';

interface Options {
  runs: number;
  corpora: string[];
  compare: boolean;
  json: string | null;
}

/** Reads the command line; unknown flags are an error rather than silently ignored. */
function parseBenchArgs(argv: readonly string[]): Options {
  const options: Options = { runs: 5, corpora: ['seeds', '1k', '10k'], compare: true, json: null };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--runs') options.runs = Math.max(1, Math.round(Number(value())) || 5);
    else if (arg === '--corpora')
      options.corpora = value()
        .split(',')
        .map((name) => name.trim());
    else if (arg === '--no-compare') options.compare = false;
    else if (arg === '--json') options.json = value();
    else throw new Error(`Unknown option: ${arg}`);
  }
  return options;
}

const CORPUS_KEYS: Record<string, number | null> = { seeds: null, '1k': 1000, '10k': 10_000 };

/** Corpora the comparison runs on: the smallest and the largest. */
const COMPARE_ON = new Set(['seeds', '10k']);

/** TimelineJS3 at 10,000 articles can take tens of seconds; past this it is reported as "> N s". */
const COMPETITOR_TIMEOUT_MS = 60_000;

interface CorpusResult {
  key: string;
  folder: CorpusFolder;
  events: BenchEvent[];
  parse: { runs: number; threads: number; ms: number; articlesPerSecond: number; megabytesPerSecond: number };
  buildMs: number;
  distDir: string;
  bytes: StartBytes;
  data: Sized;
  ours?: Summary;
  vis?: Summary;
  timelinejs?: Summary;
}

interface Summary {
  runs: number;
  medians: { [K in keyof RunMetrics]: number | null };
  /** Set when a run hit the timeout: the figure is a lower bound. */
  timedOutAfterMs: number | null;
  externalUrls: string[];
}

function log(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function measureTarget(browser: Browser, target: PageTarget, runs: number): Promise<Summary> {
  const collected: RunMetrics[] = [];
  const externalUrls = new Set<string>();
  let timedOutAfterMs: number | null = null;
  for (let run = 0; run < runs; run++) {
    const runStarted = performance.now();
    const outcome = await measurePageOnce(browser, target);
    log(
      `    ${target.name} run ${run + 1}/${runs}: events in DOM ${formatMs(outcome.metrics.eventsMs)}, took ${formatMs(performance.now() - runStarted)}`,
    );
    for (const url of outcome.externalUrls) externalUrls.add(url);
    if (outcome.timedOut) {
      // One timeout is the answer: more runs would only spend minutes to say the same.
      timedOutAfterMs = target.timeoutMs;
      break;
    }
    collected.push(outcome.metrics);
  }
  log(
    `  ${target.name}: ${collected.length} run(s)${timedOutAfterMs ? `, timed out after ${timedOutAfterMs / 1000} s` : ''}`,
  );
  return { runs: collected.length, medians: medianOfRuns(collected), timedOutAfterMs, externalUrls: [...externalUrls] };
}

async function prepareCorpus(key: string, workDir: string): Promise<CorpusResult> {
  const spec = DEFAULT_CORPORA.find((candidate) => candidate.count === CORPUS_KEYS[key]);
  if (!spec || !(key in CORPUS_KEYS)) throw new Error(`Unknown corpus: ${key} (seeds, 1k, 10k)`);
  const folder = prepareCorpusFolder(spec, workDir);
  log(`${spec.label}: ${folder.files} articles, ${formatMB(folder.bytes)}; parsing`);
  const parse = await measureParse(folder.dir, folder.files, folder.bytes);
  const events = eventsForComparison(parse.corpus);
  const data = measureBytes(JSON.stringify(parse.corpus));
  log(
    `${spec.label}: parsed in ${formatMs(parse.ms)} (median of ${parse.runs}, ${parse.threads} thread${parse.threads === 1 ? '' : 's'}); building`,
  );
  const distDir = join(workDir, `dist-${key}`);
  const buildMs = await timeBuild(folder.dir, distDir);
  log(`${spec.label}: built in ${formatMs(buildMs)}`);
  const { corpus: _corpus, ...parseFigures } = parse;
  return { key, folder, events, parse: parseFigures, buildMs, distDir, bytes: measureStartBytes(distDir), data };
}

async function measureInBrowser(
  browser: Browser,
  result: CorpusResult,
  options: Options,
  workDir: string,
): Promise<void> {
  const large = result.folder.files > 2000;
  const server = await startStaticServer(result.distDir, 0);
  try {
    log(`${result.folder.label}: ours in Chromium`);
    result.ours = await measureTarget(
      browser,
      ourTarget(
        server.url,
        result.events.map((event) => event.title),
        large ? 180_000 : 30_000,
      ),
      options.runs,
    );
  } finally {
    await server.close();
  }
  if (!options.compare || !COMPARE_ON.has(result.key)) return;
  const pagesDir = join(workDir, `compare-${result.key}`);
  mkdirSync(pagesDir, { recursive: true });
  const pages = writeComparisonPages(pagesDir, result.events);
  const compareServer = await startStaticServer(pagesDir, 0);
  try {
    log(`${result.folder.label}: vis-timeline`);
    result.vis = await measureTarget(
      browser,
      visTarget(compareServer.url + pages.vis, COMPETITOR_TIMEOUT_MS),
      options.runs,
    );
    log(`${result.folder.label}: TimelineJS3`);
    result.timelinejs = await measureTarget(
      browser,
      timelineJsTarget(compareServer.url + pages.timelinejs, COMPETITOR_TIMEOUT_MS),
      options.runs,
    );
  } finally {
    await compareServer.close();
  }
}

const sized = (size: Sized) => [formatKB(size.raw), formatKB(size.gzip)];

function printBuildTable(results: readonly CorpusResult[]): void {
  console.log(
    '\nParse, build and start bytes (JS and CSS the page loads at start; "data" is the corpus JSON file it fetches beside them)\n',
  );
  console.log(
    formatTable(
      [
        'corpus',
        'articles',
        'text',
        'events',
        'parse runs',
        'threads',
        'parse',
        'articles/s',
        'MB/s',
        'build',
        'JS raw',
        'JS gzip',
        'CSS raw',
        'CSS gzip',
        'data raw',
        'data gzip',
      ],
      results.map((result) => [
        result.folder.label,
        formatCount(result.folder.files),
        result.folder.bytes < 1e6 ? formatKB(result.folder.bytes) : formatMB(result.folder.bytes),
        formatCount(result.events.length),
        String(result.parse.runs),
        String(result.parse.threads),
        formatMs(result.parse.ms),
        formatCount(result.parse.articlesPerSecond),
        result.parse.megabytesPerSecond.toFixed(2),
        formatMs(result.buildMs),
        ...sized(result.bytes.js),
        ...sized(result.bytes.css),
        ...sized(result.data),
      ]),
    ),
  );
}

function printBrowserTable(results: readonly CorpusResult[], runs: number): void {
  console.log(`\nIn headless Chromium, no throttling, medians of ${runs} fresh pages (times from navigation start)\n`);
  console.log(
    formatTable(
      [
        'corpus',
        'FCP',
        'events in DOM',
        'cards in DOM',
        'filter',
        'zoom median',
        'zoom p95',
        'heap',
        'DOM nodes',
        'events',
        'off-origin',
      ],
      results.flatMap((result) => {
        const m = result.ours?.medians;
        if (!m) return [];
        return [
          [
            result.folder.label,
            formatMs(m.fcpMs),
            formatMs(m.eventsMs),
            formatMs(m.cardsMs),
            formatMs(m.filterMs),
            formatMs(m.zoomFrameMedianMs),
            formatMs(m.zoomFrameP95Ms),
            formatMB(m.heapBytes),
            formatCount(m.domNodes),
            formatCount(m.events),
            String(result.ours!.externalUrls.length),
          ],
        ];
      }),
    ),
  );
}

function timeText(summary: Summary, value: number | null): string {
  return summary.timedOutAfterMs ? `> ${summary.timedOutAfterMs / 1000} s` : formatMs(value);
}

function printComparison(results: readonly CorpusResult[]): void {
  for (const result of results) {
    if (!result.ours || !result.vis || !result.timelinejs) continue;
    const tools: Array<[string, Summary]> = [
      ['ours', result.ours],
      ['vis-timeline', result.vis],
      ['TimelineJS3', result.timelinejs],
    ];
    console.log(
      `\nComparison on ${result.folder.label} (${formatCount(result.events.length)} events; ours fetch their corpus JSON, theirs get ${EVENTS_FILE}, as data)\n`,
    );
    console.log(
      formatTable(
        [
          'tool',
          'JS gzip',
          'CSS gzip',
          'fonts gzip',
          'data gzip',
          'events in DOM',
          'event marks',
          'DOM nodes',
          'zoom median',
          'zoom p95',
          'heap',
          'off-origin (aborted)',
        ],
        tools.map(([name, summary]) => {
          const m = summary.medians;
          return [
            name,
            formatKB(m.jsGzip),
            formatKB(m.cssGzip),
            formatKB(m.fontGzip),
            formatKB(m.dataGzip),
            timeText(summary, m.eventsMs),
            formatCount(m.events),
            formatCount(m.domNodes),
            formatMs(m.zoomFrameMedianMs),
            formatMs(m.zoomFrameP95Ms),
            formatMB(m.heapBytes),
            String(summary.externalUrls.length),
          ];
        }),
      ),
    );
    const ours = result.ours.medians;
    // Each loads its events as a data file (ours: the corpus, with article texts; theirs: the events
    // alone). So compare everything needed to draw (code, styles, fonts, data), and code alone.
    // A page that never loaded has no byte figures: no ratio then, rather than one from zeros.
    const allBytes = (m: typeof ours) =>
      m.jsGzip == null ? null : m.jsGzip + (m.cssGzip ?? 0) + (m.fontGzip ?? 0) + (m.dataGzip ?? 0);
    const codeBytes = (m: typeof ours) => (m.jsGzip == null ? null : m.jsGzip + (m.cssGzip ?? 0));
    console.log(`\nOurs as a ratio to theirs (below 1×: ours smaller or faster)\n`);
    console.log(
      formatTable(
        ['versus', 'all bytes gzip', 'code (JS+CSS)', 'events in DOM', 'DOM nodes', 'zoom median', 'zoom p95', 'heap'],
        tools.slice(1).map(([name, summary]) => {
          const theirs = summary.medians;
          const bound = summary.timedOutAfterMs !== null;
          return [
            name,
            formatRatio(allBytes(ours), allBytes(theirs)),
            formatRatio(codeBytes(ours), codeBytes(theirs)),
            formatRatio(ours.eventsMs, bound ? summary.timedOutAfterMs : theirs.eventsMs, bound),
            formatRatio(ours.domNodes, theirs.domNodes),
            formatRatio(ours.zoomFrameMedianMs, theirs.zoomFrameMedianMs),
            formatRatio(ours.zoomFrameP95Ms, theirs.zoomFrameP95Ms),
            formatRatio(ours.heapBytes, theirs.heapBytes),
          ];
        }),
      ),
    );
    for (const [name, summary] of tools) {
      if (summary.externalUrls.length)
        console.log(
          `  ${name} tried to reach (aborted): ${summary.externalUrls.slice(0, 5).join(', ')}${summary.externalUrls.length > 5 ? ' …' : ''}`,
        );
    }
  }
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const started = performance.now();
  const workDir = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
  const results: CorpusResult[] = [];
  try {
    for (const key of options.corpora) results.push(await prepareCorpus(key, workDir));
    printBuildTable(results);
    const browser = await launchChromium();
    const version = browser.version();
    try {
      for (const result of results) await measureInBrowser(browser, result, options, workDir);
    } finally {
      await browser.close();
    }
    printBrowserTable(results, options.runs);
    printComparison(results);
    console.log(
      `\n${new Date().toISOString().slice(0, 10)} · ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}) · Node ${process.version} · Chromium ${version} · bench took ${formatMs(performance.now() - started)}`,
    );
    if (options.json) {
      writeFileSync(
        options.json,
        JSON.stringify(
          {
            date: new Date().toISOString(),
            node: process.version,
            chromium: version,
            cores: cpus().length,
            results: results.map(({ events: _events, ...rest }) => rest),
          },
          null,
          2,
        ),
      );
      log(`wrote ${options.json}`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
