import { memo, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Article } from '../../corpus/schema.ts';
import { useCorpus, useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { formatWindow } from '../shared/format-window.ts';
import { useDeferredVisibleArticles } from '../selectors/use-visible-articles.ts';
import { useDisplayDay } from '../selectors/use-display-day.ts';
import { useElementWidth } from '../ui/use-element-width.ts';
import { HIDDEN_WHEN_NARROW, HIDDEN_WHEN_WIDE, TIMELINE, VERTICAL_BELOW_WIDTH } from './timeline-geometry.ts';
import { ClusterEventList } from './cluster-event-list.tsx';
import { TimelineHeader } from './timeline-header.tsx';
import { TimelineList } from './timeline-list.tsx';
import { TimelinePlot, type ClusterMarkOf } from './timeline-plot.tsx';
import { useRovingFocus } from './use-roving-focus.ts';
import { useTimelineKeys } from './use-timeline-keys.ts';
import { useTimelineModel } from './use-timeline-model.ts';
import { useSettledValues } from './use-settled-values.ts';
import { useTimelineZoom } from './use-timeline-zoom.ts';
import { MIN_ZOOM_SPAN_MS, clampRange, panRangeToShow } from './zoom-range.ts';
import { ZoomControls } from './zoom-controls.tsx';
import { TimelineHint } from './timeline-hint.tsx';
import { focusEventDetailWhenShown } from './focus-event-detail.ts';

// The "Showing …" text waits this long after the last zoom step.
const RANGE_TEXT_QUIET_MS = 200;

/** The list's events that overlap the zoomed range: zooming the phone's list narrows it, as it narrows the plot. */
function itemsInRange<T extends { startMs: number; endMs: number }>(items: T[], range: readonly [number, number]): T[] {
  return items.filter((item) => item.startMs <= range[1] && item.endMs >= range[0]);
}

type OpenCluster = { key: string; ids: readonly string[]; label: string };

/**
 * The day as a zoomable strip of events in reported order, with publication marks; a list on narrow screens.
 * A filter updates the cards at once; the timeline follows in a background render that yields to input
 * (its articles are deferred, and the memo skips the urgent render that still has the old ones).
 */
export function Timeline() {
  return <TimelineOfArticles visibleArticles={useDeferredVisibleArticles()} />;
}

const TimelineOfArticles = memo(function TimelineOfArticles({ visibleArticles }: { visibleArticles: Article[] }) {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const selectedId = useExplorer((state) => state.eventId);
  const zoomRange = useExplorer((state) => state.zoomRange);

  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>(TIMELINE.unmeasuredPlotWidth);
  const plotWidth = Math.max(boxWidth ?? TIMELINE.unmeasuredPlotWidth, TIMELINE.minPlotWidth);
  const layout = useTimelineModel(corpus, useDisplayDay(), zoomRange, visibleArticles, plotWidth, selectedId);
  // Until the box is measured (the server's HTML, hydration) both layouts render and the section's
  // width picks one in CSS, so a phone never sees the plot swapped for the list (a layout shift).
  const shape = boxWidth === null ? 'either' : boxWidth < VERTICAL_BELOW_WIDTH ? 'list' : 'plot';
  const plotOnly = shape === 'either' ? HIDDEN_WHEN_NARROW : '';
  const zoom = useTimelineZoom({
    range: layout.range,
    bounds: layout.day.range,
    x0: layout.x0,
    x1: layout.x1,
    setZoomRange: actions.setZoomRange,
    plotMounted: shape !== 'list',
  });
  const roving = useRovingFocus(
    shape === 'list' ? layout.items.map((item) => item.event.id) : layout.marks.map((mark) => mark.key),
    selectedId,
  );
  // A cluster that cannot be zoomed apart lists its events under the plot.
  const [openCluster, setOpenCluster] = useState<OpenCluster | null>(null);
  // After zooming into a cluster, focus follows its first event to whatever mark now holds it.
  const focusAfterZoom = useRef<string | null>(null);
  const findMarkHolding = (id: string) =>
    layout.marks.find((mark) => (mark.kind === 'event' ? mark.key === id : mark.cluster.ids.includes(id)));
  const focusWhereZoomLed = useEffectEvent(() => {
    const id = focusAfterZoom.current;
    if (id === null) return;
    focusAfterZoom.current = null;
    const mark = findMarkHolding(id);
    if (mark) roving.focusItem(mark.key);
  });
  useEffect(() => focusWhereZoomLed(), [layout.marks]);

  // The announced range and the crowding counts follow the zoom once it rests: a live region that
  // changed every wheel frame would flood screen readers, and re-laying out the header costs the page.
  const [settledZoom, clusteredCount, clusterCount, hiddenLabelCount, singleCount] = useSettledValues(
    [
      zoomRange,
      layout.clusteredCount,
      layout.clusterCount,
      layout.hiddenLabelCount,
      layout.marks.length - layout.clusterCount,
    ] as const,
    RANGE_TEXT_QUIET_MS,
  );
  // The list's tab stop: the roving one once the list is the layout; while both render (before the
  // timeline is measured) the selected event's item or the first, as the roving focus would pick.
  const listTabStop =
    shape === 'either'
      ? (layout.items.find((item) => item.event.id === selectedId) ?? layout.items[0])?.event.id
      : roving.activeId;
  const toListItems = (ids: ReadonlySet<string> | null) =>
    layout.items
      .filter((item) => ids === null || ids.has(item.event.id))
      .map((item) => ({
        id: item.event.id,
        step: item.step,
        title: item.event.title,
        windowText: item.windowText,
        accessibleName: item.name,
        startMs: item.startMs,
        endMs: item.endMs,
        selected: item.event.id === selectedId,
        muted: !layout.eventsWithVisibleSources.has(item.event.id),
        tabbable: ids !== null || item.event.id === listTabStop,
        differs: item.discrepancyCount > 0,
      }));
  const activateCluster = (mark: ClusterMarkOf) => {
    if (mark.zoomTarget) {
      focusAfterZoom.current = mark.cluster.ids[0] ?? null;
      zoom.panTo(clampRange(mark.zoomTarget, layout.day.range));
    } else {
      setOpenCluster(
        openCluster?.key === mark.key
          ? null
          : { key: mark.key, ids: mark.cluster.ids, label: `${mark.cluster.ids.length} events, ${mark.windowText}` },
      );
    }
  };
  const onFocusEvent = (id: string, startMs: number, endMs: number) => {
    roving.onItemFocus(id);
    const next = panRangeToShow(layout.range, startMs, endMs, layout.day.range);
    if (next !== layout.range) zoom.panTo(next);
  };
  const toggle = (id: string) => actions.selectEvent(id === selectedId ? null : id);
  const onKeyDown = useTimelineKeys({ ...zoom, clearSelection: () => actions.selectEvent(null) });

  return (
    <section
      aria-label={`Timeline of ${layout.day.dateLabel}`}
      onKeyDown={onKeyDown}
      className="@container rounded-xl border border-neutral-200 bg-white shadow-sm dark:border-neutral-800 dark:bg-neutral-900"
    >
      <TimelineHeader
        rangeText={formatWindow(...(settledZoom ?? layout.day.range), layout.day)}
        crowding={shape === 'list' ? null : { clusteredCount, clusterCount, hiddenLabelCount, singleCount }}
        plotOnlyClassName={plotOnly}
        zoomControls={
          <ZoomControls
            canZoomIn={layout.range[1] - layout.range[0] > MIN_ZOOM_SPAN_MS + 1}
            zoomed={zoomRange !== null}
            onZoomIn={zoom.zoomIn}
            onZoomOut={zoom.zoomOut}
            onReset={zoom.resetZoom}
          />
        }
      />
      <div ref={boxRef} className="mt-3 overflow-x-auto overscroll-x-contain print:overflow-visible">
        {shape !== 'plot' && (
          <TimelineList
            className={shape === 'either' ? HIDDEN_WHEN_WIDE : ''}
            items={
              shape === 'list' && zoomRange !== null ? itemsInRange(toListItems(null), layout.range) : toListItems(null)
            }
            range={layout.range}
            buttonRef={roving.register}
            onSelect={(id) => {
              toggle(id);
              // The list is the phone's layout: its detail opens a screen below.
              if (id !== selectedId) focusEventDetailWhenShown(id);
            }}
            onFocus={(id) => {
              const item = layout.items.find((candidate) => candidate.event.id === id);
              if (item) onFocusEvent(id, item.startMs, item.endMs);
            }}
            onKeyDown={(id, event) => roving.onItemKeyDown(id, event)}
          />
        )}
        {shape !== 'list' && (
          <TimelinePlot
            layout={layout}
            plotWidth={plotWidth}
            plotRef={zoom.plotRef}
            zoomed={zoomRange !== null}
            wheelHintShown={zoom.wheelHintShown}
            className={plotOnly}
            selectedId={selectedId}
            openClusterKey={openCluster?.key ?? null}
            roving={roving}
            onActivateCluster={activateCluster}
            onSelect={toggle}
            onFocusEvent={onFocusEvent}
          />
        )}
      </div>
      {shape !== 'list' && openCluster && (
        <ClusterEventList
          label={openCluster.label}
          items={toListItems(new Set(openCluster.ids))}
          range={layout.range}
          onSelect={toggle}
          onClose={() => {
            // Selecting a listed event draws it alone, so the cluster may have changed meanwhile.
            const mark =
              layout.marks.find((candidate) => candidate.key === openCluster.key) ??
              findMarkHolding(openCluster.ids[0] ?? '');
            setOpenCluster(null);
            if (mark) roving.focusItem(mark.key);
          }}
        />
      )}
      <TimelineHint />
    </section>
  );
});
