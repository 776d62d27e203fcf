import { describe, expect, test } from 'vitest';
import type { Corpus } from '../../src/corpus/schema.ts';
import { corpusOf } from './load-folder.ts';
import { BERTH, SEEDS, correct, expectValid } from './correct-corpus.ts';

describe('event corrections', () => {
  const seeds = () => corpusOf(SEEDS);

  test('a retitled and re-timed event keeps its id; its bounds say they were corrected', () => {
    const after = correct(seeds(), {
      events: [
        {
          event: 'meeting-shoigu-singh',
          title: 'Rajnath Singh meets Sergei Shoigu',
          start: '2021-12-06T04:30:00Z',
          end: '2021-12-06T11:00:00+05:30',
          note: 'the ministry gave 10:00',
        },
      ],
    });
    const meeting = after.events.find((event) => event.id === 'meeting-shoigu-singh')!;
    expect(meeting.title).toBe('Rajnath Singh meets Sergei Shoigu');
    // Read in the corpus' zone, like every extracted time.
    expect(meeting.start).toBe('2021-12-06T10:00:00+05:30');
    expect(meeting.timeBasis.start).toEqual({
      at: '2021-12-06T10:00:00+05:30',
      reason: 'Corrected: the ministry gave 10:00',
      source: null,
    });
    expect(after.corrections[0]!.changes).toContainEqual({
      field: 'start',
      extracted: '2021-12-06T00:00:00+05:30',
      corrected: '2021-12-06T10:00:00+05:30',
    });
    expectValid(after);
  });

  test('a removed event leaves the events and its articles; a merged one folds its sources into the first', () => {
    const after = correct(seeds(), {
      events: [
        { remove: 'arrival-lavrov-shoigu', note: 'the day before' },
        { merge: ['21st-summit-india-russia', 'dialogue-2-plus-2-india-russia'], note: 'test merge' },
      ],
    });
    const ids = after.events.map((event) => event.id);
    expect(ids).not.toContain('arrival-lavrov-shoigu');
    expect(ids).not.toContain('dialogue-2-plus-2-india-russia');
    expect(after.articles.flatMap((article) => article.events)).not.toContain('arrival-lavrov-shoigu');
    const before = seeds();
    const summitSources = (corpus: Corpus, id: string) =>
      corpus.events.find((event) => event.id === id)!.sources.map((source) => source.articleId);
    expect(new Set(summitSources(after, '21st-summit-india-russia'))).toEqual(
      new Set([
        ...summitSources(before, '21st-summit-india-russia'),
        ...summitSources(before, 'dialogue-2-plus-2-india-russia'),
      ]),
    );
    expect(
      after.corrections.map((correction) => [correction.action, correction.subjectId, correction.mergedIds]),
    ).toEqual([
      ['remove', 'arrival-lavrov-shoigu', []],
      ['merge', '21st-summit-india-russia', ['dialogue-2-plus-2-india-russia']],
    ]);
    expect(after.discrepancies.map((discrepancy) => discrepancy.eventId)).not.toContain(
      'dialogue-2-plus-2-india-russia',
    );
    expectValid(after);
  });

  test('an added event takes a passage of an article as its source and an id no other event had', () => {
    const before = corpusOf(BERTH);
    const herald = before.articles.find((article) => article.file === '000_coast_herald.txt')!;
    const sentence = 'The ceremony began at 10:00 and lasted about an hour.';
    const start = herald.text.indexOf(sentence);
    const after = correct(before, {
      events: [
        {
          add: {
            title: 'Berth opening ceremony',
            start: '2024-03-14T10:00:00+03:00',
            end: '2024-03-14T11:00:00+03:00',
            sources: [{ file: '000_coast_herald.txt', start, end: start + sentence.length }, '001_daily_tide.txt'],
          },
          note: 'missed by the extraction',
        },
      ],
    });
    const added = after.events.find((event) => event.title === 'Berth opening ceremony')!;
    expect(added.id).toBe('berth-opening-ceremony');
    expect(added.sources).toEqual([
      { articleId: herald.id, spans: [{ start, end: start + sentence.length }] },
      { articleId: '001-daily-tide', spans: [] },
    ]);
    expect(after.articles.find((article) => article.id === herald.id)!.events).toContain(added.id);
    expectValid(after);
  });
});
