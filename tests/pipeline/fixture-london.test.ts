import { describe, expect, test } from 'vitest';
import { articleOf, corpusOf, textAt } from './load-folder.ts';

// Four articles about Tuesday 24 September 2019, when the UK Supreme Court ruled the prorogation of
// Parliament unlawful: a Reuters wire (London, BST and GMT), a British paper (byline, BST stamp,
// copyright line), an Indian PTI copy (IST clock, wrong weekday, wrong count of judges) and an AP
// story from New York (EDT clock, byline and date at the end).
describe('a day told from London, New York and New Delhi: the prorogation ruling', () => {
  const corpus = corpusOf('tests/fixtures/london-ruling');
  const eventOf = (kind: string) => corpus.events.find((event) => event.kind === kind)!;
  const nameOf = (id: string) => corpus.people.find((person) => person.id === id)?.name;

  test.each([
    ['01', null, ['Reuters'], 'Michael Holden and Kylie MacLellan'],
    ['02', 'Northern Herald Media', [], 'Helen Ward'],
    ['03', null, ['PTI'], null],
    ['04', null, ['AP'], 'JILL COLVIN and DANICA KIRKA'],
  ])('article %s: outlet %s, wires %j, author %s', (prefix, outlet, wires, author) => {
    const article = articleOf(corpus, prefix);
    expect(article.outlet?.name ?? null).toBe(outlet);
    expect(article.wires.map((wire) => wire.name)).toEqual(wires);
    expect(article.author).toBe(author);
  });

  test('the ruling: one event from all four articles, named by its court, at 10:30 London time', () => {
    const ruling = eventOf('ruling');
    expect(ruling).toMatchObject({
      id: 'supreme-court-ruling',
      title: 'Supreme Court Ruling',
      start: '2019-09-24T10:30:00+01:00',
    });
    expect(ruling.sources.map((source) => source.articleId.slice(0, 2))).toEqual(['01', '02', '03', '04']);
    // Of the three readings of one instant (10:30 a.m., 10.30am, 3 pm IST), one written in London time is shown.
    expect(textAt(corpus, ruling.timeBasis.start.source!.articleId, ruling.timeBasis.start.source!)).toMatch(
      /^10[:.]30\s?a\.?m\.?$/,
    );
  });

  test('clocks in three zones agree: 10:30 BST, 0930 GMT and 3 pm IST are one instant, so no time discrepancy', () => {
    expect(corpus.discrepancies.filter((discrepancy) => discrepancy.topic === 'time')).toEqual([]);
  });

  test('the Johnson–Trump meeting starts at 12:15 New York time (17:15 in London)', () => {
    const meeting = corpus.events.find((event) => event.kind === 'meeting')!;
    expect(meeting.participants.map(nameOf).sort()).toEqual(['Boris Johnson', 'Donald Trump']);
    expect(meeting.start).toBe('2019-09-24T17:15:00+01:00');
    expect(meeting.place).toBe('New York');
    expect(meeting.sources.map((source) => source.articleId.slice(0, 2))).toEqual(['01', '03', '04']);
  });

  test('a speech is its speaker’s alone, not everyone the sentence names', () => {
    expect(eventOf('speech')).toMatchObject({ title: 'Speech by Jeremy Corbyn', participants: ['jeremy-corbyn'] });
  });

  test('the PTI copy’s “Monday” is a day discrepancy against the wire’s “Tuesday”', () => {
    const day = corpus.discrepancies.find((discrepancy) => discrepancy.topic === 'day')!;
    expect(day.eventId).toBe('supreme-court-ruling');
    expect(day.claims.map((claim) => [claim.articleId.slice(0, 2), textAt(corpus, claim.articleId, claim)])).toEqual([
      ['01', 'Tuesday'],
      ['03', 'Monday'],
    ]);
  });

  test('“11 judges” against “All 12 judges” is a number discrepancy on the ruling, quoting both', () => {
    const number = corpus.discrepancies.find((discrepancy) => discrepancy.topic === 'number')!;
    expect(number).toMatchObject({ id: 'supreme-court-ruling-number-judge', eventId: 'supreme-court-ruling' });
    expect(
      number.claims.map((claim) => [claim.articleId.slice(0, 2), textAt(corpus, claim.articleId, claim)]).sort(),
    ).toEqual([
      ['01', '11 judges'],
      ['03', '12 judges'],
    ]);
  });

  test('“a 30-minute meeting” against “about 45 minutes” is a duration discrepancy on the meeting', () => {
    const duration = corpus.discrepancies.find((discrepancy) => discrepancy.topic === 'duration')!;
    expect(duration.eventId).toBe('meeting-johnson-trump');
    expect(duration.claims.map((claim) => textAt(corpus, claim.articleId, claim)).sort()).toEqual([
      '30-minute',
      'about 45 minutes',
    ]);
  });

  test('“The Prime Minister, speaking to reporters …, said” is Johnson, and the same words in two papers are linked', () => {
    const disagree = corpus.quotes.filter((quote) => quote.text.startsWith('I strongly disagree'));
    expect(disagree.map((quote) => nameOf(quote.speakerId!))).toEqual(['Boris Johnson', 'Boris Johnson']);
    expect(disagree[0]!.statementId).toBe(disagree[1]!.statementId);
    expect(corpus.statements.find((statement) => statement.id === disagree[0]!.statementId)!.quoteIds).toEqual(
      disagree.map((quote) => quote.id),
    );
  });
});
