/**
 * Views whose code is not in the page's first script: the timeline (its HTML is prerendered, and its
 * code with d3's scale and zoom is the largest of any view), the event detail (shown once an event is
 * selected) and the views below the fold. Each is its own chunk; the server renderer preloads them
 * all so the prerendered pages carry them, and the browser hydrates each when its chunk arrives.
 */
import { lazyView } from './ui/lazy-view.tsx';
import { yieldToBrowser } from './boot/yield-to-browser.ts';

export const timelineView = lazyView(
  () => import('./timeline/timeline.tsx'),
  (module) => module.Timeline,
);
export const eventDetailView = lazyView(
  () => import('./event-detail/event-detail.tsx'),
  (module) => module.EventDetail,
);
export const discrepancyListView = lazyView(
  () => import('./discrepancies/discrepancy-list.tsx'),
  (module) => module.DiscrepancyList,
);
export const coverageTableView = lazyView(
  () => import('./coverage/coverage-table.tsx'),
  (module) => module.CoverageTable,
);
export const whoSaidWhatView = lazyView(
  () => import('./quotes/who-said-what.tsx'),
  (module) => module.WhoSaidWhat,
);
/** Edit mode's corrections editor: off by default, its code fetched when an editor turns it on. */
export const editPanelView = lazyView(
  () => import('./edit/edit-panel.tsx'),
  (module) => module.EditPanel,
);
export const correctionListView = lazyView(
  () => import('./corrections/correction-list.tsx'),
  (module) => module.CorrectionList,
);

/**
 * Resolves once every lazily loaded view the page shows has hydrated (or failed to load). Until then
 * the store must keep the state the prerendered HTML shows: a view hydrating later reads the store
 * as it is then, and a filter applied meanwhile would make its HTML mismatch.
 */
export function lazyViewsSettled(eventDetailShown: boolean): Promise<void> {
  const shown = [
    timelineView,
    discrepancyListView,
    coverageTableView,
    whoSaidWhatView,
    correctionListView,
    ...(eventDetailShown ? [eventDetailView] : []),
  ];
  return Promise.all(shown.map((view) => view.settled())).then(() => undefined);
}

/**
 * Loads the code of every lazily loaded view (the server renderer awaits it before rendering).
 * Each request starts in a task of its own: starting one (its module preload links) costs a
 * phone's main thread a few milliseconds, and five at once would be one long task. The timeline, above the fold, comes first.
 */
export async function preloadLazyViews(): Promise<void> {
  const loading: Array<Promise<unknown>> = [];
  for (const view of [
    timelineView,
    eventDetailView,
    discrepancyListView,
    coverageTableView,
    whoSaidWhatView,
    correctionListView,
  ]) {
    if (loading.length) await yieldToBrowser();
    const preloading = view.preload();
    // Handled here at once: a failure must not count as unhandled while the later requests start.
    preloading.catch(() => {});
    loading.push(preloading);
  }
  await Promise.all(loading);
}
