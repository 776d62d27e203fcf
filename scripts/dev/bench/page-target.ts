/** A page to measure (its URL and the selectors of its events, cards and zoom surface), and what one run of it gives. */

export interface PageTarget {
  /** Name in tables: "ours", "vis-timeline", "TimelineJS3". */
  name: string;
  url: string;
  /** CSS selector of candidate event marks. */
  eventSelector: string;
  /** When set, a candidate counts as an event only if its aria-label or text starts with one of these titles. */
  eventTitles?: readonly string[];
  /** CSS selector of source cards; omitted for pages that have none. */
  cardSelector?: string;
  /** The element the wheel zoom happens over. */
  zoomSelector: string;
  /**
   * For a page whose wheel does not zoom: page-side expressions that zoom one step in and out (its
   * zoom buttons' own calls), run at the same cadence as the wheel notches instead.
   */
  zoomScript?: { zoomIn: string; zoomOut: string };
  /** A key held while the wheel turns, for a page whose plain wheel scrolls (ours zooms on Ctrl+wheel, as a trackpad pinch sends it). */
  zoomKey?: 'Control';
  /** Click a Person checkbox and time the cards' update. */
  measureFilter?: boolean;
  /** Files whose bytes are the page's data (not its code): a URL path suffix or a pattern over the path. */
  dataFiles?: ReadonlyArray<string | RegExp>;
  /** How long to wait for the first event mark. */
  timeoutMs: number;
  /** An element present once the page responds to input: a prerendered page shows its events before that. */
  readySelector?: string;
}

export interface RunMetrics {
  [key: string]: number | null;
  fcpMs: number | null;
  eventsMs: number | null;
  cardsMs: number | null;
  events: number | null;
  domNodes: number | null;
  filterMs: number | null;
  zoomFrameMedianMs: number | null;
  zoomFrameP95Ms: number | null;
  zoomFrames: number | null;
  heapBytes: number | null;
  jsGzip: number | null;
  cssGzip: number | null;
  fontGzip: number | null;
  dataGzip: number | null;
  externalRequests: number;
}

export interface RunOutcome {
  metrics: RunMetrics;
  /** True when no event mark appeared within the target's timeout. */
  timedOut: boolean;
  externalUrls: string[];
}
