import { describe, expect, test } from 'vitest';
import { corpusOf, textAt } from './load-folder.ts';
import type { Quote } from '../../src/corpus/schema.ts';

describe('quotes in the seeds', () => {
  const corpus = corpusOf('seeds');
  const quoteStarting = (articlePrefix: string, opening: string) =>
    corpus.quotes.find((quote) => quote.articleId.startsWith(articlePrefix) && quote.text.startsWith(opening));

  test.each([
    ['000', 'India-Russia partnership is unique', 's-jaishankar', 'wire'],
    ['000', 'I would like to also take the opportunity', 's-jaishankar', 'wire'],
    ['000', 'We hope that Russia will remain', 'rajnath-singh', 'wire'],
    ['001', 'India deeply appreciates', 'rajnath-singh', 'tweet'],
    ['001', 'productive, fruitful and substantial', 'rajnath-singh', 'speech'],
    ['001', 'A milestone in the India-Russia', 'arindam-bagchi', 'tweet'],
    ['001', 'Further reinforcing', 'arindam-bagchi', 'tweet'],
    ['002', 'Defence cooperation is one of', 'rajnath-singh', 'speech'],
    ['002', 'India-Russia relations are time-tested', 'rajnath-singh', 'speech'],
    ['002', 'Our close cooperation is not targeted', 'rajnath-singh', 'speech'],
    ['003', 'Had a productive, fruitful', 'rajnath-singh', 'tweet'],
    ['004', 'India deeply appreciates', 'rajnath-singh', 'tweet'],
    ['004', 'Our partnership is indeed very special', 's-jaishankar', 'speech'],
    ['004', 'exceptionally steady', 's-jaishankar', 'speech'],
  ])('%s “%s…” is by %s via %s', (prefix, opening, speakerId, channel) => {
    const quote = quoteStarting(prefix, opening);
    expect(quote, `quote “${opening}” in ${prefix}`).toBeDefined();
    expect(quote!.speakerId).toBe(speakerId);
    expect(quote!.channel).toBe(channel);
  });

  test('a statement by an office keeps the office as speaker, with no person', () => {
    const quote = quoteStarting('003', 'The agenda for the dialogue');
    expect(quote).toMatchObject({
      speakerId: null,
      speakerLabel: 'Ministry of External Affairs',
      channel: 'statement',
    });
  });

  test('each quote span covers its text', () => {
    for (const quote of corpus.quotes) expect(textAt(corpus, quote.articleId, quote.span)).toBe(quote.text);
  });

  const statementOf = (quote: Quote) => corpus.statements.find((statement) => statement.id === quote.statementId)!;

  test('the same statement in other outlets is one statement, despite different wording', () => {
    const jagran = quoteStarting('000', 'India-Russia partnership is unique')!;
    const statesman = quoteStarting('004', 'Our partnership is indeed very special')!;
    expect(jagran.statementId).toBe(statesman.statementId);
    expect(statementOf(jagran).quoteIds).toEqual(expect.arrayContaining([jagran.id, statesman.id]));
    const tweet = quoteStarting('001', 'India deeply appreciates')!;
    expect(tweet.statementId).toBe(quoteStarting('004', 'India deeply appreciates')!.statementId);
    expect(statementOf(tweet).speakerId).toBe(tweet.speakerId);
  });

  test('different statements by one speaker are not linked', () => {
    const pillars = quoteStarting('002', 'Defence cooperation is one of')!;
    expect(statementOf(pillars).quoteIds).toEqual([pillars.id]);
  });

  test('statements partition the quotes: each quote is listed once, in the statement it names', () => {
    const listed = corpus.statements.flatMap((statement) => statement.quoteIds);
    expect([...listed].sort()).toEqual(corpus.quotes.map((quote) => quote.id).sort());
    for (const quote of corpus.quotes) expect(statementOf(quote).quoteIds).toContain(quote.id);
  });

  test('scare quotes around a term are not quotes', () => {
    expect(corpus.quotes.some((quote) => /^2\s*(\+|Plus)\s*2$/.test(quote.text))).toBe(false);
  });
});
