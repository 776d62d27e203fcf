/** One failing view leaves the others working: each region of the page has its own error boundary. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { appCorpus } from '../fixtures/app-corpus.ts';

type AppModule = typeof import('../../src/app/app.tsx');
type BoundaryModule = typeof import('../../src/app/ui/region-boundary.tsx');
type StoreModule = typeof import('../../src/app/store/explorer-store.ts');
type UrlStateModule = typeof import('../../src/app/store/url-state.ts');
let App: AppModule['App'];
let RegionBoundary: BoundaryModule['RegionBoundary'];
let createExplorerStore: StoreModule['createExplorerStore'];
let DEFAULT_URL_STATE: UrlStateModule['DEFAULT_URL_STATE'];

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

// The app tests' setup loaded the lazily loaded views (the event detail among them) before this
// file's mocks existed: start from a fresh module graph so the app loads the mocked views.
beforeAll(async () => {
  vi.resetModules();
  ({ App } = await import('../../src/app/app.tsx'));
  ({ RegionBoundary } = await import('../../src/app/ui/region-boundary.tsx'));
  ({ createExplorerStore } = await import('../../src/app/store/explorer-store.ts'));
  ({ DEFAULT_URL_STATE } = await import('../../src/app/store/url-state.ts'));
  await (await import('../../src/app/lazy-views.ts')).preloadLazyViews();
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
  expect(alert.textContent).toMatch(
    /^The filters could not be shown\.Filter options are corrupt\. The rest of the page still works\./,
  );
  expect(screen.queryByRole('group', { name: /^Person/ })).toBeNull();
  expect(screen.getByRole('banner')).toBeTruthy();
  expect(screen.getAllByRole('article')).toHaveLength(appCorpus.articles.length);
  const timeline = screen.getByRole('region', { name: /Timeline/ });
  await userEvent.click(
    within(timeline).getAllByRole('button', { name: new RegExp(`^${appCorpus.events[0]!.title}`) })[0]!,
  );
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
  expect(screen.getByRole('alert').textContent).toMatch(
    /^The event detail could not be shown\.Event sources are corrupt\./,
  );
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
