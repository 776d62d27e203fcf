import { describe, expect, test } from 'vitest';
import { corpusOf, textAt } from './load-folder.ts';

// Four articles about the Biden–Xi meeting in Bali on Monday 14 November 2022, written in other outlet
// styles: a wire dateline, an IST-stamped Indian outlet, an undated copy with a wrong weekday, a local byline.
describe('a day nobody tuned for: the Biden–Xi meeting in Bali', () => {
  const corpus = corpusOf('tests/fixtures/bali-meeting');
  const article = (prefix: string) => corpus.articles.find((candidate) => candidate.file.startsWith(prefix))!;

  test('the day and its clock come from datelines and stamps, not from India', () => {
    expect(corpus.day).toMatchObject({ date: '2022-11-14', timeZone: 'Asia/Makassar', place: 'Nusa Dua' });
  });

  test.each([
    ['01', [], ['Reuters'], null, '2022-11-14T21:40:00+08:00', 'explicit'],
    ['02', [], [], null, '2022-11-15T07:10:00+05:30', 'explicit'],
    ['03', [], ['AFP'], null, '2022-11-14', 'inferred'],
    ['04', [], [], 'Putu Ayu Lestari', '2022-11-14T21:05:00+08:00', 'explicit'],
  ])('article %s: credits and date', (prefix, _outlets, wires, author, published, basis) => {
    expect(article(prefix).outlet).toBeNull();
    expect(article(prefix).wires.map((wire) => wire.name)).toEqual(wires);
    expect(article(prefix).author).toBe(author);
    expect(article(prefix).published).toBe(published);
    expect(article(prefix).publishedBasis.kind).toBe(basis);
  });

  test('people, with surname-first names and titles of several words', () => {
    expect(corpus.people.map((person) => [person.name, person.role, person.aliases])).toEqual([
      ['Joe Biden', 'US President', ['Biden']],
      ['Xi Jinping', 'Chinese President', ['Xi']],
      ['Antony Blinken', 'US Secretary of State', []],
      ['Joko Widodo', 'Indonesian President', []],
    ]);
  });

  test('the meeting: both leaders, all four articles, from the local clock time to the wire’s update', () => {
    const meeting = corpus.events.find((event) => event.id === 'meeting-biden-jinping')!;
    expect(meeting.title).toBe('Meeting of Joe Biden and Xi Jinping');
    expect(meeting.sources.map((source) => source.articleId.slice(0, 2))).toEqual(['01', '02', '03', '04']);
    expect([meeting.start, meeting.end]).toEqual(['2022-11-14T17:36:00+08:00', '2022-11-14T21:40:00+08:00']);
    const startSource = meeting.timeBasis.start.source!;
    expect(textAt(corpus, startSource.articleId, startSource)).toMatch(/^5:36 p\.?m\.?$/);
  });

  test('the press conference comes after the meeting; Xi’s arrival in the afternoon', () => {
    const press = corpus.events.find((event) => event.kind === 'press-conference')!;
    expect(press).toMatchObject({ title: 'Press conference by Joe Biden', participants: ['joe-biden'] });
    expect(press.after.map((entry) => entry.eventId)).toEqual(['meeting-biden-jinping']);
    const arrival = corpus.events.find((event) => event.kind === 'arrival')!;
    expect(arrival).toMatchObject({
      title: 'Arrival of Xi Jinping in Bali',
      start: '2022-11-14T12:00:00+08:00',
      end: '2022-11-14T17:00:00+08:00',
    });
  });

  test('the wrong weekday in the undated copy is a discrepancy', () => {
    expect(corpus.discrepancies).toHaveLength(1);
    const [discrepancy] = corpus.discrepancies;
    expect(
      discrepancy!.claims.map((claim) => [claim.articleId.slice(0, 2), textAt(corpus, claim.articleId, claim)]),
    ).toEqual([
      ['01', 'Monday'],
      ['03', 'Tuesday'],
    ]);
  });

  test('quotes: the pronoun goes to the person named last, the same words in two outlets are linked', () => {
    const byText = (opening: string) => corpus.quotes.find((quote) => quote.text.startsWith(opening))!;
    expect(byText('As leaders of two major countries').speakerId).toBe('xi-jinping');
    expect(byText('We share a responsibility').speakerId).toBe('joe-biden');
    expect(byText('China and the United States should respect').channel).toBe('wire');
    const coldWar = corpus.quotes.filter((quote) => quote.text.startsWith('I absolutely believe'));
    expect(coldWar).toHaveLength(2);
    expect(coldWar[0]!.statementId).toBe(coldWar[1]!.statementId);
    expect(corpus.statements.find((statement) => statement.id === coldWar[0]!.statementId)!.quoteIds).toEqual(
      coldWar.map((quote) => quote.id),
    );
  });

  test('no seed names leak into another day', () => {
    expect(JSON.stringify(corpus)).not.toMatch(/Shoigu|Rajnath|Jaishankar|Lavrov/);
  });
});
