/** A bad link's notices stay a few lines: similar ones merge in the parser, the rest fold into one line. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { capNotices, MAX_VISIBLE_NOTICES } from '../../src/app/header/cap-notices.ts';
import { createExplorerStore, type Notice } from '../../src/app/store/explorer-store.ts';
import { parseUrlState } from '../../src/app/store/url-state.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

afterEach(cleanup);

const notices = (count: number): Notice[] =>
  Array.from({ length: count }, (_, index) => ({ id: index + 1, text: `n${index}` }));

describe('capNotices', () => {
  test.each<[string, Notice[], number, string | null]>([
    ['none', [], 0, null],
    ['up to the cap, all shown', notices(3), 3, null],
    ['one over the cap is shown, not folded (its summary would take the same room)', notices(4), 4, null],
    ['five: three and a summary', notices(5), 3, '…and 2 more notices'],
    ['fifty: three and a summary', notices(50), 3, '…and 47 more notices'],
  ])('%s', (_name, input, shown, summary) => {
    const capped = capNotices(input);
    expect(capped.shown).toEqual(input.slice(0, shown));
    expect(capped.summary).toBe(summary);
  });
});

/** The explorer opened on a link, as src/main.tsx opens it. */
function openLink(search: string) {
  const { state, notices: texts } = parseUrlState(search, appCorpus);
  const store = createExplorerStore(appCorpus, state, texts);
  render(<App corpus={appCorpus} store={store} syncUrl={false} />);
  const status = screen.getAllByRole('status').find((region) => within(region).queryAllByRole('listitem').length > 0);
  if (!status) throw new Error('no notices shown');
  return { store, status, user: userEvent.setup() };
}

test('?person= with 200 bogus ids gives one notice with a count, and the rest of the link applies', () => {
  const ids = Array.from({ length: 200 }, (_, index) => `bogus-${index}`);
  const { store, status } = openLink(`?person=${ids.join(',')},john-kerry&event=ban-ki-moon-john-kerry-signing`);
  const items = within(status).getAllByRole('listitem');
  expect(items.length).toBeLessThanOrEqual(MAX_VISIBLE_NOTICES + 1);
  expect(items.map((item) => item.textContent)).toEqual([
    '200 unknown person ids in the link, e.g. "bogus-0", "bogus-1", "bogus-2"; ignored them.Dismiss',
  ]);
  expect(store.getState().personIds).toEqual(['john-kerry']);
  expect(store.getState().eventId).toBe('ban-ki-moon-john-kerry-signing');
  expect(screen.getByRole('region', { name: 'Signing of the Paris Agreement' })).toBeTruthy();
});

test('a link wrong in every parameter shows three notices and one line counting the rest', () => {
  const { status } = openLink('?%E0=1&event=nope&person=a&outlet=b&q=%3Cb%3E&tz=mars');
  expect(status.getAttribute('role')).toBe('status');
  const items = within(status).getAllByRole('listitem');
  expect(items).toHaveLength(MAX_VISIBLE_NOTICES + 1);
  expect(items.at(-1)?.textContent).toBe('…and 3 more notices');
});

test('dismissing notices unfolds the rest until none is folded', async () => {
  const { status, user } = openLink('?%E0=1&event=nope&person=a&outlet=b&q=%3Cb%3E');
  expect(within(status).getAllByRole('listitem').at(-1)?.textContent).toBe('…and 2 more notices');
  await user.click(within(status).getAllByRole('button', { name: 'Dismiss notice' })[0]!);
  const items = within(status).getAllByRole('listitem');
  expect(items).toHaveLength(4);
  expect(items.every((item) => within(item).queryByRole('button', { name: 'Dismiss notice' }))).toBe(true);
});
