/**
 * Views whose code is not in the page's first script: the event detail (shown once an event is
 * selected) and the views below the fold. Each is its own chunk; the server renderer preloads them
 * all so the prerendered pages carry them, and the browser hydrates each when its chunk arrives.
 */
import { lazyView } from './ui/lazy-view.tsx';
import { yieldToBrowser } from './boot/yield-to-browser.ts';

export const eventDetailView = lazyView(() => import('./event-detail/event-detail.tsx'), (module) => module.EventDetail);
export const discrepancyListView = lazyView(() => import('./discrepancies/discrepancy-list.tsx'), (module) => module.DiscrepancyList);
export const coverageTableView = lazyView(() => import('./coverage/coverage-table.tsx'), (module) => module.CoverageTable);
export const whoSaidWhatView = lazyView(() => import('./quotes/who-said-what.tsx'), (module) => module.WhoSaidWhat);

/**
 * Loads the code of every lazily loaded view (the server renderer awaits it before rendering).
 * Each request starts in a task of its own: starting one (its module preload links) costs a
 * phone's main thread a few milliseconds, and four at once would be one long task.
 */
export async function preloadLazyViews(): Promise<void> {
  const loading: Array<Promise<unknown>> = [];
  for (const view of [eventDetailView, discrepancyListView, coverageTableView, whoSaidWhatView]) {
    if (loading.length) await yieldToBrowser();
    const preloading = view.preload();
    // Handled here at once: a failure must not count as unhandled while the later requests start.
    preloading.catch(() => {});
    loading.push(preloading);
  }
  await Promise.all(loading);
}
