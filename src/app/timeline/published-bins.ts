/**
 * The publication marks under the axis: articles that state a clock time, gathered into bins a few
 * pixels wide so a crowded hour draws as one taller mark ("14 articles published 09:00–09:12")
 * instead of hundreds of overlapping ones. Parsing and sorting happen once per corpus, filtering
 * once per filter; binning, which a zoom frame redoes, is a binary search and one pass over the range.
 */
import type { Article, Corpus } from '../../corpus/schema.ts';
import { bisector } from 'd3-array';
import { memoizeLast } from '../shared/memoize-last.ts';
import { formatClock, hasClockTime, parseIsoMs } from '../../corpus/zoned-time.ts';
import type { TimeRange } from '../shared/time-range.ts';

/** An article's stated publication instant, and who published it. */
export type PublishedTime = { id: string; ms: number; outlet: string };

/** The marks of one bin: its articles' count and first and last instants, at the x of the first. */
export type PublishedBin = { key: string; x: number; count: number; firstMs: number; lastMs: number; label: string };

/** Articles this close together (px) on screen share a mark. */
export const PUBLISHED_BIN_PX = 4;
/** A bin names its outlets when it holds this few articles. */
const NAMED_OUTLETS_MAX = 3;

/** The corpus's articles with a stated publication clock time, earliest first (ties in corpus order). */
const selectCorpusPublishedTimes = memoizeLast((articles: readonly Article[]): PublishedTime[] => {
  const times: PublishedTime[] = [];
  for (const article of articles) {
    if (!article.published || !hasClockTime(article.published)) continue;
    const ms = parseIsoMs(article.published);
    if (ms === null) continue;
    times.push({ id: article.id, ms, outlet: article.outlet?.name ?? 'Outlet not stated' });
  }
  return times.sort((a, b) => a.ms - b.ms);
});

/** The visible articles' publication times, earliest first: the corpus's, parsed and sorted once, filtered. */
export const selectPublishedTimes = memoizeLast(
  (corpus: Corpus, visibleArticles: readonly Article[]): PublishedTime[] => {
    const visible = new Set(visibleArticles.map((article) => article.id));
    return selectCorpusPublishedTimes(corpus.articles).filter((time) => visible.has(time.id));
  },
);

function describeBin(members: readonly PublishedTime[], timeZone: string, zoneLabel: string): string {
  const first = members[0]!;
  const last = members[members.length - 1]!;
  const firstClock = formatClock(first.ms, timeZone);
  if (members.length === 1) return `${first.outlet} published at ${firstClock} ${zoneLabel}`;
  const lastClock = formatClock(last.ms, timeZone);
  const when = firstClock === lastClock ? `at ${firstClock}` : `${firstClock}–${lastClock}`;
  const outlets = [...new Set(members.map((member) => member.outlet))];
  const named =
    members.length <= NAMED_OUTLETS_MAX ? `: ${outlets.join(', ')}` : outlets.length === 1 ? `: all ${outlets[0]}` : '';
  return `${members.length} articles published ${when} ${zoneLabel}${named}`;
}

/** The marks in view, and the largest count of any bin of the same grid over all the times. */
export type PublishedBins = { bins: PublishedBin[]; largestCount: number };

/**
 * Bins the times on a grid of cells `binPx` wide, counted from `origin` (the day's start), so a pan
 * keeps every bin as it was; returns the bins inside `range`, each drawn at its first article and keyed
 * by it, and the largest count over all the times (mark heights then do not change as the view pans).
 */
export function binPublishedTimes(
  times: readonly PublishedTime[],
  range: TimeRange,
  toX: (ms: number) => number,
  zone: { timeZone: string; zoneLabel: string },
  origin: number,
  binPx = PUBLISHED_BIN_PX,
): PublishedBins {
  const pixels = toX(range[1]) - toX(range[0]);
  const binMs = pixels > 0 ? (binPx * (range[1] - range[0])) / pixels : Number.POSITIVE_INFINITY;
  const cellOf = (ms: number) => Math.floor((ms - origin) / binMs);
  let largestCount = 0;
  for (let index = 0; index < times.length;) {
    const cell = cellOf(times[index]!.ms);
    let end = index + 1;
    while (end < times.length && cellOf(times[end]!.ms) === cell) end++;
    largestCount = Math.max(largestCount, end - index);
    index = end;
  }
  const bins: PublishedBin[] = [];
  let index = bisector((time: { ms: number }) => time.ms).left(times, range[0]);
  while (index < times.length && times[index]!.ms <= range[1]) {
    const first = times[index]!;
    const cell = cellOf(first.ms);
    let end = index + 1;
    while (end < times.length && times[end]!.ms <= range[1] && cellOf(times[end]!.ms) === cell) end++;
    const members = times.slice(index, end);
    bins.push({
      key: first.id,
      x: toX(first.ms),
      count: members.length,
      firstMs: first.ms,
      lastMs: members[members.length - 1]!.ms,
      label: describeBin(members, zone.timeZone, zone.zoneLabel),
    });
    index = end;
  }
  return { bins, largestCount };
}
