import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Article, Corpus } from '../../src/corpus/schema.ts';
import { binPublishedTimes, selectPublishedTimes, type PublishedTime } from '../../src/app/timeline/published-bins.ts';
import { createTimeScale } from '../../src/app/timeline/time-scale.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

const NEW_YORK = { timeZone: 'America/New_York', zoneLabel: 'EDT' };
const DAY: readonly [number, number] = [
  Date.parse('2016-04-22T00:00:00-04:00'),
  Date.parse('2016-04-23T00:00:00-04:00'),
];
const template = appCorpus.articles.find((article) => article.outlet !== null)!;

/** An article published at `clock` (New York) by `outlet`; `clock` null gives a date without a time. */
function publishedAt(id: string, clock: string | null, outlet = 'The Guardian'): Article {
  return {
    ...template,
    id,
    published: clock === null ? '2016-04-22' : `2016-04-22T${clock}:00-04:00`,
    outlet: { ...template.outlet!, name: outlet },
  };
}

/** The times of `articles` as the timeline reads them: all of a corpus's articles visible. */
function timesOf(articles: Article[]) {
  const corpus: Corpus = { ...appCorpus, articles };
  return selectPublishedTimes(corpus, articles);
}

describe('selectPublishedTimes', () => {
  test('keeps articles that state a clock time, earliest first', () => {
    const times = timesOf([publishedAt('b', '14:05'), publishedAt('a', null), publishedAt('c', '09:30', 'Reuters')]);
    expect(times.map((time) => [time.id, time.outlet])).toEqual([
      ['c', 'Reuters'],
      ['b', 'The Guardian'],
    ]);
  });

  test('a filter keeps the visible articles of the corpus, still in time order', () => {
    const articles = [publishedAt('a', '16:00'), publishedAt('b', '08:00'), publishedAt('c', '12:00')];
    const corpus: Corpus = { ...appCorpus, articles };
    expect(selectPublishedTimes(corpus, [articles[0]!, articles[2]!]).map((time) => time.id)).toEqual(['c', 'a']);
  });
});

describe('binPublishedTimes', () => {
  // 1,000 px for the day: one pixel is 86.4 seconds, a 4 px cell 5.76 minutes from midnight.
  const toX = createTimeScale(DAY, 0, 1000);
  const binDay = (times: PublishedTime[], range: readonly [number, number] = DAY, scale = toX, binPx?: number) =>
    binPublishedTimes(times, range, scale, NEW_YORK, DAY[0], binPx);

  test('articles apart on screen keep a mark each, named by outlet and clock', () => {
    const { bins, largestCount } = binDay(timesOf([publishedAt('a', '09:00'), publishedAt('b', '12:00', 'Reuters')]));
    expect(bins.map((bin) => [bin.key, bin.count, bin.label])).toEqual([
      ['a', 1, 'The Guardian published at 09:00 EDT'],
      ['b', 1, 'Reuters published at 12:00 EDT'],
    ]);
    expect(bins[0]!.x).toBeCloseTo(375, 5);
    expect(largestCount).toBe(1);
  });

  test('articles minutes apart share one mark that counts them and gives their span', () => {
    // 09:02–09:06 lie in one cell (09:01:26–09:07:12).
    const articles = [
      publishedAt('a', '09:02'),
      publishedAt('b', '09:03', 'Reuters'),
      publishedAt('c', '09:05', 'AFP'),
      publishedAt('d', '09:06'),
    ];
    const { bins, largestCount } = binDay(timesOf(articles));
    expect(bins).toHaveLength(1);
    expect(bins[0]).toMatchObject({ key: 'a', count: 4, label: '4 articles published 09:02–09:06 EDT' });
    expect(largestCount).toBe(4);
    const three = binDay(timesOf(articles.slice(0, 3))).bins;
    expect(three[0]!.label).toBe('3 articles published 09:02–09:05 EDT: The Guardian, Reuters, AFP');
  });

  test('zoomed in, the same articles part again; outside the range they are left out but still set the scale', () => {
    const times = timesOf([
      publishedAt('a', '09:02'),
      publishedAt('b', '09:03'),
      publishedAt('c', '18:00'),
      publishedAt('d', '18:01'),
    ]);
    const range: [number, number] = [DAY[0] + 8.5 * 3_600_000, DAY[0] + 9.5 * 3_600_000];
    const zoomed = binDay(times, range, createTimeScale(range, 0, 1000));
    expect(zoomed.bins.map((bin) => bin.key)).toEqual(['a', 'b']);
    const wide = binDay(times, range, createTimeScale(range, 0, 10));
    expect(wide.bins.map((bin) => bin.count)).toEqual([2]);
    expect(wide.largestCount).toBe(2);
  });

  test('a pan keeps the bins it still shows: cells are counted from the day start, not the view', () => {
    const minute = 60_000;
    const times = Array.from({ length: 60 }, (_, index) => ({
      id: `a${index}`,
      ms: DAY[0] + 9 * 3_600_000 + index * 97_000,
      outlet: 'X',
    }));
    const hour: [number, number] = [DAY[0] + 9 * 3_600_000, DAY[0] + 10 * 3_600_000];
    const panned: [number, number] = [hour[0] + 7 * minute, hour[1] + 7 * minute];
    const before = binDay(times, hour, createTimeScale(hour, 0, 100));
    const after = binDay(times, panned, createTimeScale(panned, 0, 100));
    const inBoth = (bins: typeof before.bins) =>
      bins
        .filter((bin) => bin.firstMs >= panned[0] + 10 * minute && bin.lastMs <= hour[1])
        .map((bin) => [bin.key, bin.count]);
    expect(inBoth(after.bins)).toEqual(inBoth(before.bins));
    expect(inBoth(after.bins).length).toBeGreaterThan(3);
    expect(after.largestCount).toBe(before.largestCount);
  });

  test('property: every article in range is in exactly one bin, bins are in time order and narrower than the bin width', () => {
    const minute = 60_000;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 24 * 60 - 1 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 12 }),
        (minutes, binPx) => {
          const times = minutes
            .map((offset, index) => ({ id: `a${index}`, ms: DAY[0] + offset * minute, outlet: 'X' }))
            .sort((a, b) => a.ms - b.ms);
          const { bins, largestCount } = binDay(times, DAY, toX, binPx);
          expect(bins.reduce((total, bin) => total + bin.count, 0)).toBe(times.length);
          for (const [index, bin] of bins.entries()) {
            expect(toX(bin.lastMs) - bin.x).toBeLessThan(binPx);
            expect(bin.count).toBeLessThanOrEqual(largestCount);
            const next = bins[index + 1];
            if (next) expect(next.firstMs).toBeGreaterThan(bin.lastMs);
          }
        },
      ),
    );
  });
});
