import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { validateCorpus } from '../../src/corpus/schema.ts';
import { App } from '../../src/app/app.tsx';
import { selectDay } from '../../src/app/selectors/day.ts';
import { createExplorerStore } from '../../src/app/store/explorer-store.ts';
import { assignLanes } from '../../src/app/timeline/lanes.ts';
import { MAX_LANES, layoutTimeline } from '../../src/app/timeline/layout-timeline.ts';
import { MIN_LABEL_PX, type LabelBox } from '../../src/app/timeline/place-labels.ts';
import { TIMELINE } from '../../src/app/timeline/timeline-geometry.ts';
import type { TimeRange } from '../../src/app/shared/time-range.ts';
import type { Corpus } from '../../src/corpus/schema.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';
import { createDenseCorpus } from '../fixtures/dense-corpus.ts';

afterEach(cleanup);

const overlaps = (a: LabelBox, b: LabelBox) => a.left < b.right && b.left < a.right;

/** The layout the app draws for this corpus, width and range, with every article visible and nothing selected. */
function layoutOf(corpus: Corpus, width = 1200, zoomRange: TimeRange | null = null) {
  const layout = layoutTimeline({
    corpus,
    day: selectDay(corpus),
    zoomRange,
    visibleArticles: corpus.articles,
    plotWidth: width,
    selectedId: null,
  });
  const bars = layout.marks.flatMap((mark) => (mark.kind === 'event' ? [mark.bar] : []));
  const clustered = layout.marks.reduce(
    (sum, mark) => sum + (mark.kind === 'cluster' ? mark.cluster.ids.length : 0),
    0,
  );
  return { layout, bars, clustered };
}

describe('a day with 300 events', () => {
  const corpus = createDenseCorpus(300);

  test('the generated corpus is valid', () => {
    expect(validateCorpus(corpus)).toMatchObject({ ok: true });
  });

  test.each([1200, 720])(
    'each event is one bar or in one cluster, in at most eight lanes, and no two visible labels overlap (%i px)',
    (width) => {
      const { layout, bars, clustered } = layoutOf(corpus, width);
      expect(bars.length + clustered).toBe(300);
      expect(layout.lanes.laneCount).toBeLessThanOrEqual(MAX_LANES);
      const visible = bars.filter((bar) => bar.label !== null);
      expect(visible.length).toBeGreaterThan(0);
      expect(layout.hiddenLabelCount).toBe(bars.length - visible.length);
      // A crowded day gives way somehow: clusters, hidden labels or both.
      expect(clustered + layout.hiddenLabelCount).toBeGreaterThan(0);
      for (const [index, bar] of visible.entries()) {
        const label = bar.label!;
        expect(label.right - label.left).toBeGreaterThanOrEqual(MIN_LABEL_PX);
        expect(label.right).toBeLessThanOrEqual(width - TIMELINE.padX);
        for (const other of visible.slice(index + 1)) {
          if (other.top === bar.top) expect(overlaps(label, other.label!), `${bar.id} / ${other.id}`).toBe(false);
        }
      }
    },
  );

  test('zooming in shows labels that the whole day had to hide or group', () => {
    const day = selectDay(corpus);
    const whole = layoutOf(corpus, 1200);
    const zoomed = layoutOf(corpus, 1200, [day.range[0] + 9 * 3_600_000, day.range[0] + 10 * 3_600_000]);
    const shownIds = (bars: typeof whole.bars) => new Set(bars.filter((bar) => bar.label).map((bar) => bar.id));
    const gained = [...shownIds(zoomed.bars)].filter((id) => !shownIds(whole.bars).has(id));
    expect(gained.length).toBeGreaterThan(0);
  });

  test(
    'the timeline draws each event as a named control or inside one cluster mark, and counts both',
    { timeout: 30_000 },
    () => {
      const store = createExplorerStore(corpus);
      render(<App corpus={corpus} store={store} syncUrl={false} />);
      const timeline = screen.getByRole('region', { name: /Timeline/ });
      // By data attribute: role queries over a few hundred buttons take seconds in jsdom.
      const events = timeline.querySelectorAll('button[data-timeline-event][aria-label]');
      const clusters = [...timeline.querySelectorAll('button[data-timeline-cluster]')].filter((button) =>
        /^\d+ events, /.test(button.getAttribute('aria-label') ?? ''),
      );
      const clustered = clusters.map((button) =>
        Number(/^(\d+) events/.exec(button.getAttribute('aria-label') ?? '')?.[1]),
      );
      expect(clusters.length).toBeGreaterThan(0);
      expect(events.length + clustered.reduce((sum, count) => sum + count, 0)).toBe(300);
      expect(timeline.textContent).toContain(
        `${300 - events.length} events grouped in ${clusters.length} clusters where they crowd`,
      );
    },
  );
});

test('a calm day shows every label', () => {
  const { layout, bars } = layoutOf(appCorpus, 1200);
  expect(bars).toHaveLength(appCorpus.events.length);
  expect([layout.hiddenLabelCount, layout.clusterCount]).toEqual([0, 0]);
});

test('lanes stop at the cap and reuse the lane that frees up first', () => {
  const items = Array.from({ length: 5 }, (_, index) => ({ id: `e${index}`, startMs: index, endMs: 100 + index }));
  const { laneOf, laneCount } = assignLanes(items, 0, 3);
  expect(laneCount).toBe(3);
  expect([...laneOf.values()]).toEqual([0, 1, 2, 0, 1]);
});
