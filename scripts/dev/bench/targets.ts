/** How each timeline page is measured: where its event marks, cards and zoom surface are. */
import { EVENTS_FILE } from './competitor-pages.ts';
import type { PageTarget } from './page-target.ts';

/**
 * The explorer, by its accessibility contract (as the browser tests find it): a region named "Timeline of …" whose
 * event controls are named by the event title first; cards are <article>s.
 */
export function ourTarget(
  url: string,
  eventTitles: readonly string[],
  timeoutMs: number,
  measureFilter = true,
): PageTarget {
  return {
    name: 'ours',
    url,
    eventSelector: '[aria-label^="Timeline of"] button, [aria-label^="Timeline of"] [role="button"]',
    eventTitles: [...new Set(eventTitles)],
    cardSelector: 'article',
    zoomSelector: '[aria-label^="Timeline of"] svg',
    zoomKey: 'Control',
    measureFilter,
    timeoutMs,
    // The events are in the prerendered HTML; filtering and zooming need React attached.
    readySelector: '#root[data-interactive]',
    // The corpus JSON the build writes beside the bundle (assets/corpus-<hash>.json).
    dataFiles: [/\/corpus-[^/]+\.json$/],
  };
}

/** vis-timeline's items (its box items also draw a line and a dot classed .vis-item: those are not counted). */
export function visTarget(url: string, timeoutMs: number): PageTarget {
  return {
    name: 'vis-timeline',
    url,
    eventSelector: '.vis-item.vis-range, .vis-item.vis-box, .vis-item.vis-point, .vis-item.vis-background',
    zoomSelector: '.vis-center',
    dataFiles: [EVENTS_FILE],
    timeoutMs,
  };
}

/**
 * TimelineJS3's event markers on its time navigation strip. Its wheel does not zoom (nor, vertically,
 * pan), so the zoom runs its own zoomIn()/zoomOut(), what its zoom buttons call, once per notch.
 */
export function timelineJsTarget(url: string, timeoutMs: number): PageTarget {
  return {
    name: 'TimelineJS3',
    url,
    eventSelector: '.tl-timemarker',
    zoomSelector: '.tl-timenav',
    zoomScript: { zoomIn: 'window.timeline.zoomIn()', zoomOut: 'window.timeline.zoomOut()' },
    dataFiles: [EVENTS_FILE],
    timeoutMs,
  };
}
