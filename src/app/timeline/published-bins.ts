/**
 * The publication marks under the axis: articles that state a clock time, gathered into bins a few
 * pixels wide so a crowded hour draws as one taller mark ("14 articles published 09:00–09:12")
 * instead of hundreds of overlapping ones. Parsing and sorting happen once per corpus, filtering
 * once per filter; binning, which a zoom frame redoes, is a binary search and one pass over the range.
 */
import type { Article, Corpus } from '../../corpus/schema.ts';
import { memoizeLast } from '../shared/memoize-last.ts';
import { formatClock, hasClockTime, parseIsoMs } from '../shared/zoned-time.ts';
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
export const selectPublishedTimes = memoizeLast((corpus: Corpus, visibleArticles: readonly Article[]): PublishedTime[] => {
  const visible = new Set(visibleArticles.map((article) => article.id));
  return selectCorpusPublishedTimes(corpus.articles).filter((time) => visible.has(time.id));
});

/** The first index whose instant is at or after `ms` (times sorted by ms). */
function firstAtOrAfter(times: readonly PublishedTime[], ms: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle]!.ms < ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

function describeBin(members: readonly PublishedTime[], timeZone: string, zoneLabel: string): string {
  const first = members[0]!;
  const last = members[members.length - 1]!;
  const firstClock = formatClock(first.ms, timeZone);
  if (members.length === 1) return `${first.outlet} published at ${firstClock} ${zoneLabel}`;
  const lastClock = formatClock(last.ms, timeZone);
  const when = firstClock === lastClock ? `at ${firstClock}` : `${firstClock}–${lastClock}`;
  const outlets = [...new Set(members.map((member) => member.outlet))];
  const named = members.length <= NAMED_OUTLETS_MAX ? `: ${outlets.join(', ')}` : outlets.length === 1 ? `: all ${outlets[0]}` : '';
  return `${members.length} articles published ${when} ${zoneLabel}${named}`;
}

/**
 * Bins the times inside `range` by screen position: a bin starts at an article and takes every
 * later one less than `binPx` to its right. Each bin is keyed by its first article.
 */
export function binPublishedTimes(
  times: readonly PublishedTime[],
  range: TimeRange,
  toX: (ms: number) => number,
  zone: { timeZone: string; zoneLabel: string },
  binPx = PUBLISHED_BIN_PX,
): PublishedBin[] {
  const bins: PublishedBin[] = [];
  let index = firstAtOrAfter(times, range[0]);
  while (index < times.length && times[index]!.ms <= range[1]) {
    const first = times[index]!;
    const x = toX(first.ms);
    let end = index + 1;
    while (end < times.length && times[end]!.ms <= range[1] && toX(times[end]!.ms) - x < binPx) end++;
    const members = times.slice(index, end);
    bins.push({
      key: first.id,
      x,
      count: members.length,
      firstMs: first.ms,
      lastMs: members[members.length - 1]!.ms,
      label: describeBin(members, zone.timeZone, zone.zoneLabel),
    });
    index = end;
  }
  return bins;
}
