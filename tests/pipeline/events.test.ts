import { describe, expect, test } from 'vitest';
import { corpusOf, textAt } from './load-folder.ts';
import type { TimelineEvent } from '../../src/corpus/schema.ts';

describe('events of the seeds', () => {
  const corpus = corpusOf('seeds');
  const byTitle = (pattern: RegExp) => {
    const event = corpus.events.find((candidate) => pattern.test(candidate.title));
    expect(event, `an event titled ${pattern}`).toBeDefined();
    return event!;
  };
  const sentencesOf = (event: TimelineEvent, prefix: string) =>
    event.sources
      .filter((source) => source.articleId.startsWith(prefix))
      .flatMap((source) => source.spans.map((span) => textAt(corpus, source.articleId, span)));

  test('the three events of the day come out of the text, with titles made from it', () => {
    const meeting = byTitle(/^Meeting of Rajnath Singh and Sergey Shoigu$/);
    const dialogue = byTitle(/^First India–Russia 2\+2 Ministerial Dialogue$/);
    const summit = byTitle(/^21st Annual India–Russia Summit$/);
    expect(meeting.participants.sort()).toEqual(['rajnath-singh', 'sergey-shoigu']);
    expect(dialogue.participants.sort()).toEqual(['rajnath-singh', 's-jaishankar', 'sergey-lavrov', 'sergey-shoigu']);
    expect(summit.participants.sort()).toEqual(['narendra-modi', 'vladimir-putin']);
  });

  test('ids are slugs of kind and participants or format, and unique', () => {
    expect(corpus.events.map((event) => event.id).sort()).toEqual([
      '21st-summit-india-russia',
      'arrival-lavrov-shoigu',
      'dialogue-2-plus-2-india-russia',
      'meeting-shoigu-singh',
    ]);
  });

  test('every article reports the dialogue and the summit; the sentences are the ones that say so', () => {
    const dialogue = byTitle(/2\+2/);
    const summit = byTitle(/Summit/);
    expect(dialogue.sources.map((source) => source.articleId.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(summit.sources.map((source) => source.articleId.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(sentencesOf(dialogue, '001')).toContain(
      'The first 2+2 Ministerial Dialogue is underway between the Russian and Indian ministers at the Sushma Swaraj Bhawan here on Monday.',
    );
    expect(sentencesOf(summit, '001')).toEqual([
      'Russian President Vladimir Putin will meet Prime Minister Narendra Modi later on Monday.',
    ]);
  });

  test('the Singh–Shoigu meeting is reported by the four articles that mention it, not by 000', () => {
    const meeting = byTitle(/^Meeting of/);
    expect(meeting.sources.map((source) => source.articleId.slice(0, 3))).toEqual(['001', '002', '003', '004']);
    expect(sentencesOf(meeting, '004')).toEqual([
      'A number of Agreements/Contracts/Protocols were signed between two sides after a one on one meeting between Defence Minister Rajnath Singh and his Russian counterpart Sergei Shoigu.',
    ]);
    expect(sentencesOf(meeting, '003')).toContain(
      'Officials said a number of a issues including ways to expand joint production of defence equipment figured in the Singh-Shoigu talks.',
    );
  });

  test('order: the meeting came ahead of the dialogue, the summit later in the day', () => {
    const meeting = byTitle(/^Meeting of/);
    const dialogue = byTitle(/2\+2/);
    const summit = byTitle(/Summit/);
    expect(dialogue.after.map((entry) => entry.eventId)).toEqual([meeting.id]);
    expect(textAt(corpus, dialogue.after[0]!.source.articleId, dialogue.after[0]!.source)).toBe(
      'The two leaders met ahead of the first 2+2 ministerial dialogue between India and Russia today.',
    );
    expect(summit.after.map((entry) => entry.eventId)).toEqual([dialogue.id]);
  });

  test('windows: the day in IST, narrowed only where the text allows, each bound with its reason', () => {
    const meeting = byTitle(/^Meeting of/);
    expect(meeting.start).toBe('2021-12-06T00:00:00+05:30');
    // 002 reports the meeting in the past tense and was published at 06:38 PM IST.
    expect(meeting.end).toBe('2021-12-06T18:38:00+05:30');
    expect(meeting.timeBasis.end.reason).toMatch(/published 18:38/);
    expect(meeting.timeBasis.end.source?.articleId).toMatch(/^002/);
    const summit = byTitle(/Summit/);
    expect([summit.start, summit.end]).toEqual(['2021-12-06T00:00:00+05:30', '2021-12-07T00:00:00+05:30']);
    expect(summit.timeBasis.start.reason).toMatch(/No earlier bound/);
  });

  test('“arrived on Sunday night” is placed on the evening before', () => {
    const arrival = byTitle(/^Arrival of Sergey Lavrov and Sergey Shoigu in New Delhi$/);
    expect([arrival.start, arrival.end]).toEqual(['2021-12-05T19:00:00+05:30', '2021-12-06T00:00:00+05:30']);
    expect(textAt(corpus, arrival.timeBasis.start.source!.articleId, arrival.timeBasis.start.source!)).toBe(
      'Sunday night',
    );
  });

  test('003 puts the Singh–Shoigu talks on Sunday: recorded as a discrepancy with both spans', () => {
    const meeting = byTitle(/^Meeting of/);
    const discrepancy = corpus.discrepancies.find((candidate) => candidate.eventId === meeting.id);
    expect(discrepancy?.topic).toBe('day');
    expect(
      discrepancy?.claims.map((claim) => [
        claim.articleId.slice(0, 3),
        textAt(corpus, claim.articleId, claim),
        claim.value,
      ]),
    ).toEqual([
      ['001', 'Monday', 'Monday 6 December 2021'],
      ['003', 'Sunday', 'Sunday 5 December 2021'],
    ]);
  });

  test('the venue comes from the text', () => {
    expect(byTitle(/2\+2/).place).toBe('Sushma Swaraj Bhawan');
  });
});
