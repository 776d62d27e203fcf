import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

function cardByHeading(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

test('each card is an article named by its outlet, or "Outlet not stated"', () => {
  renderExplorer();
  const headings = screen
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 3 }).textContent);
  expect(headings).toEqual(['The Guardian', 'Reuters', 'Outlet not stated']);
});

test('a card shows wire credit, author, time in the corpus zone, people, events and quotes', () => {
  renderExplorer();
  const card = cardByHeading('The Guardian');
  expect(within(card).getByText('via AFP (Agence France-Presse) ·')).toBeTruthy();
  expect(within(card).getByText('Jane Reporter ·')).toBeTruthy();
  expect(within(card).getByText('22 Apr 2016, 14:05 EDT').tagName).toBe('TIME');
  expect(within(card).getByText('Ban Ki-moon, John Kerry')).toBeTruthy();
  expect(within(card).getByText('Reports:')).toBeTruthy();
  expect(within(card).getByRole('button', { name: 'Signing of the Paris Agreement' })).toBeTruthy();
  expect(card.textContent).toContain('Ban Ki-moon: “We are in a race against time”');
  expect(within(card).queryByText('inferred')).toBeNull();
});

test('an inferred date is marked, with its reason', () => {
  renderExplorer();
  const card = cardByHeading('Outlet not stated');
  const marker = within(card).getByText('inferred');
  expect(marker.getAttribute('title')).toBe('Reports the same press conference as a dated Reuters article');
  expect(within(card).getByText(/Date inferred: Reports the same press conference/)).toBeTruthy();
  // No headline: the lede stands in.
  expect(within(card).getByText(/handed over to Morocco/)).toBeTruthy();
});

test('cards reporting the selected event are marked and come first', async () => {
  const { user } = renderExplorer();
  await user.click(
    within(cardByHeading('Outlet not stated')).getByRole('button', {
      name: 'Press conference by Ban Ki-moon and Ségolène Royal',
    }),
  );
  const cards = screen.getAllByRole('article');
  expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
    'Reuters',
    'Outlet not stated',
    'The Guardian',
  ]);
  expect(cards.map((card) => within(card).queryByText('Reports the selected event') !== null)).toEqual([
    true,
    true,
    false,
  ]);
  expect(cards.map((card) => card.getAttribute('aria-current'))).toEqual(['true', 'true', null]);
});

test('a wire credited by its code is named in full beside it, on the card and in the outlet filter', () => {
  renderExplorer();
  expect(cardByHeading('The Guardian').textContent).toContain('via AFP (Agence France-Presse)');
  const afp = screen.getByRole('checkbox', { name: /^AFP \(\d+\)$/ });
  expect(document.getElementById(afp.getAttribute('aria-describedby')!)?.textContent).toBe('Agence France-Presse');
});
