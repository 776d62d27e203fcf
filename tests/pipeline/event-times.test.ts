import { describe, expect, test } from 'vitest';
import { corpusOf, textAt } from './load-folder.ts';

// Articles about one meeting in Dhaka: a wire says it began at 10:00 and ended at 12:30, a paper
// says it began at 11:30 and lasted two hours, an agency says the minister met someone else at 10:00.
describe('clock times that disagree', () => {
  const corpus = corpusOf('tests/fixtures/clock-conflict');
  const meeting = corpus.events[0]!;

  test('start times more than a quarter of an hour apart are a time discrepancy quoting both clocks', () => {
    const time = corpus.discrepancies.find((discrepancy) => discrepancy.topic === 'time')!;
    expect(time.eventId).toBe(meeting.id);
    expect(
      time.claims.map((claim) => [claim.articleId.slice(0, 2), textAt(corpus, claim.articleId, claim), claim.value]),
    ).toEqual([
      ['01', '10:00 a.m.', '10:00 (Asia/Dhaka)'],
      ['02', '11:30 am', '11:30 (Asia/Dhaka)'],
    ]);
  });

  test('the agency’s "met Ravi Shankar Rao" at the same hour is a who-met-whom discrepancy, quoting both reports', () => {
    const participants = corpus.discrepancies.find((discrepancy) => discrepancy.topic === 'participants')!;
    expect(participants.eventId).toBe(meeting.id);
    expect(participants.claims.map((claim) => [claim.articleId.slice(0, 2), claim.value])).toEqual([
      ['01', 'Anwar Hossain and Meera Kapoor'],
      ['03', 'Anwar Hossain and Ravi Shankar Rao'],
    ]);
    expect(textAt(corpus, participants.claims[1]!.articleId, participants.claims[1]!)).toMatch(
      /met Indian Commerce Minister Ravi Shankar Rao/,
    );
  });

  test('"ended at 12:30" bounds the end, not the start; the earliest start stands; a duration caps the end', () => {
    expect(meeting.start).toBe('2022-03-03T10:00:00+06:00');
    expect(meeting.end).toBe('2022-03-03T12:00:00+06:00');
    expect(meeting.timeBasis.end.reason).toMatch(/lasts at most “two hours”/);
  });
});

// One Kyodo story: a meeting "set for 5:30 pm", an arrival "at 13:36 local time after a cabinet meeting",
// and a press conference "ahead of the meeting".
describe('scheduled times, local times and order', () => {
  const corpus = corpusOf('tests/fixtures/tokyo-meeting');
  const event = (kind: string) => corpus.events.find((candidate) => candidate.kind === kind)!;

  test('"set for 5:30 pm" starts the meeting; "13:36 local time" is Tokyo time', () => {
    expect(corpus.day).toMatchObject({ date: '2022-06-16', timeZone: 'Asia/Tokyo' });
    expect(event('meeting').start).toBe('2022-06-16T17:30:00+09:00');
    expect(event('arrival').start).toBe('2022-06-16T13:36:00+09:00');
  });

  test('"ahead of the meeting" orders the press conference first; "after a cabinet meeting" is some other meeting', () => {
    expect(event('meeting').after.map((entry) => entry.eventId)).toEqual([event('press-conference').id]);
    expect(event('arrival').after).toEqual([]);
    expect(event('press-conference').end).toBe('2022-06-16T17:30:00+09:00');
  });
});
