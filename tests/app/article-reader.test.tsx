import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

const SIGNING = 'ban-ki-moon-john-kerry-signing';
const PRESS = 'ban-ki-moon-segolene-royal-press-conference';

async function openReader(cardName: string, initial: Parameters<typeof renderExplorer>[0] = {}) {
  const view = renderExplorer(initial);
  const card = screen.getByRole('article', { name: cardName });
  const opener = within(card).getByRole('button', { name: 'Read full text' });
  await view.user.click(opener);
  // The reader is a lazily loaded chunk: it appears once that has loaded.
  const dialog = await screen.findByRole('dialog', { name: cardName }, { timeout: 10_000 });
  return { ...view, card, opener, dialog };
}

test('the reader shows the whole text, paragraph by paragraph, sliced from the corpus', async () => {
  const { dialog } = await openReader('Reuters');
  const paragraphs = [...dialog.querySelectorAll('p')].map((p) => p.textContent);
  expect(paragraphs).toContain(
    'UNITED NATIONS (Reuters) - John Kerry and Ségolène Royal were among the first to sign the accord on Friday.',
  );
  expect(paragraphs).toContain(
    '"The era of consumption without consequences is over," Ban said at the press conference.',
  );
});

test("the selected event's sentences, selected people and quotes are marked", async () => {
  const { dialog } = await openReader('Reuters', { eventId: SIGNING, personIds: ['john-kerry'] });
  const marks = [...dialog.querySelectorAll('.leading-relaxed mark')].map((mark) => mark.textContent);
  expect(marks).toEqual([
    'John Kerry',
    ' and Ségolène Royal were among the first to sign the accord on Friday.',
    'The era of consumption without consequences is over',
  ]);
  expect(dialog.textContent).toContain('sentences reporting Signing of the Paris Agreement');
  expect(dialog.textContent).toContain('mentions of John Kerry');
});

test('an event sentence links to its event and selects it', async () => {
  const { dialog, user, store } = await openReader('Reuters', { eventId: SIGNING });
  const link = within(dialog).getByRole('link', { name: /^After the ceremony Ban Ki-moon/ });
  expect(link.getAttribute('href')).toBe(`?event=${PRESS}`);
  await user.click(link);
  expect(store.getState().eventId).toBe(PRESS);
  expect(
    within(dialog)
      .getByRole('link', { name: /^After the ceremony/ })
      .getAttribute('aria-current'),
  ).toBe('true');
});

test('Escape closes the reader and focus returns to the opener', async () => {
  const { user, opener } = await openReader('The Guardian');
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(document.activeElement).toBe(opener);
});

test('Close closes the reader too; junk paragraphs are left out with a note', async () => {
  const { user, dialog, opener } = await openReader('Outlet not stated');
  expect([...dialog.querySelectorAll('.leading-relaxed p')].map((p) => p.textContent)).not.toContain('Comment');
  expect(dialog.textContent).toContain('One line of page furniture');
  await user.click(within(dialog).getByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(document.activeElement).toBe(opener);
});
