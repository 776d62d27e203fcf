import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { CorpusError } from '../../src/app/corpus-error.tsx';
import { prepareCorpus } from '../../src/app/prepare-corpus.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

afterEach(cleanup);

test('a valid corpus passes unchanged', () => {
  expect(prepareCorpus(appCorpus)).toEqual({ ok: true, corpus: appCorpus, notices: [] });
});

test('a broken corpus gives named problems, and the error screen lists them', () => {
  const result = prepareCorpus({ ...appCorpus, articles: 'nope' });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.some((problem) => problem.startsWith('articles'))).toBe(true);
  render(<CorpusError problems={result.problems} />);
  expect(screen.getByRole('heading', { name: 'The corpus could not be loaded' })).toBeTruthy();
  expect(screen.getAllByRole('listitem')).toHaveLength(result.problems.length);
});

test('an unknown time zone falls back to UTC with a notice instead of crashing', () => {
  const result = prepareCorpus({ ...appCorpus, day: { ...appCorpus.day, timeZone: 'Mars/Olympus' } });
  expect(result).toMatchObject({
    ok: true,
    corpus: { day: { timeZone: 'UTC' } },
    notices: ['The corpus names an unknown time zone "Mars/Olympus"; times are shown in UTC.'],
  });
});

test.each<[string, (corpus: typeof appCorpus) => unknown, string]>([
  [
    'a quote past the end of its text',
    (c) => ({ ...c, quotes: c.quotes.map((q, i) => (i === 0 ? { ...q, span: { start: 0, end: 1e9 } } : q)) }),
    'quotes.0.span: span [0, 1000000000) lies outside',
  ],
  [
    'an event naming an unknown person',
    (c) => ({ ...c, events: c.events.map((e, i) => (i === 0 ? { ...e, participants: ['nobody'] } : e)) }),
    'events.0.participants.0: names person "nobody"',
  ],
  [
    'two articles with one id',
    (c) => ({ ...c, articles: [...c.articles, c.articles[0]] }),
    `articles.${appCorpus.articles.length}.id: "${appCorpus.articles[0]!.id}" is used twice`,
  ],
  [
    'a mention in an unknown article',
    (c) => ({
      ...c,
      people: c.people.map((p, i) => (i === 0 ? { ...p, mentions: [{ articleId: 'gone', start: 0, end: 1 }] } : p)),
    }),
    'people.0.mentions.0: names article "gone"',
  ],
])('a corpus whose shape is right but whose ids or spans are not is refused: %s', (_name, corrupt, problem) => {
  const result = prepareCorpus(corrupt(appCorpus));
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems).toContainEqual(expect.stringContaining(problem));
});
