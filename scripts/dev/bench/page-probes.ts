/**
 * Functions sent into the measured page (by page-metrics.ts and wheel-zoom.ts), so they use only the page's own
 * globals: marks for when the first event and card appear, the filter's timing and a frame recorder.
 */

export interface ObserverConfig {
  eventSelector: string;
  eventTitles: string[] | null;
  cardSelector: string | null;
}

/** Runs in the page before its scripts: records performance.now() when the first event and card appear. */
export function installFirstAppearanceObserver(config: ObserverConfig): void {
  const marks: { eventsMs: number | null; cardsMs: number | null } = { eventsMs: null, cardsMs: null };
  (window as unknown as { __bench: typeof marks }).__bench = marks;
  const titles = config.eventTitles;
  const isEvent = (element: Element) => {
    if (!titles) return true;
    // Our timeline draws crowded events as cluster marks ("12 events, …"): those are events on screen too.
    if (element.hasAttribute('data-timeline-cluster')) return true;
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
    return titles.some((title) => name.startsWith(title));
  };
  const check = () => {
    if (marks.eventsMs === null && Array.from(document.querySelectorAll(config.eventSelector)).some(isEvent))
      marks.eventsMs = performance.now();
    if (marks.cardsMs === null && config.cardSelector && document.querySelector(config.cardSelector))
      marks.cardsMs = performance.now();
    if (marks.eventsMs !== null && (marks.cardsMs !== null || !config.cardSelector)) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** Runs in the page: ticks a Person checkbox whose count differs from the cards shown, and times the cards' update to the next frame. */
export async function clickPersonAndTimeCards(cardSelector: string): Promise<number | null> {
  const group = Array.from(document.querySelectorAll('fieldset')).find((fieldset) =>
    /^\s*Person\b/.test(fieldset.querySelector('legend')?.textContent ?? ''),
  );
  if (!group) return null;
  const cardCount = document.querySelectorAll(cardSelector).length;
  const boxes = Array.from(group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  const countOf = (box: HTMLInputElement) =>
    Number(/\((\d[\d,]*)\)\s*$/.exec(box.labels?.[0]?.textContent ?? '')?.[1]?.replace(/,/g, '') ?? Number.NaN);
  const box = boxes.find((candidate) => countOf(candidate) > 0 && countOf(candidate) < cardCount) ?? boxes[0];
  const list = document.querySelector(cardSelector)?.parentElement?.closest('ul, ol, section, main') ?? document.body;
  if (!box) return null;
  (window as unknown as { __benchFilterBox?: HTMLInputElement }).__benchFilterBox = box;
  return new Promise<number | null>((resolve) => {
    let start = 0;
    const timer = setTimeout(() => resolve(null), 30_000);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve(performance.now() - start);
      });
    });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
    start = performance.now();
    box.click();
  });
}

/** Runs in the page: records the time of every animation frame until stopFrameRecorder. */
export function startFrameRecorder(): void {
  const state = { frames: [] as number[], running: true };
  (window as unknown as { __frames: typeof state }).__frames = state;
  const tick = (time: number) => {
    state.frames.push(time);
    if (state.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Runs in the page: stops the frame recorder and returns the frame times it recorded. */
export function stopFrameRecorder(): number[] {
  const state = (window as unknown as { __frames: { frames: number[]; running: boolean } }).__frames;
  state.running = false;
  return state.frames;
}
