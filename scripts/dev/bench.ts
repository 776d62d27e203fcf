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
import { measureParse } from './bench/parse-throughput.ts';
import { measureStartBytes, timeBuild } from './bench/build-size.ts';
import { measureBytes } from './bench/bytes.ts';
import { eventsForComparison, writeComparisonPages } from './bench/competitor-pages.ts';
import { measurePageOnce } from './bench/page-metrics.ts';
import type { PageTarget, RunMetrics } from './bench/page-target.ts';
import { printBrowserTable, printBuildTable, printComparison } from './bench/report-tables.ts';
import type { CorpusResult, Summary } from './bench/results.ts';
import { ourTarget, timelineJsTarget, visTarget } from './bench/targets.ts';
import { medianOfRuns } from './bench/stats.ts';
import { formatMB, formatMs } from './bench/format.ts';

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
