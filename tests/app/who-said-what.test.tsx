import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app.tsx';
import { afterEach, expect, test } from 'vitest';
import type { Corpus, Quote } from '../../src/corpus/schema.ts';
import { selectQuoteGroups } from '../../src/app/quotes/quote-groups.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

function quote(id: string, extra: Partial<Quote> = {}): Quote {
  return {
    id,
    speakerId: null,
    speakerLabel: 'Someone',
    text: id,
    articleId: 'guardian-signing',
    span: { start: 0, end: 1 },
    channel: 'speech',
    statementId: `s-${id}`,
    ...extra,
  };
}

/** A corpus of the fixture's articles and people with these quotes, each a statement of its own. */
function withQuotes(quotes: Quote[]): Corpus {
  return {
    ...appCorpus,
    quotes,
    statements: quotes.map((one) => ({ id: one.statementId, speakerId: one.speakerId, quoteIds: [one.id] })),
  };
}

/** The fixture with Ban's Reuters quote reworded by a second outlet, both in one statement. */
const withVariant: Corpus = {
  ...appCorpus,
  quotes: [
    ...appCorpus.quotes,
    {
      id: 'q-ban-era-2',
      speakerId: null,
      speakerLabel: 'UN chief',
      text: 'The era of consumption without any consequences is now over',
      articleId: 'guardian-signing',
      span: { start: 0, end: 10 },
      channel: 'wire',
      statementId: 's-ban-era',
    },
  ],
  statements: appCorpus.statements.map((statement) =>
    statement.id === 's-ban-era' ? { ...statement, quoteIds: [...statement.quoteIds, 'q-ban-era-2'] } : statement,
  ),
};

test('quotes group by speaker, the same statement together with the longest wording first', () => {
  const groups = selectQuoteGroups(withVariant);
  expect(groups.map((group) => [group.name, group.quoteCount, group.otherLabels])).toEqual([
    ['Ban Ki-moon', 3, ['UN chief', 'Ban']],
  ]);
  expect(
    groups[0]?.statements.map((statement) => statement.entries.map((entry) => `${entry.quote.id}@${entry.source}`)),
  ).toEqual([['q-ban-race@The Guardian'], ['q-ban-era-2@The Guardian', 'q-ban-era@Reuters']]);
});

test('a speaker with no person id is grouped by the label the article gives', () => {
  const corpus = withQuotes([quote('x', { speakerLabel: 'The ministry' })]);
  expect(selectQuoteGroups(corpus).map((group) => [group.key, group.name])).toEqual([
    ['label:The ministry', 'The ministry'],
  ]);
});

test('the Who said what section lists each speaker with their quotes, outlet and channel', () => {
  // Each quote of the fixture corpus is a statement of its own under its speaker.
  renderExplorer();
  const section = screen.getByRole('region', { name: 'Who said what' });
  expect(within(section).getByRole('heading', { level: 3 }).textContent).toBe('Ban Ki-moon · UN secretary-general');
  expect(section.textContent).toContain('2 quotes by 1 speaker');
  expect(section.textContent).toContain('“We are in a race against time”');
  expect(section.textContent).toContain('Reuters · said · as “Ban”');
});

test('a statement carried by many articles shows six wordings, and a button shows the rest', async () => {
  const ids = Array.from({ length: 10 }, (_, index) => `w${index}`);
  // Longest first in corpus order, so the reference is w0 and the rest keep their order.
  const quotes = ids.map((id, index) =>
    quote(id, {
      speakerLabel: 'The ministry',
      text: `The talks went well ${'indeed '.repeat(10 - index)}`.trim(),
      articleId: `article-${index}`,
      statementId: 's-talks',
    }),
  );
  const corpus: Corpus = { ...appCorpus, quotes, statements: [{ id: 's-talks', speakerId: null, quoteIds: ids }] };
  const user = userEvent.setup();
  render(<App corpus={corpus} syncUrl={false} />);
  const section = screen.getByRole('region', { name: 'Who said what' });
  expect(section.textContent).toContain('Same statement, 10 wordings');
  expect(section.querySelectorAll('blockquote')).toHaveLength(6);
  await user.click(within(section).getByRole('button', { name: 'Show all 10 wordings (4 more)' }));
  expect(section.querySelectorAll('blockquote')).toHaveLength(10);
  expect(within(section).queryByRole('button', { name: /^Show all/ })).toBeNull();
});

test('a speaker with many statements shows eight, and a button shows the rest', async () => {
  const quotes = Array.from({ length: 11 }, (_, index) =>
    quote(`s${index}`, { speakerLabel: 'The ministry', text: `Statement number ${index}` }),
  );
  const user = userEvent.setup();
  render(<App corpus={withQuotes(quotes)} syncUrl={false} />);
  const section = screen.getByRole('region', { name: 'Who said what' });
  expect(section.querySelectorAll('blockquote')).toHaveLength(8);
  await user.click(within(section).getByRole('button', { name: 'Show all 11 statements by The ministry (3 more)' }));
  expect(section.querySelectorAll('blockquote')).toHaveLength(11);
});

test('many speakers: the ten most quoted first, and a button shows the rest', async () => {
  const quotes = Array.from({ length: 12 }, (_, index) =>
    quote(`p${index}`, {
      speakerLabel: `Speaker ${String(index).padStart(2, '0')}`,
      text: `Words of speaker ${index}`,
    }),
  );
  const user = userEvent.setup();
  render(<App corpus={withQuotes(quotes)} syncUrl={false} />);
  const section = screen.getByRole('region', { name: 'Who said what' });
  expect(within(section).getAllByRole('heading', { level: 3 })).toHaveLength(10);
  await user.click(within(section).getByRole('button', { name: 'Show all 12 speakers (2 more)' }));
  expect(within(section).getAllByRole('heading', { level: 3 })).toHaveLength(12);
});
