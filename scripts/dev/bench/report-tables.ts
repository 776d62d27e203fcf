/** The bench's printed tables: parse, build and start bytes; our page in Chromium; the comparison with vis-timeline and TimelineJS3. */
import type { Sized } from './bytes.ts';
import { EVENTS_FILE } from './competitor-pages.ts';
import { formatCount, formatKB, formatMB, formatMs, formatRatio, formatTable } from './format.ts';
import type { CorpusResult, Summary } from './results.ts';

const sized = (size: Sized) => [formatKB(size.raw), formatKB(size.gzip)];

/** Prints each corpus's parse throughput, build time and start bytes. */
export function printBuildTable(results: readonly CorpusResult[]): void {
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

/** Prints the medians of our page in Chromium for each corpus measured there. */
export function printBrowserTable(results: readonly CorpusResult[], runs: number): void {
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

/** Prints, for each corpus compared, the three tools' figures and ours as ratios to theirs, and what each tried to reach off-origin. */
export function printComparison(results: readonly CorpusResult[]): void {
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
