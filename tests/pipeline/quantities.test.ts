import { describe, expect, test } from 'vitest';
import { claimsAgree } from '../../src/pipeline/claim-precision.ts';
import { findDurations } from '../../src/pipeline/durations.ts';
import { findQuantities } from '../../src/pipeline/quantities.ts';
import { parseNumber } from '../../src/pipeline/written-numbers.ts';

describe('parseNumber', () => {
  test.each([
    ['6,01,427', 601_427],
    ['601,427', 601_427],
    ['1,234,567', 1_234_567],
    ['five lakh', 500_000],
    ['5,000 crore', 50_000_000_000],
    ['twenty-one', 21],
    ['two hundred and fifty', 250],
    ['1.5 million', 1_500_000],
    ['eleven', 11],
  ])('%j is %d', (written, value) => {
    expect(parseNumber(written)).toBe(value);
  });

  test.each(['lakh', 'several', ''])('%j is not a number', (written) => {
    expect(parseNumber(written)).toBeNull();
  });
});

describe('findQuantities', () => {
  const found = (text: string) =>
    findQuantities(text).map((quantity) => [quantity.value, quantity.unit, quantity.precision, quantity.text]);

  test('counts with what they count, singular, and how exact the writer was', () => {
    expect(found('All 12 judges of the court ruled, and over 200 protesters gathered.')).toEqual([
      [12, 'judge', 'exact', '12 judges'],
      [200, 'protester', 'at-least', 'over 200 protesters'],
    ]);
    expect(found('He polled 6,01,427 votes, nearly five lakh votes more than his rival.')).toEqual([
      [601_427, 'vote', 'exact', '6,01,427 votes'],
      [500_000, 'vote', 'at-most', 'nearly five lakh votes'],
    ]);
  });

  test('sums of money in rupees, with Indian scale words', () => {
    expect(found('a project worth ₹5,000 crore and another of Rs 300 crore')).toEqual([
      [50_000_000_000, 'rupee', 'exact', '₹5,000 crore'],
      [3_000_000_000, 'rupee', 'exact', 'Rs 300 crore'],
    ]);
  });

  test('dates, years, clock times, ordinals and formats are not counts', () => {
    expect(found('On Dec 6, 2021 at 10:30 am the 21st annual summit and the 2+2 dialogue met for five weeks')).toEqual(
      [],
    );
  });

  test('a magnitude is measured whichever side of the number its word stands', () => {
    expect(
      found(
        'The quake, put at magnitude 6.9, was followed by a 5.8-magnitude aftershock; the agency first gave a magnitude of 6.4.',
      ),
    ).toEqual([
      [6.9, 'magnitude', 'exact', 'magnitude 6.9'],
      [5.8, 'magnitude', 'exact', '5.8-magnitude'],
      [6.4, 'magnitude', 'exact', 'magnitude of 6.4'],
    ]);
  });

  test('years and months are counted when claimed ("sentenced to four years"), not when they frame a time or tell how long', () => {
    expect(found('The court sentenced him to four years and fined the firm for eight months of delays.')).toEqual([
      [4, 'year', 'exact', 'four years'],
    ]);
    expect(
      found(
        'It was the worst flood in 40 years, two days after the storm, a 31-year-old said; they talked for three weeks.',
      ),
    ).toEqual([]);
  });

  test('spans point at the words, offset into the article', () => {
    const [quantity] = findQuantities('xx 11 judges', 100);
    expect(quantity!.span).toEqual({ start: 103, end: 112 });
  });
});

describe('findDurations', () => {
  test.each([
    ['a 30-minute meeting', 30, 'exact'],
    ['Their meeting lasted about 45 minutes.', 45, 'about'],
    ['they met for more than three hours', 180, 'at-least'],
    ['an hour-long meeting', 60, 'exact'],
    ['talks lasted two and a half hours', 150, 'exact'],
    ['for nearly 90 minutes', 90, 'at-most'],
  ])('%j lasts %d minutes (%s)', (text, minutes, precision) => {
    expect(findDurations(text).map((duration) => [duration.minutes, duration.precision])).toEqual([
      [minutes, precision],
    ]);
  });

  test.each([
    'The ferry docked at 1:24 p.m., some nine hours later.',
    'The alarm had sounded an hour earlier.',
    'The last bus left two hours ago.',
  ])('%j says when, not how long', (text) => {
    expect(findDurations(text)).toEqual([]);
  });

  test('a duration before an occasion still lasts: "talks for two hours before lunch"', () => {
    expect(findDurations('They held talks for two hours before lunch.').map((duration) => duration.minutes)).toEqual([
      120,
    ]);
  });
});

describe('claimsAgree', () => {
  test.each([
    [{ value: 30, precision: 'exact' }, { value: 45, precision: 'about' }, false],
    [{ value: 44, precision: 'exact' }, { value: 45, precision: 'about' }, true],
    [{ value: 11, precision: 'exact' }, { value: 12, precision: 'exact' }, false],
    [{ value: 200, precision: 'at-least' }, { value: 350, precision: 'exact' }, true],
    [{ value: 500_000, precision: 'at-most' }, { value: 601_427, precision: 'exact' }, false],
  ] as const)('%j and %j agree: %s', (a, b, agree) => {
    expect(claimsAgree(a, b)).toBe(agree);
  });
});
