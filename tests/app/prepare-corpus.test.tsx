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
