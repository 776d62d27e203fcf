/**
 * How stated clocks and days tie or split happenings across articles. Articles written for this test: a
 * landslide that cut a mountain railway, reported by a wire, a live blog with UTC stamps and a next-day piece.
 */
import { describe, expect, test } from 'vitest';
import { corpusOfTexts as corpusOf } from './load-folder.ts';

describe('a landslide day', () => {
  const corpus = corpusOf({
    '01_wire.txt':
      'Landslide cuts mountain line\n\nPublished June 11, 2025 07:30 GMT\n\nCHUR, Switzerland, June 11 (Reuters) - A landslide buried the Albula railway line near Bergün at 6:47 a.m. on Wednesday, the operator said. A second slide hit the valley road at 2:07 p.m. The canton declared a state of emergency at 11 a.m., with the road to stay shut until Sunday.',
    '02_live.txt':
      'LIVE: Landslide in Graubünden\n\nWednesday 11 June 2025. All times GMT\n\n05:10 GMT\nThe railway operator says a landslide came down on the line at 06:47 local time (04:47 GMT) near Bergün. No train was passing.\n\n11:55 GMT\nBREAKING: A second landslide has hit the valley road below Bergün.',
    '03_nextday.txt':
      'Clean-up begins after landslides\n\nJune 12, 2025\n\nCHUR, June 12 - Crews began clearing the Albula line on Thursday. The canton on Thursday declared the valley road closed for a month. The second slide, which struck the valley road at about 2:40 pm on Wednesday, carried away a bridge.',
  });
  const byTitle = (pattern: RegExp) => corpus.events.filter((event) => pattern.test(event.title));

  test('a clock glossed in another zone in brackets reads as the local clock, and the same minute with a word in common ties two wordings', () => {
    const slide = corpus.events.find((event) => event.start === '2025-06-11T06:47:00+02:00');
    expect(slide).toBeDefined();
    expect(slide!.sources.map((source) => source.articleId).sort()).toEqual(['01-wire', '02-live']);
    expect(corpus.events.filter((event) => event.start.includes('04:47'))).toEqual([]);
  });

  test('a rough clock and a precise one within the hour are one happening when they share what happened', () => {
    const second = corpus.events.filter(
      (event) =>
        event.sources.some((source) => source.articleId === '03-nextday') &&
        event.sources.some((source) => source.articleId === '01-wire') &&
        /slide/i.test(event.title),
    );
    expect(second).toHaveLength(1);
  });

  test('"until Sunday" is not the day of the declaration, and a declaration stated on another day is another happening', () => {
    const declared = byTitle(/declared/i);
    expect(declared).toHaveLength(1);
    expect(declared[0]!.start).toBe('2025-06-11T11:00:00+02:00');
    expect(declared[0]!.sources.map((source) => source.articleId)).toEqual(['01-wire']);
  });
});

describe('reports that give no time, and days carried through an article', () => {
  const corpus = corpusOf({
    '01_live.txt':
      'LIVE: Marathon day\n\nLast updated: 6 April 2025, 1:30 PM CEST\n\n11:52 CEST\nKiptoo breaks the tape in 2:04:11. What a run!\n\n11:20 CEST\nKiptoo has dropped the last of the pack at the 35 km mark.\n\n09:00 CEST\nThe elite men are off, to a roar from the crowd on the bridge.',
    '02_report.txt':
      'Kiptoo wins in Rotterdam\n\nPublished 6 April 2025\n\nROTTERDAM, April 6 - Benson Kiptoo broke the tape in 2:04:11 to win the Rotterdam marathon, his first big-city title. Kiptoo dropped the pack after 35 kilometres.',
    '03_nextday.txt':
      'A week of records\n\nPublished 7 April 2025\n\nAMSTERDAM, April 7 - Runners in Rotterdam enjoyed cool weather yesterday. The men set off at 9 am, and the women followed at 9:15 am.',
  });

  test('an untimed sentence of another article that names the person and the verb is a source of the timed happening', () => {
    const finish = corpus.events.find((event) => event.start === '2025-04-06T11:52:00+02:00');
    expect(finish?.sources.map((source) => source.articleId).sort()).toEqual(['01-live', '02-report']);
  });

  test('one blog’s two entries stay two moments though they name the same runner', () => {
    const moments = corpus.events.filter(
      (event) => event.sources.some((source) => source.articleId === '01-live') && /Kiptoo/.test(event.title),
    );
    expect(moments.map((event) => event.start).sort()).toEqual([
      '2025-04-06T11:20:00+02:00',
      '2025-04-06T11:52:00+02:00',
    ]);
  });

  test('"yesterday" said early in a next-day article dates the clocks it gives later', () => {
    const start = corpus.events.find((event) => /set off/i.test(event.title));
    expect(start?.start).toBe('2025-04-06T09:00:00+02:00');
  });
});

describe('zones after a meridiem, and days inside relative clauses', () => {
  test('"7:50 p.m. EST on Saturday" is one sentence, read on New York’s clock', () => {
    const corpus = corpusOf({
      'a.txt':
        'Published 18 January 2025\n\nKOUROU, January 18 - The probe fired its engine at 7:50 p.m. EST on Saturday, about twelve hours after launch, and the burn lasted 40 minutes.',
    });
    const burn = corpus.events.find((event) => /fired/.test(event.title));
    expect(burn?.start).toBe('2025-01-18T21:50:00-03:00');
  });

  test('a weekday inside a relative clause does not date the clocks that follow', () => {
    const corpus = corpusOf({
      'a.txt':
        'Published 15 March 2025\n\nKOUROU, March 15 - Winds, which ruled out a launch on Friday, had eased by dawn. The rocket lifted off at 9:20 a.m. local time.',
    });
    const launch = corpus.events.find((event) => /lifted off/.test(event.title));
    expect(launch?.start).toBe('2025-03-15T09:20:00-03:00');
  });
});

describe('time discrepancies', () => {
  const corpus = corpusOf({
    '01_wire.txt':
      'Published 6 March 2025\n\nIZMIR, March 6 (Reuters) - An earthquake struck the coast at 4:17 a.m. on Thursday. A ferry ran aground in the port at 1:24 p.m., blocking the harbour. Governor Selin Aydemir held a press conference at 6:10 pm.',
    '02_live.txt':
      'LIVE: Izmir quake\n\nThursday 6 March 2025. All times GMT\n\n01:42 GMT\nA strong earthquake has struck the coast near Izmir, the disaster agency says.',
    '03_local.txt':
      'Published 6 March 2025\n\nIZMIR: The ferry ran aground in the port shortly after 1 pm on Thursday. Governor Selin Aydemir held a press conference at about 8 pm.',
  });
  const timeDiscrepancies = corpus.discrepancies.filter((discrepancy) => discrepancy.topic === 'time');

  test('a live blog’s stamp is when it reported, not a second reading of when it happened', () => {
    expect(
      timeDiscrepancies.filter((discrepancy) => discrepancy.claims.some((claim) => claim.articleId === '02-live')),
    ).toEqual([]);
  });

  test('a rough reading within the hour agrees with a precise one; readings two hours apart do not', () => {
    expect(timeDiscrepancies.map((discrepancy) => discrepancy.description)).toEqual([
      expect.stringMatching(
        /^Sources disagree on when “Press conference by Selin Aydemir” happened: 18:10 .* vs 20:00 /,
      ),
    ]);
  });
});

test('"began at 13:36 and ended at 15:19" gives the talks both their start and their end', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 6 December 2021\n\nNEW DELHI, Dec 6 (Reuters) - Defence Minister Rajesh Kumar held talks with his counterpart Ivan Petrov in New Delhi on Monday. The talks began at 13:36 and ended at 15:19, officials said.',
    'b.txt':
      'Published 6 December 2021\n\nNEW DELHI, Dec 6 - Rajesh Kumar and Ivan Petrov met in New Delhi on Monday afternoon.',
  });
  const talks = corpus.events.find((event) => event.participants.length === 2);
  expect([talks?.start, talks?.end]).toEqual(['2021-12-06T13:36:00+05:30', '2021-12-06T15:19:00+05:30']);
  expect(talks?.timeBasis.end.reason).toBe('The text gives the clock time it ended');
});

test('a next-day article telling, with no day named, what was held in the evening puts it on the day before', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 6 December 2021\n\nNEW DELHI, Dec 6 (Reuters) - Defence Minister Rajesh Kumar held talks with Ivan Petrov in New Delhi on Monday.',
    'b.txt': 'Published 6 December 2021\n\nNEW DELHI, Dec 6 - Rajesh Kumar and Ivan Petrov met in New Delhi on Monday.',
    'c.txt':
      'Published 7 December 2021\n\nNEW DELHI, Dec 7 - Foreign Secretary Anil Verma briefed a press conference in the evening, saying 28 agreements were signed.',
  });
  const briefing = corpus.events.find((event) => event.kind === 'press-conference');
  expect(briefing?.start.slice(0, 10)).toBe('2021-12-06');
});

describe('a happening at a clock time is a moment unless the text says how long it lasted', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 9 May 2025\n\nBERGEN, May 9 - A cargo ship ran aground off Bergen at 4:05 a.m. on Friday morning. Tugs pulled the ship free at 1:24 p.m., some nine hours later.',
    'b.txt':
      'Published 10 May 2025\n\nBERGEN, May 10 - The cargo ship that ran aground off Bergen on Friday was pulled free at 1:24 p.m. that afternoon.',
  });

  test('the part of the day it was reported in does not stretch it', () => {
    const grounding = corpus.events.find((event) => event.start === '2025-05-09T04:05:00+02:00');
    expect(grounding?.end).toBe(grounding?.start);
  });

  test('"some nine hours later" places the refloating, it does not say it lasted nine hours; "that afternoon" does not stretch it either', () => {
    const freed = corpus.events.find((event) => event.start === '2025-05-09T13:24:00+02:00');
    expect(freed?.end).toBe('2025-05-09T13:24:00+02:00');
  });
});

test('a clocked happening told "on Friday afternoon" ends when it starts, not when the afternoon ends', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 9 May 2025\n\nBERGEN, May 9 - A harbour crane collapsed onto a quay in Bergen at 2:10 p.m. on Friday afternoon, the port authority said.',
  });
  const collapse = corpus.events.find((event) => event.start === '2025-05-09T14:10:00+02:00');
  expect([collapse?.end, collapse?.timeBasis.end.reason]).toEqual([
    '2025-05-09T14:10:00+02:00',
    expect.stringMatching(/^A moment/),
  ]);
});

test('a live-blog stamp joining a stated clock does not replace it: "by 12:40" reports "at about 12.35pm"', () => {
  const corpus = corpusOf({
    'paper.txt':
      'Published 21 October 2025\n\nLISBON - Police vans left the court at about 12.35pm, carrying Tomas Ferreira to Caxias prison.',
    'live.txt':
      'LIVE: Ferreira sentencing\n\nPublished 21 October 2025. Times are Lisbon time\n\n12:40\nTomas Ferreira has been driven from court to Caxias prison in a police van.',
  });
  const vans = corpus.events.find((event) => event.sources.length === 2);
  expect(vans?.start).toBe('2025-10-21T12:35:00+01:00');
});
