import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app.tsx';
import { afterEach, expect, test } from 'vitest';
import { COVERAGE_MAX_ARTICLES, selectCoverage } from '../../src/app/coverage/coverage-rows.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

test('coverage has a row per event in reported order and a cell per article', () => {
  const coverage = selectCoverage(appCorpus);
  expect(coverage.articles.map((article) => article.id)).toEqual(['guardian-signing', 'reuters-accord', 'blog-royal']);
  expect(
    coverage.rows.map((row) => [row.event.id, row.cells.map((cell) => cell.sentenceCount), row.reportedBy]),
  ).toEqual([
    ['ban-ki-moon-john-kerry-signing', [1, 1, 0], 2],
    ['ban-ki-moon-segolene-royal-press-conference', [0, 1, 1], 2],
  ]);
});

test('the Coverage table has scoped headers and says reported or not in words', () => {
  renderExplorer();
  const table = screen.getByRole('table', { name: 'Coverage' });
  const columns = within(table)
    .getAllByRole('columnheader')
    .map((th) => [th.textContent, th.getAttribute('scope')]);
  expect(columns).toEqual([
    ['Event', 'col'],
    ['The Guardian000_guardian.txt', 'col'],
    ['Reuters001_reuters.txt', 'col'],
    ['Outlet not stated002_blog.txt', 'col'],
    ['Reported by', 'col'],
  ]);
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((row) => within(row).getByRole('rowheader').getAttribute('scope'))).toEqual(['row', 'row']);
  const cells = rows.map((row) =>
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent?.replace(/[●○]/g, '').trim()),
  );
  expect(cells).toEqual([
    ['Reported1 sentence', 'Reported1 sentence', 'Not reported', '2 of 3'],
    ['Not reported', 'Reported1 sentence', 'Reported1 sentence', '2 of 3'],
  ]);
});

test('an event row header selects the event', async () => {
  const { user, store } = renderExplorer();
  const table = screen.getByRole('table', { name: 'Coverage' });
  await user.click(within(table).getByRole('button', { name: 'Press conference by Ban Ki-moon and Ségolène Royal' }));
  expect(store.getState().eventId).toBe('ban-ki-moon-segolene-royal-press-conference');
});

test('a large corpus draws at most 40 article columns; "Reported by" still counts every article', () => {
  const articles = Array.from({ length: 45 }, (_, index) => ({
    ...appCorpus.articles[0]!,
    id: `bulk-${index}`,
    file: `bulk-${index}.txt`,
  }));
  const event = {
    ...appCorpus.events[0]!,
    sources: articles.map((article) => ({ articleId: article.id, spans: [{ start: 0, end: 1 }] })),
  };
  const coverage = selectCoverage({ ...appCorpus, articles, events: [event] });
  expect(coverage.articles).toHaveLength(COVERAGE_MAX_ARTICLES);
  expect(coverage.totalArticles).toBe(45);
  expect(coverage.rows[0]!.cells).toHaveLength(COVERAGE_MAX_ARTICLES);
  expect(coverage.rows[0]!.reportedBy).toBe(45);
});

test('a day of many events draws 25 rows first, and a button draws the rest', async () => {
  const [first] = appCorpus.events;
  const events = Array.from({ length: 30 }, (_, index) => ({
    ...first!,
    id: `event-${index}`,
    title: `Event number ${index}`,
    after: [],
  }));
  const user = userEvent.setup();
  render(<App corpus={{ ...appCorpus, events, discrepancies: [] }} syncUrl={false} />);
  const table = screen.getByRole('table', { name: 'Coverage' });
  // The header row, then one row per event drawn.
  expect(within(table).getAllByRole('row')).toHaveLength(1 + 25);
  await user.click(screen.getByRole('button', { name: 'Show all 30 event rows (5 more)' }));
  expect(within(table).getAllByRole('row')).toHaveLength(1 + 30);
});
