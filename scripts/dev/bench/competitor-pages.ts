/**
 * Static pages that draw the same events with vis-timeline and TimelineJS3, from their npm packages'
 * own builds, for the comparison. Everything they load is copied beside them, so the pages work
 * from 127.0.0.1 alone; whatever they still try to fetch elsewhere is aborted and counted by the bench.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Corpus } from '../../../src/corpus/schema.ts';

const require = createRequire(import.meta.url);

export interface BenchEvent {
  title: string;
  start: string;
  end: string;
}

/** The events as the comparison pages get them: title and window, nothing else. */
export function eventsForComparison(corpus: Corpus): BenchEvent[] {
  return corpus.events.map((event) => ({ title: event.title, start: event.start, end: event.end }));
}

/** A classic script that sets `window.EVENTS`; `<` is escaped so a title cannot close the script element. */
export function eventsScript(events: readonly BenchEvent[]): string {
  return `window.EVENTS = ${JSON.stringify(events).replace(/</g, '\\u003c')};\n`;
}

export const EVENTS_FILE = 'events.js';

const PAGE_HEAD = (title: string, css: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n<link rel="stylesheet" href="${css}">\n</head>\n`;

/** vis-timeline's standalone UMD build (vis-data bundled in) with ranges for windows and boxes for instants. */
function writeVisPage(dir: string): void {
  const umd = require.resolve('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
  const css = join(dirname(require.resolve('vis-timeline/package.json')), 'styles/vis-timeline-graph2d.min.css');
  cpSync(umd, join(dir, 'vis-timeline-graph2d.min.js'));
  cpSync(css, join(dir, 'vis-timeline-graph2d.min.css'));
  const html =
    PAGE_HEAD('vis-timeline', 'vis-timeline-graph2d.min.css') +
    `<body>\n<main><h1>vis-timeline</h1><div id="timeline" role="region" aria-label="Timeline"></div></main>\n` +
    `<script src="vis-timeline-graph2d.min.js"></script>\n<script src="${EVENTS_FILE}"></script>\n<script>\n` +
    `const items = new vis.DataSet(window.EVENTS.map((event, id) => {\n` +
    `  const start = new Date(event.start), end = new Date(event.end);\n` +
    `  return end > start ? { id, content: event.title, start, end, type: 'range' } : { id, content: event.title, start, type: 'box' };\n` +
    `}));\n` +
    `window.timeline = new vis.Timeline(document.getElementById('timeline'), items, {});\n</script>\n</body>\n</html>\n`;
  writeFileSync(join(dir, 'index.html'), html);
}

/** TimelineJS3's dist (script, styles, fonts' CSS, locales), with its script_path pointed at the local copy. */
function writeTimelineJsPage(dir: string): void {
  const dist = join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
  cpSync(join(dist, 'js'), join(dir, 'js'), { recursive: true });
  cpSync(join(dist, 'css'), join(dir, 'css'), { recursive: true });
  const html =
    PAGE_HEAD('TimelineJS3', 'css/timeline.css') +
    `<body>\n<main><h1>TimelineJS3</h1><div id="timeline-embed" style="width: 100%; height: 640px"></div></main>\n` +
    `<script src="js/timeline.js"></script>\n<script src="${EVENTS_FILE}"></script>\n<script>\n` +
    `const parts = (iso) => { const d = new Date(iso); return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() }; };\n` +
    `const events = window.EVENTS.map((event) => ({\n` +
    `  start_date: parts(event.start),\n` +
    `  ...(event.end > event.start ? { end_date: parts(event.end) } : {}),\n` +
    `  text: { headline: event.title },\n` +
    `}));\n` +
    `window.timeline = new TL.Timeline('timeline-embed', { events }, { script_path: new URL('js/', location.href).href });\n` +
    `</script>\n</body>\n</html>\n`;
  writeFileSync(join(dir, 'index.html'), html);
}

/** Writes `vis/` and `timelinejs/` pages for `events` under `dir` (served from its root). */
export function writeComparisonPages(dir: string, events: readonly BenchEvent[]): { vis: string; timelinejs: string } {
  const vis = join(dir, 'vis');
  const timelinejs = join(dir, 'timelinejs');
  for (const page of [vis, timelinejs]) {
    mkdirSync(page, { recursive: true });
    writeFileSync(join(page, EVENTS_FILE), eventsScript(events));
  }
  writeVisPage(vis);
  writeTimelineJsPage(timelinejs);
  return { vis: 'vis/', timelinejs: 'timelinejs/' };
}
