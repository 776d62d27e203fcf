/**
 * Clocks written as wires write them ("1430 GMT"), happenings told as offsets from an earlier clock ("Twenty minutes
 * later"), live-blog entries that open with a noun cry ("SPLASHDOWN!"), and clocks inside a clause about a person.
 * Articles written for this test: a crewed capsule's return and a sentencing abroad.
 */
import { describe, expect, test } from 'vitest';
import { rewriteClocks } from '../../src/pipeline/clock-writing.ts';
import { findTimeOffsets } from '../../src/pipeline/durations.ts';
import { corpusOfTexts as corpusOf } from './load-folder.ts';

describe('rewriteClocks', () => {
  test('four digits before a zone or "hrs" become a clock, and indices map back to the text as written', () => {
    const written = 'It lifted off at 1430 GMT (1030 EDT), 1530 in Lisbon, in 2019.';
    const clocks = rewriteClocks(written);
    expect(clocks.text).toBe('It lifted off at 14:30 GMT (10:30 EDT), 1530 in Lisbon, in 2019.');
    const lisbon = clocks.text.indexOf('1530');
    expect(written.slice(clocks.original(lisbon), clocks.original(lisbon) + 4)).toBe('1530');
    expect(clocks.original(clocks.text.indexOf('14:30'))).toBe(written.indexOf('1430'));
  });

  test('British dotted clocks keep their length', () => {
    expect(rewriteClocks('struck at 3.42pm and 10.24 GMT').text).toBe('struck at 3:42pm and 10:24 GMT');
  });
});

describe('findTimeOffsets', () => {
  test.each([
    ['Twenty minutes later, the hatch opened.', 20, 'exact'],
    ['It docked about half an hour after launch.', 30, 'about'],
    ['An hour earlier, the crew had strapped in.', -60, 'exact'],
  ] as const)('%j is %d minutes from an earlier moment (%s)', (text, minutes, precision) => {
    expect(findTimeOffsets(text).map((offset) => [offset.signedMinutes, offset.precision])).toEqual([
      [minutes, precision],
    ]);
  });

  test('"for two hours before lunch" says how long, not when', () => {
    expect(findTimeOffsets('They talked for two hours before lunch.')).toEqual([]);
  });
});

describe('a capsule comes home', () => {
  const corpus = corpusOf({
    '01_wire.txt':
      'Published 3 August 2025\n\nHOUSTON, Aug 3 (Reuters) - The Aurora capsule and its four astronauts splashed down in the Gulf of Mexico off Pensacola at 2314 GMT on Sunday, ending a six-month stay in orbit. Twenty-two minutes later, recovery divers attached flotation collars to the capsule.',
    '02_live.txt':
      'LIVE: Aurora crew returns\n\nSunday 3 August 2025. All times GMT\n\n23:40 GMT\nThe divers have the capsule secured and the recovery ship is moving in.\n\n23:15 GMT\nSPLASHDOWN! The Aurora capsule is in the water off Pensacola.\n\n22:30 GMT\nThe deorbit burn is complete and the capsule is on its way down.',
    '03_paper.txt':
      'Published 3 August 2025\n\nPENSACOLA, Aug 3 - The capsule hit the water at 6:14 p.m. local time on Sunday under four orange parachutes.',
  });
  const at = (utc: string) => corpus.events.find((event) => Date.parse(event.start) === Date.parse(utc));

  test('"2314 GMT" is read as a clock and ties with "6:14 p.m." local time', () => {
    const splashdown = at('2025-08-03T23:14:00Z');
    expect(splashdown?.sources.map((source) => source.articleId)).toEqual(
      expect.arrayContaining(['01-wire', '03-paper']),
    );
  });

  test('an entry opening "SPLASHDOWN!" reports the splashdown the wire tells, though its sentence says only "is in the water"', () => {
    expect(at('2025-08-03T23:14:00Z')?.sources.map((source) => source.articleId)).toContain('02-live');
  });

  test('"Twenty-two minutes later" is counted from the clock the article gave before', () => {
    const collars = at('2025-08-03T23:36:00Z');
    expect(collars?.sources.map((source) => source.articleId)).toContain('01-wire');
    expect(collars?.timeBasis.start.reason).toBe('The text gives the clock time, counted from one it gave before');
  });
});

test('a clock inside a clause about a person ("who took her seat at 9:30 a.m.") does not date the main verb', () => {
  const corpus = corpusOf({
    '01_wire.txt':
      'Published 14 May 2025\n\nLISBON, May 14 (Reuters) - Judge Helena Prates, who took her seat in court at 9:30 a.m., sentenced former minister Rui Calado to six years in prison on Wednesday.',
    '02_live.txt':
      'LIVE: Calado sentencing\n\nWednesday 14 May 2025. Times are Lisbon time\n\n11:02\nJudge Prates sentences Rui Calado to six years in prison.\n\n09:30\nJudge Helena Prates has taken her seat.',
  });
  const sentencing = corpus.events.find((event) => /sentence/i.test(event.title));
  expect(sentencing?.start).not.toBe('2025-05-14T09:30:00+01:00');
  expect(sentencing?.sources.map((source) => source.articleId).sort()).toEqual(['01-wire', '02-live']);
});

describe('figures of one sentencing that cannot all be true', () => {
  const corpus = corpusOf({
    '01_wire.txt':
      'Published 2 April 2025\n\nVILNIUS, April 2 (Reuters) - A Lithuanian court sentenced former transport minister Darius Valys to four years in prison at 11:40 a.m. on Wednesday, and gave him two years suspended on a second charge.',
    '02_paper.txt':
      'Published 2 April 2025\n\nVILNIUS - Judge Rasa Mickute sentenced Darius Valys to four years in prison shortly before noon on Wednesday.',
    '03_blog.txt':
      'Published 2 April 2025\n\nSo the court sentenced Darius Valys to five years at 11:40 on Wednesday. If he had been convicted of bribery, he would have faced 12 years.',
  });
  const numbers = corpus.discrepancies.filter((discrepancy) => discrepancy.topic === 'number');

  test('"five years" against "four years" is one discrepancy; the wire’s extra "two years suspended" contradicts no one, and a hypothetical "12 years" claims nothing', () => {
    expect(numbers).toHaveLength(1);
    expect(numbers[0]!.claims.map((claim) => claim.value).sort()).toEqual(['five years', 'four years']);
  });
});
