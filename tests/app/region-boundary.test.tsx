/** One failing view leaves the others working: each region of the page has its own error boundary. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { RegionBoundary } from '../../src/app/ui/region-boundary.tsx';
import { createExplorerStore } from '../../src/app/store/explorer-store.ts';
import { DEFAULT_URL_STATE } from '../../src/app/store/url-state.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

const failing = vi.hoisted(() => ({ filters: false, detail: false }));

vi.mock('../../src/app/filters/filter-bar.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/app/filters/filter-bar.tsx')>();
  return {
    FilterBar: () => {
      if (failing.filters) throw new Error('Filter options are corrupt.');
      return original.FilterBar();
    },
  };
});

vi.mock('../../src/app/event-detail/event-detail.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/app/event-detail/event-detail.tsx')>();
  return {
    EventDetail: () => {
      if (failing.detail) throw new Error('Event sources are corrupt.');
      return original.EventDetail();
    },
  };
});

beforeEach(() => {
  failing.filters = false;
  failing.detail = false;
  // React reports caught errors on the console; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

test('a throwing filter bar becomes an alert; timeline, cards and header still work', async () => {
  failing.filters = true;
  const store = createExplorerStore(appCorpus);
  render(<App corpus={appCorpus} store={store} syncUrl={false} />);
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toMatch(/^The filters could not be shown\.Filter options are corrupt\. The rest of the page still works\./);
  expect(screen.queryByRole('group', { name: /^Person/ })).toBeNull();
  expect(screen.getByRole('banner')).toBeTruthy();
  expect(screen.getAllByRole('article')).toHaveLength(appCorpus.articles.length);
  const timeline = screen.getByRole('region', { name: /Timeline/ });
  await userEvent.click(within(timeline).getAllByRole('button', { name: new RegExp(`^${appCorpus.events[0]!.title}`) })[0]!);
  expect(store.getState().eventId).toBe(appCorpus.events[0]!.id);
});

test('"Try again" renders the region again once it can', async () => {
  failing.filters = true;
  render(<App corpus={appCorpus} syncUrl={false} />);
  failing.filters = false;
  await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('group', { name: /^Person/ })).toBeTruthy();
});

test('a failing event detail is contained, and selecting another event clears it', async () => {
  failing.detail = true;
  const [first, second] = appCorpus.events;
  const store = createExplorerStore(appCorpus, { ...DEFAULT_URL_STATE, eventId: first!.id });
  render(<App corpus={appCorpus} store={store} syncUrl={false} />);
  expect(screen.getByRole('alert').textContent).toMatch(/^The event detail could not be shown\.Event sources are corrupt\./);
  expect(screen.getByRole('group', { name: /^Person/ })).toBeTruthy();
  failing.detail = false;
  store.getState().selectEvent(second!.id);
  expect(await screen.findByRole('region', { name: second!.title })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});

test('a boundary passes its children through when nothing fails', () => {
  render(
    <RegionBoundary label="The thing">
      <p>fine</p>
    </RegionBoundary>,
  );
  expect(screen.getByText('fine')).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});
