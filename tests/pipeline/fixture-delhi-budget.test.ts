import { describe, expect, test } from 'vitest';
import { articleOf, corpusOf, textAt } from './load-folder.ts';

// Held out: four articles about Union Budget day, Wednesday 1 February 2023 (a PTI copy, a business
// paper, a Reuters wire with a GMT clock, a regional page with a wrong weekday), whose expectations
// were written before the pipeline first ran on them.
describe('a held-out day: Union Budget 2023', () => {
  const corpus = corpusOf('tests/fixtures/delhi-budget');
  const nameOf = (id: string) => corpus.people.find((person) => person.id === id)?.name;
  const event = (id: string) => corpus.events.find((candidate) => candidate.id === id)!;
  const files = (id: string) => event(id).sources.map((source) => source.articleId.slice(0, 2));

  test('a name after a portfolio ("Minister of State for Finance Pankaj Chaudhary") is a person who can be quoted', () => {
    const quote = corpus.quotes.find((candidate) => candidate.text.startsWith('Farmers'))!;
    expect(nameOf(quote.speakerId!)).toBe('Pankaj Chaudhary');
  });

  test('the budget speech starts at 11 am IST, which the wire gives as 0530 GMT', () => {
    expect(event('speech-sitharaman')).toMatchObject({
      title: 'Speech by Nirmala Sitharaman',
      start: '2023-02-01T11:00:00+05:30',
    });
    expect(files('speech-sitharaman')).toEqual(['01', '02', '03']);
  });

  test('“called on the President” is a meeting; “her press conference” is hers', () => {
    expect(files('meeting-murmu-sitharaman')).toEqual(['01', '04']);
    expect(event('press-conference-sitharaman').participants).toEqual(['nirmala-sitharaman']);
    expect(files('press-conference-sitharaman')).toEqual(['02', '04']);
  });

  test('the regional page’s “Tuesday” is flagged against the dated PTI copy', () => {
    const day = corpus.discrepancies.find((discrepancy) => discrepancy.topic === 'day')!;
    expect(day.eventId).toBe('meeting-murmu-sitharaman');
    expect(day.claims.map((claim) => [claim.articleId.slice(0, 2), claim.value.slice(0, 26)])).toEqual([
      ['04', 'Tuesday 31 January 2023'],
      ['01', 'Wednesday 1 February 2023 '],
    ]);
  });

  test('“87 minutes” against “nearly two hours” is a duration discrepancy on the speech', () => {
    const duration = corpus.discrepancies.find((discrepancy) => discrepancy.topic === 'duration')!;
    expect(duration.eventId).toBe('speech-sitharaman');
    expect(duration.claims.map((claim) => textAt(corpus, claim.articleId, claim)).sort()).toEqual([
      '87 minutes',
      'nearly two hours',
    ]);
  });

  test('Rs 10 lakh crore, ₹10,00,000 crore and 10 trillion rupees are one sum: no number discrepancy', () => {
    expect(corpus.discrepancies.filter((discrepancy) => discrepancy.topic === 'number')).toEqual([]);
  });

  test('the PTI dateline without a year is dated from the corpus, and credits "(With inputs from ANI)"', () => {
    const pti = articleOf(corpus, '01');
    expect(pti.wires.map((wire) => wire.name)).toEqual(['PTI', 'ANI']);
    expect(pti.published).toBe('2023-02-01');
  });
});
