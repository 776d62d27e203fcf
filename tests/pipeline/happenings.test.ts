/**
 * Open-domain events: what articles report as done at a time becomes an event, whatever the field,
 * with no list of occasion words. Articles written for this test (a harbour fire, a cup final).
 */
import { describe, expect, test } from 'vitest';
import { corpusOfTexts as corpusOf } from './load-folder.ts';
import { findPredicates } from '../../src/pipeline/predicates.ts';
import { segmentArticle } from '../../src/pipeline/segment.ts';

describe('predicates anchored in time', () => {
  const predicatesOf = (text: string) => {
    const segments = segmentArticle(text);
    return findPredicates(text, segments.paragraphs, segments.sentences).map((predicate) => [
      predicate.lemma,
      text.slice(predicate.span.start, predicate.span.end),
    ]);
  };

  test.each([
    [
      'a phrasal verb with a clock time',
      'A fire broke out in a warehouse at the port at 4:10 a.m. on Tuesday.',
      [['break', 'broke out']],
    ],
    ['a verb whose letters also sit inside an earlier word', 'The white van hit a pole at 3 pm.', [['hit', 'hit']]],
    ['a passive verb', 'The tanker was refloated at 15:05 local time.', [['refloat', 'was refloated']]],
    ['not without a time', 'The tanker was refloated after a long operation.', []],
    [
      'not the speech verb, the reported one',
      'Officials said the bridge reopened on Monday morning.',
      [['reopen', 'reopened']],
    ],
    ['not a modal', 'The council must decide by Friday evening.', []],
    ['not inside quotation marks', '“We finished at 6 pm,” the captain said.', []],
    [
      'not a title before a name',
      'Judge Amara Osei sentences the driver to two years at 10:40 a.m.',
      [['sentence', 'sentences']],
    ],
    [
      'reading a statement is something done',
      'Her brother is reading a statement outside the court now, at 11:15.',
      [['read', 'is reading']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(predicatesOf(`Headline\n\n${text}`)).toEqual(expected);
  });

  test('a live-blog entry’s first sentence is dated by its stamp', () => {
    const text =
      'Live: harbour fire\n\n04:25 GMT\n\nFirefighters have reached the burning warehouse. Smoke covers the bay.';
    const segments = segmentArticle(text);
    const [first, ...rest] = findPredicates(text, segments.paragraphs, segments.sentences);
    expect(first?.lemma).toBe('reach');
    expect(first && text.slice(first.entryStamp!.start, first.entryStamp!.end)).toBe('04:25 GMT');
    expect(rest).toEqual([]);
  });
});

describe('a day in another field', () => {
  const corpus = corpusOf({
    '01_wire.txt':
      'Updated May 14, 2024 09:12 GMT\n\nPIRAEUS, Greece, May 14 (Reuters) - A fire broke out on a cargo ship moored at the container terminal at 4:10 a.m. on Tuesday, the coastguard said. Firefighters put out the blaze by 7:30 a.m. and nobody was hurt.',
    '02_local.txt':
      'Harbour fire contained\n\nPIRAEUS: The blaze broke out aboard the cargo ship shortly after 4 a.m. on Tuesday. The terminal reopened at noon after inspectors checked the quay.',
    '03_blog.txt':
      'What a morning\n\nI woke up at 5 to sirens: the ship fire at the terminal was all anyone talked about on Tuesday.',
  });
  const happenings = corpus.events.filter((event) => event.kind === 'happening');

  test('the main happening is one event reported by the articles that state its time, at that time', () => {
    const fire = happenings.find((event) => /broke out/.test(event.title))!;
    expect(fire).toBeDefined();
    expect(fire.sources.map((source) => source.articleId).sort()).toEqual(['01-wire', '02-local']);
    expect(fire.start).toBe('2024-05-14T04:10:00+03:00');
    expect(fire.title).toMatch(/^(?:Fire|Blaze) broke out/);
  });

  test('a sub-event with its own stated time is its own event, titled from its sentence', () => {
    const reopened = happenings.find((event) => /reopened/.test(event.title));
    expect(reopened?.start).toBe('2024-05-14T12:00:00+03:00');
    expect(reopened?.title).toBe('Terminal reopened');
  });

  test('the day and zone are the port’s', () => {
    expect(corpus.day).toMatchObject({ date: '2024-05-14', timeZone: 'Europe/Athens' });
  });
});

test('a happening at a stated time with nothing bounding its end is a moment, not a day-long bar', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published: 2 March 2024\n\nNAIROBI: A magnitude 5.1 earthquake struck western Kenya at 3:42 p.m. on Saturday, the geological survey said.',
    'b.txt': 'Published: 2 March 2024\n\nNAIROBI: The quake hit at 3.42pm on Saturday and was felt in Kisumu.',
  });
  const quake = corpus.events.find((event) => event.kind === 'happening')!;
  expect(quake.start).toBe('2024-03-02T15:42:00+03:00');
  expect(quake.end).toBe(quake.start);
  expect(quake.timeBasis.end.reason).toMatch(/^A moment/);
  expect(quake.sources).toHaveLength(2);
});

describe('a live blog whose entries carry their stamps on the same line', () => {
  const corpus = corpusOf({
    '01_live.txt':
      'Cup final LIVE: Rovers lift the trophy\n\nLast updated: 17 May 2025, 7:10 PM BST\n\n6:58 PM: GOAL! Okafor heads in from a corner. Rovers 2-1 United.\n\n5:31 PM: The referee blows the whistle and the final is under way at Wembley.\n\n5:05 PM: Both teams walk out to a wall of noise.',
    '02_report.txt':
      'Rovers win the cup\n\nPublished 17 May 2025\n\nLONDON, May 17 (Reuters) - Rovers beat United 2-1 in the cup final at Wembley on Saturday. Kick-off was at 5:30 pm. Okafor headed in the winner at 6:58 pm.',
  });
  const titles = corpus.events.map((event) => event.title);

  test('the stamp times the entry and stays out of its title', () => {
    expect(titles.some((title) => /\d:\d\d\s*PM/i.test(title))).toBe(false);
    const walkOut = corpus.events.find((event) => /walk out/i.test(event.title));
    expect(walkOut?.start).toBe('2025-05-17T17:05:00+01:00');
  });

  test('an entry led by a verbless cry is told by its next sentence, and two articles report the goal as one event', () => {
    const goal = corpus.events.find(
      (event) => /head/i.test(event.title) && event.start === '2025-05-17T18:58:00+01:00',
    );
    expect(goal).toBeDefined();
    expect(goal!.sources.map((source) => source.articleId).sort()).toEqual(['01-live', '02-report']);
  });
});

test('a title drops a label in capitals, and a clause with no plain subject is titled as written up to its verb', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published: 9 July 2025\n\nDUISBURG, July 9 - UPDATE: A barge struck the lock gate at 3:12 pm on Wednesday. The second, a smaller tug, came loose at 4:40 pm.',
  });
  const titles = corpus.events.map((event) => event.title).sort();
  expect(titles).toEqual(['A barge struck the lock gate', 'The second, a smaller tug, came loose']);
});
