import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { describeIgnoredEvents, resolveEventPageLocation } from '../../src/app/store/event-page-url.ts';
import { createExplorerStore } from '../../src/app/store/explorer-store.ts';
import { parseUrlState } from '../../src/app/store/url-state.ts';
import { startUrlSync } from '../../src/app/store/url-sync.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

const SIGNING = 'ban-ki-moon-john-kerry-signing';
const PRESS = 'ban-ki-moon-segolene-royal-press-conference';

/** Back/Forward in jsdom: history.back() fires popstate asynchronously. */
async function goBack() {
  await act(async () => {
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
  });
}

function storeFromLocation() {
  const { state, notices } = parseUrlState(window.location.search, appCorpus);
  return createExplorerStore(appCorpus, state, notices);
}

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

test('selecting and filtering push history entries; zoom does not', () => {
  const store = createExplorerStore(appCorpus);
  const stop = startUrlSync(store, appCorpus);
  const before = window.history.length;
  store.getState().selectEvent(SIGNING);
  expect(window.location.search).toBe(`?event=${SIGNING}`);
  store.getState().togglePerson('john-kerry');
  expect(window.location.search).toBe(`?event=${SIGNING}&person=john-kerry`);
  store.getState().setZoomRange([0, 1_000_000]);
  expect(window.location.search).toBe(`?event=${SIGNING}&person=john-kerry`);
  expect(window.history.length).toBe(before + 2);
  store.getState().selectEvent(null);
  store.getState().clearFilters();
  expect(window.location.search).toBe('');
  stop();
});

test('a link with unknown ids opens with notices and a cleaned address', () => {
  window.history.replaceState(null, '', `/?event=nope&person=john-kerry`);
  const store = storeFromLocation();
  const stop = startUrlSync(store, appCorpus);
  expect(store.getState().eventId).toBeNull();
  expect(store.getState().personIds).toEqual(['john-kerry']);
  expect(store.getState().notices.map((notice) => notice.text)).toEqual([
    'Unknown event "nope" in the link; showing the whole day.',
  ]);
  expect(window.location.search).toBe('?person=john-kerry');
  stop();
});

test('Back restores the previous selection through popstate, in the views too', async () => {
  window.history.replaceState(null, '', `/?event=${SIGNING}`);
  const store = storeFromLocation();
  const user = userEvent.setup();
  render(<App corpus={appCorpus} store={store} />);
  expect(screen.getByRole('region', { name: 'Signing of the Paris Agreement' })).toBeTruthy();

  const timeline = screen.getByRole('region', { name: /Timeline/ });
  await user.click(within(timeline).getByRole('button', { name: /^Press conference by Ban Ki-moon/ }));
  expect(window.location.search).toBe(`?event=${PRESS}`);
  expect(screen.getByRole('region', { name: 'Press conference by Ban Ki-moon and Ségolène Royal' })).toBeTruthy();

  await goBack();
  expect(window.location.search).toBe(`?event=${SIGNING}`);
  expect(store.getState().eventId).toBe(SIGNING);
  expect(screen.getByRole('region', { name: 'Signing of the Paris Agreement' })).toBeTruthy();
  expect(screen.queryByRole('region', { name: 'Press conference by Ban Ki-moon and Ségolène Royal' })).toBeNull();
});

test('popstate onto a bad link shows a notice without adding history', async () => {
  const store = createExplorerStore(appCorpus);
  const stop = startUrlSync(store, appCorpus);
  window.history.pushState(null, '', '/?outlet=bbc');
  const length = window.history.length;
  window.history.pushState(null, '', '/');
  await goBack();
  expect(store.getState().notices.map((notice) => notice.text)).toEqual([
    'Unknown outlet "bbc" in the link; ignored it.',
  ]);
  expect(window.location.search).toBe('');
  expect(window.history.length).toBe(length + 1);
  stop();
});

describe.each(['/events/', '/sub/events/'])(
  'opened at an event page under %s, with or without its final slash',
  (prefix) => {
    const base = prefix.replace(/events\/$/, '');

    /** What src/main.tsx does on an event page: the app's own address in place, then the link parsed. */
    function openEventPage(pathname: string, search = '') {
      window.history.replaceState(null, '', `${pathname}${search}`);
      const page = resolveEventPageLocation(window.location);
      if (!page) throw new Error(`${pathname} is not an event page`);
      window.history.replaceState(null, '', page.href);
      const title = appCorpus.events.find((event) => event.id === page.eventId)?.title;
      const ignored = describeIgnoredEvents(page, title);
      const { state, notices } = parseUrlState(window.location.search, appCorpus);
      return createExplorerStore(appCorpus, state, [...(ignored ? [ignored] : []), ...notices]);
    }

    test.each([`${prefix}${PRESS}`, `${prefix}${PRESS}/`])(
      "%s opens that event, and the next selection links from the app's base path",
      (pathname) => {
        const store = openEventPage(pathname, '?person=john-kerry');
        const stop = startUrlSync(store, appCorpus);
        expect(store.getState().eventId).toBe(PRESS);
        expect(store.getState().personIds).toEqual(['john-kerry']);
        expect(store.getState().notices).toEqual([]);
        expect(`${window.location.pathname}${window.location.search}`).toBe(`${base}?event=${PRESS}&person=john-kerry`);
        store.getState().selectEvent(SIGNING);
        expect(`${window.location.pathname}${window.location.search}`).toBe(
          `${base}?event=${SIGNING}&person=john-kerry`,
        );
        stop();
      },
    );

    test("a disagreeing ?event= gives a polite notice naming both; the page's own event wins", () => {
      const store = openEventPage(`${prefix}${PRESS}`, `?event=${SIGNING}`);
      const stop = startUrlSync(store, appCorpus);
      render(<App corpus={appCorpus} store={store} syncUrl={false} />);
      expect(store.getState().eventId).toBe(PRESS);
      const status = screen.getAllByRole('status').find((region) => region.textContent?.includes('ignored'));
      expect(status?.textContent).toContain(
        `Showing this page's event "Press conference by Ban Ki-moon and Ségolène Royal"; ignored the link's other event "${SIGNING}".`,
      );
      expect(window.location.search).toBe(`?event=${PRESS}`);
      stop();
    });

    test('an agreeing ?event= needs no notice', () => {
      const store = openEventPage(`${prefix}${PRESS}/`, `?event=${PRESS}`);
      expect(store.getState().eventId).toBe(PRESS);
      expect(store.getState().notices).toEqual([]);
    });
  },
);

test("the sync never appends the query to an event page's path, even if the app was not moved off it", () => {
  for (const pathname of [`/events/${PRESS}`, `/events/${PRESS}/`, `/sub/events/${PRESS}`]) {
    window.history.replaceState(null, '', pathname);
    const store = createExplorerStore(appCorpus);
    const stop = startUrlSync(store, appCorpus);
    store.getState().selectEvent(SIGNING);
    expect(`${window.location.pathname}${window.location.search}`).toBe(
      `${pathname.startsWith('/sub/') ? '/sub/' : '/'}?event=${SIGNING}`,
    );
    stop();
  }
});
