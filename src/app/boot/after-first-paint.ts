/** If the page never reports a first contentful paint (nothing to paint, no paint timing), start after this long. */
export const FIRST_PAINT_FALLBACK_MS = 2_000;

/** What `afterFirstContentfulPaint` needs of the page (the real window and document by default). */
export interface PaintSignals {
  visibilityState: DocumentVisibilityState;
  /** True when the page reports 'paint' entries (PerformanceObserver.supportedEntryTypes). */
  reportsPaint: boolean;
  /** Calls `onPaint` once the first contentful paint is (or was already) reported; returns a stop function. */
  observeFirstContentfulPaint: (onPaint: () => void) => () => void;
  /** Calls `run` when the tab is hidden; returns a stop function. */
  onHidden: (run: () => void) => () => void;
  /** Calls `run` after `ms`; returns a stop function. */
  setTimeout: (run: () => void, ms: number) => () => void;
}

function browserPaintSignals(): PaintSignals {
  return {
    visibilityState: document.visibilityState,
    reportsPaint:
      typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint'),
    observeFirstContentfulPaint: (onPaint) => {
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) onPaint();
      });
      observer.observe({ type: 'paint', buffered: true });
      return () => observer.disconnect();
    },
    onHidden: (run) => {
      const onChange = () => {
        if (document.visibilityState !== 'visible') run();
      };
      document.addEventListener('visibilitychange', onChange);
      return () => document.removeEventListener('visibilitychange', onChange);
    },
    setTimeout: (run, ms) => {
      const timer = window.setTimeout(run, ms);
      return () => window.clearTimeout(timer);
    },
  };
}

/**
 * Runs `start` once the browser has painted the page's content: the prerendered HTML is what the
 * reader sees first, so the app's code and data must not compete with it for the network or the
 * main thread. Runs at once where there is no paint to wait for (a hidden tab paints nothing, a
 * browser without paint timing cannot tell), and after FIRST_PAINT_FALLBACK_MS at the latest.
 */
export function afterFirstContentfulPaint(start: () => void, signals: PaintSignals = browserPaintSignals()): void {
  let started = false;
  const stops: Array<() => void> = [];
  const startOnce = () => {
    if (started) return;
    started = true;
    for (const stop of stops) stop();
    start();
  };
  if (signals.visibilityState !== 'visible' || !signals.reportsPaint) {
    startOnce();
    return;
  }
  const stopObserving = signals.observeFirstContentfulPaint(startOnce);
  // A paint already reported (buffered) started it while observing began.
  if (started) {
    stopObserving();
    return;
  }
  stops.push(stopObserving, signals.onHidden(startOnce), signals.setTimeout(startOnce, FIRST_PAINT_FALLBACK_MS));
}
