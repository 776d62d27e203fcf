import { describe, expect, test } from 'vitest';
import { parseStamp, resolveWeekday } from '../../src/pipeline/dates.ts';
import { formatZonedIso, wallClockToUtcMs } from '../../src/corpus/zoned-time.ts';
import { articleOf, corpusOf } from './load-folder.ts';

const SPAN = { start: 0, end: 1 };

describe('parseStamp', () => {
  test.each([
    ['date 2021-12-06', '2021-12-06', null, null],
    ['Monday, December 06, 2021, 06:38 PM IST', '2021-12-06', '18:38', 'Asia/Kolkata'],
    ['03:50, 17-Jun-2021', '2021-06-17', '03:50', null],
    ['December 6, 2021', '2021-12-06', null, null],
    ['16.06.2021', '2021-06-16', null, null],
    ['13:52 BST, 24 September 2019', '2019-09-24', '13:52', 'Europe/London'],
    ['25 Sep 2019, 01:15 AM IST', '2019-09-25', '01:15', 'Asia/Kolkata'],
  ])('%j', (text, date, time, zone) => {
    expect(parseStamp(text, SPAN)).toMatchObject({ date, time, zone });
  });
  test.each(['Dec 6', 'later on Monday', 'no date here'])('no full date in %j', (text) => {
    expect(parseStamp(text, SPAN)).toBeNull();
  });
});

describe('resolveWeekday', () => {
  test.each([
    ['Monday', '2021-12-06', '2021-12-06'],
    ['Sunday', '2021-12-06', '2021-12-05'],
    ['tuesday', '2021-12-06', '2021-12-07'],
    ['Friday', '2021-12-06', '2021-12-03'],
  ])('%s nearest %s is %s', (weekday, reference, expected) =>
    expect(resolveWeekday(weekday, reference)).toBe(expected),
  );
});

describe('zoned time', () => {
  test('wall clock in a zone round-trips to an ISO string with that offset', () => {
    expect(formatZonedIso(wallClockToUtcMs('2021-12-06', 18, 38, 'Asia/Kolkata'), 'Asia/Kolkata')).toBe(
      '2021-12-06T18:38:00+05:30',
    );
    expect(formatZonedIso(wallClockToUtcMs('2022-11-14', 17, 36, 'Asia/Makassar'), 'Asia/Makassar')).toBe(
      '2022-11-14T17:36:00+08:00',
    );
    expect(formatZonedIso(wallClockToUtcMs('2021-06-16', 13, 36, 'Europe/Zurich'), 'Europe/Zurich')).toBe(
      '2021-06-16T13:36:00+02:00',
    );
  });
});

describe('publication dates of the seeds', () => {
  const corpus = corpusOf('seeds');

  test('the corpus day is the date the dated articles state, in IST', () => {
    expect(corpus.day).toMatchObject({ date: '2021-12-06', timeZone: 'Asia/Kolkata', place: 'New Delhi' });
  });

  test.each([
    ['000', '2021-12-06', 'explicit'],
    ['002', '2021-12-06T18:38:00+05:30', 'explicit'],
    ['001', '2021-12-06', 'inferred'],
    ['003', '2021-12-06', 'inferred'],
    ['004', '2021-12-06', 'inferred'],
  ])('%s is dated %s (%s)', (prefix, published, kind) => {
    const article = articleOf(corpus, prefix);
    expect(article.published).toBe(published);
    expect(article.publishedBasis.kind).toBe(kind);
  });

  test('an inferred date names the events and dated articles it rests on', () => {
    const reason = articleOf(corpus, '004').publishedBasis.reason;
    expect(reason).toMatch(/^No date in the text; it reports .*2\+2.*/);
    expect(reason).toMatch(/000-ca5c26b697baef2f/);
    expect(articleOf(corpus, '003').publishedBasis.reason).toMatch(/quotes a post dated December 6, 2021/);
  });
});

describe('publication dates of a day in London told from three zones', () => {
  const corpus = corpusOf('tests/fixtures/london-ruling');

  test('the day is read in the zone most stamps and datelines give, not the zone of the first article', () => {
    expect(corpus.day).toMatchObject({ date: '2019-09-24', timeZone: 'Europe/London', place: 'London' });
  });

  test.each([
    ['01', '2019-09-24', 'inferred', /dateline says “Sept 24” without a year/],
    ['02', '2019-09-24T13:52:00+01:00', 'explicit', /13:52 BST/],
    ['03', '2019-09-25T01:15:00+05:30', 'explicit', /IST/],
    ['04', '2019-09-24', 'explicit', /September 24, 2019/],
  ])('%s is published %s (%s)', (prefix, published, kind, reason) => {
    const article = articleOf(corpus, prefix);
    expect(article.published).toBe(published);
    expect(article.publishedBasis.kind).toBe(kind);
    expect(article.publishedBasis.reason).toMatch(reason);
  });
});
