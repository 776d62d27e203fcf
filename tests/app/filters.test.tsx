import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

const cardHeadings = () =>
  screen.getAllByRole('article').map((card) => within(card).getByRole('heading', { level: 3 }).textContent);

test('the Person and Outlet groups list options with article counts', () => {
  renderExplorer();
  const person = screen.getByRole('group', { name: 'Person' });
  expect(
    within(person)
      .getAllByRole('checkbox')
      .map((box) => box.getAttribute('aria-describedby') !== null),
  ).toEqual([true, true, false]);
  expect(within(person).getByRole('checkbox', { name: 'Ban Ki-moon (2)' })).toBeTruthy();
  expect(within(person).getByRole('checkbox', { name: 'Ségolène Royal (2)' })).toBeTruthy();
  const outlet = screen.getByRole('group', { name: 'Outlet' });
  expect(within(outlet).getByRole('checkbox', { name: 'The Guardian (1)' })).toBeTruthy();
  expect(within(outlet).getByRole('checkbox', { name: 'AFP (1)' })).toBeTruthy();
  expect(within(outlet).getByText('Wire agencies')).toBeTruthy();
  expect(screen.getByText('Showing 3 of 3 articles')).toBeTruthy();
});

test('checking a person shows only the cards that mention them', async () => {
  const { user, store } = renderExplorer();
  await user.click(screen.getByRole('checkbox', { name: 'John Kerry (2)' }));
  expect(store.getState().personIds).toEqual(['john-kerry']);
  expect(cardHeadings()).toEqual(['The Guardian', 'Reuters']);
  expect(screen.getByText('Showing 2 of 3 articles')).toBeTruthy();
});

test('an outlet filter matches wire credits too, and Clear filters resets', async () => {
  const { user } = renderExplorer();
  await user.click(screen.getByRole('checkbox', { name: 'AFP (1)' }));
  expect(cardHeadings()).toEqual(['The Guardian']);
  await user.click(screen.getByRole('button', { name: 'Clear filters' }));
  expect(cardHeadings()).toEqual(['The Guardian', 'Reuters', 'Outlet not stated']);
  expect((screen.getByRole('checkbox', { name: 'AFP (1)' }) as HTMLInputElement).checked).toBe(false);
});

test('filters that leave nothing say so and offer a way back', async () => {
  const { user } = renderExplorer({ personIds: ['segolene-royal'], outletIds: ['the-guardian'] });
  expect(screen.queryAllByRole('article')).toEqual([]);
  expect(screen.getByText('No articles match these filters.')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Show all articles' }));
  expect(screen.getAllByRole('article')).toHaveLength(3);
});

test('the export count follows a filter and counts what the cards show; "everything" does not', async () => {
  const { user } = renderExplorer();
  const exportGroup = screen.getByRole('group', { name: 'Export' });
  const scope = within(exportGroup).getByRole('combobox', { name: 'What to export' });
  expect(within(scope).getByRole('option', { name: /^On screen: 2 events, 3 articles$/ })).toBeTruthy();
  await user.click(screen.getByRole('checkbox', { name: 'AFP (1)' }));
  expect(cardHeadings()).toEqual(['The Guardian']);
  expect(await within(scope).findByRole('option', { name: /^On screen: 1 event, 1 article$/ })).toBeTruthy();
  expect(within(scope).getByRole('option', { name: 'Everything: 2 events, 3 articles' })).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Clear filters' }));
  expect(await within(scope).findByRole('option', { name: /^On screen: 2 events, 3 articles$/ })).toBeTruthy();
});

test('an event no filtered article reports is dimmed and says so in its name; clearing the filters restores it', async () => {
  const { user } = renderExplorer();
  const timeline = screen.getByRole('region', { name: /^Timeline of/ });
  const note = /; no article in the current filters reports it$/;
  expect(within(timeline).queryAllByRole('button', { name: note })).toEqual([]);
  await user.click(screen.getByRole('checkbox', { name: 'AFP (1)' }));
  // AFP's copy is The Guardian's article, which reports the signing but not the press conference.
  const filteredOut = await within(timeline).findAllByRole('button', { name: note });
  expect(filteredOut.map((button) => button.getAttribute('aria-label'))).toEqual([
    expect.stringMatching(/^Press conference by Ban Ki-moon and Ségolène Royal/),
  ]);
  await user.click(screen.getByRole('button', { name: 'Clear filters' }));
  await waitFor(() => expect(within(timeline).queryAllByRole('button', { name: note })).toEqual([]));
});
