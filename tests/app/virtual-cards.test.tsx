import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { FIRST_RENDERED_ROWS, VIRTUALIZE_FROM_ROWS } from '../../src/app/cards/use-virtual-cards.ts';
import { createExplorerStore } from '../../src/app/store/explorer-store.ts';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/app/store/url-state.ts';
import type { Corpus } from '../../src/corpus/schema.ts';
import { createManyArticlesCorpus } from '../fixtures/many-articles-corpus.ts';

afterEach(cleanup);

const large = createManyArticlesCorpus(3000);
// Building the app's indexes over 3,000 articles takes seconds in jsdom.
const SLOW = { timeout: 60_000 };

function renderCorpus(corpus: Corpus, initial: Partial<UrlState> = {}) {
  const store = createExplorerStore(corpus, { ...DEFAULT_URL_STATE, ...initial });
  const user = userEvent.setup();
  render(<App corpus={corpus} store={store} syncUrl={false} />);
  return { store, user };
}

// DOM queries, not role queries: Testing Library's role queries take seconds per call on a page of
// a hundred cards in jsdom. The list's roles are asserted once, on a small page, below.

/** The source list: the list whose items carry the cards. */
function cardList(): HTMLElement {
  const list = document.querySelector<HTMLElement>('li > article')?.closest<HTMLElement>('ul');
  if (!list) throw new Error('No card list');
  return list;
}

/** The card list's items, in DOM order. */
function cardItems(): HTMLElement[] {
  return Array.from(cardList().querySelectorAll<HTMLElement>(':scope > li'));
}

test('a corpus of thousands of articles renders a bounded set of cards, numbered within the whole list', SLOW, () => {
  renderCorpus(large);
  const items = cardItems();
  expect(items.length).toBeGreaterThan(2);
  expect(items.length).toBeLessThanOrEqual(FIRST_RENDERED_ROWS + 5);
  expect(document.querySelectorAll('article').length).toBe(items.length);
  expect(items.every((item) => item.getAttribute('aria-setsize') === '3000')).toBe(true);
  const positions = items.map((item) => Number(item.getAttribute('aria-posinset')));
  expect(positions[0]).toBe(1);
  // The last card stays in the DOM, so Shift+Tab from after the list reaches it.
  expect(positions.at(-1)).toBe(3000);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // The cards left out keep their space (before the last card), so the page is as tall as the whole list.
  expect(Number.parseFloat(items.at(-1)!.style.marginTop)).toBeGreaterThan(1000 * 100);
});

test('focus in a card keeps its neighbours rendered, so Tab and Shift+Tab reach them', SLOW, () => {
  renderCorpus(large);
  const last = cardItems().at(-1)!;
  expect(last.getAttribute('aria-posinset')).toBe('3000');
  act(() => within(last).getByRole('button', { name: 'Read full text' }).focus());
  const positions = cardItems().map((item) => item.getAttribute('aria-posinset'));
  expect(positions).toContain('2999');
  expect(positions).toContain('3000');
});

test('with an event selected, the cards reporting it come first among the rendered cards', SLOW, () => {
  const press = large.events.find((event) => event.kind === 'press-conference')!;
  renderCorpus(large, { eventId: press.id });
  const items = cardItems();
  const reporting = press.sources.length;
  expect(reporting).toBe(2000);
  expect(items[0]!.querySelector('article')!.getAttribute('aria-current')).toBe('true');
  // The last of the whole list does not report it.
  expect(items.at(-1)!.querySelector('article')!.getAttribute('aria-current')).toBeNull();
});

test('filtering updates the rendered cards and the list size', SLOW, async () => {
  const { user } = renderCorpus(large);
  await user.click(
    within(screen.getByRole('group', { name: /^Outlet/ })).getByRole('checkbox', { name: /^The Guardian/ }),
  );
  const items = cardItems();
  expect(items.every((item) => item.getAttribute('aria-setsize') === '1000')).toBe(true);
  expect(items.every((item) => within(item).getByRole('heading', { level: 3 }).textContent === 'The Guardian')).toBe(
    true,
  );
});

test('a short list renders every card, as a list of numbered items', SLOW, () => {
  renderCorpus(createManyArticlesCorpus(VIRTUALIZE_FROM_ROWS - 1));
  expect(cardItems()).toHaveLength(VIRTUALIZE_FROM_ROWS - 1);
  const list = screen.getByRole('region', { name: 'Sources' }).querySelector('ul')!;
  expect(list).toBe(cardList());
  expect(list.getAttribute('role')).toBe('list');
  expect(cardItems().map((item) => item.getAttribute('aria-posinset'))).toEqual(
    cardItems().map((_, index) => String(index + 1)),
  );
});

test('printing renders every card, and only those near the viewport after', SLOW, () => {
  renderCorpus(createManyArticlesCorpus(120));
  const virtualized = cardItems().length;
  expect(virtualized).toBeLessThan(120);
  act(() => {
    fireEvent(window, new Event('beforeprint'));
  });
  expect(cardItems()).toHaveLength(120);
  act(() => {
    fireEvent(window, new Event('afterprint'));
  });
  expect(cardItems()).toHaveLength(virtualized);
});

test('the prerendered first cards hydrate without a mismatch, then narrows to the viewport', SLOW, async () => {
  const { renderToString } = await import('react-dom/server');
  const { hydrateRoot } = await import('react-dom/client');
  const corpus = createManyArticlesCorpus(500);
  const serverStore = createExplorerStore(corpus, { ...DEFAULT_URL_STATE });
  const container = document.createElement('div');
  container.innerHTML = renderToString(<App corpus={corpus} store={serverStore} syncUrl={false} />);
  document.body.append(container);
  expect(container.querySelectorAll('article')).toHaveLength(FIRST_RENDERED_ROWS);
  const errors: unknown[] = [];
  const root = await act(async () =>
    hydrateRoot(
      container,
      <App corpus={corpus} store={createExplorerStore(corpus, { ...DEFAULT_URL_STATE })} syncUrl={false} />,
      {
        onRecoverableError: (error) => errors.push(error),
      },
    ),
  );
  expect(errors).toEqual([]);
  // After mount the rendered cards follow the (jsdom, zero-sized) viewport and keeps the last card.
  const positions = Array.from(container.querySelectorAll('li[aria-posinset]'), (item) =>
    item.getAttribute('aria-posinset'),
  );
  expect(positions.length).toBeLessThan(FIRST_RENDERED_ROWS);
  expect(positions.at(-1)).toBe('500');
  act(() => root.unmount());
  container.remove();
});
