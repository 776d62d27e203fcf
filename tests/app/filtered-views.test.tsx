import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

// The fixture: the Guardian (with AFP copy) on the signing, Reuters on the signing and the press
// conference, a blog on the press conference; Ban is quoted once in the Guardian and once in Reuters.

test('an outlet filter narrows every view, not only the cards', () => {
  renderExplorer({ outletIds: ['reuters'] });
  expect(screen.getAllByRole('article')).toHaveLength(1);

  const quotes = screen.getByRole('region', { name: 'Who said what' });
  expect(quotes.textContent).toContain('1 quote by 1 speaker');
  expect(quotes.textContent).toContain('The era of consumption without consequences is over');
  expect(quotes.textContent).not.toContain('We are in a race against time');

  const coverage = screen.getByRole('region', { name: 'Coverage' });
  const headers = within(coverage)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
  expect(headers.some((text) => /Reuters/.test(text ?? ''))).toBe(true);
  expect(headers.some((text) => /Guardian|blog/i.test(text ?? ''))).toBe(false);

  // The discrepancy has a Reuters side, so it stays, with both sides quoted.
  const discrepancies = screen.getByRole('region', { name: 'Discrepancies' });
  expect(within(discrepancies).getAllByRole('listitem').length).toBeGreaterThan(0);
});

test('a filter the other views have nothing for says so in each', () => {
  renderExplorer({ outletIds: ['the-guardian'], personIds: ['segolene-royal'] });
  expect(screen.queryAllByRole('article')).toHaveLength(0);
  expect(screen.getByRole('region', { name: 'Who said what' }).textContent).toContain('No quotes were found');
});

test('filter counts follow the other filter: a person counts the articles of the ticked outlet naming them', () => {
  renderExplorer({ outletIds: ['reuters'] });
  const people = screen.getByRole('group', { name: 'Person' });
  expect(within(people).getByRole('checkbox', { name: 'Ban Ki-moon (1)' })).toBeTruthy();
  expect(within(people).getByRole('checkbox', { name: 'Ségolène Royal (1)' })).toBeTruthy();
});

test('the event detail shows the sentences of the articles shown and says how many the filters hide', () => {
  renderExplorer({ eventId: 'ban-ki-moon-segolene-royal-press-conference', outletIds: ['reuters'] });
  const detail = screen.getByRole('region', { name: 'Press conference by Ban Ki-moon and Ségolène Royal' });
  expect(detail.textContent).toContain('2 articles (1 shown; the filters hide the others)');
  expect(
    within(detail)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent),
  ).toEqual([expect.stringMatching(/^Reuters/)]);
});
