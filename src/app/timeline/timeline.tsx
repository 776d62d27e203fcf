import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useCorpus, useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { formatWindow } from '../shared/format-window.ts';
import { useVisibleArticlesInTransition } from '../selectors/use-visible-articles.ts';
import { useDisplayDay } from '../selectors/use-display-day.ts';
import { useElementWidth } from '../ui/use-element-width.ts';
import { PublishedTicks } from './published-ticks.tsx';
import { TimelineAxis } from './timeline-axis.tsx';
import { TimelineClusterMark } from './timeline-cluster-mark.tsx';
import { TimelineEventBar } from './timeline-event-bar.tsx';
import { HIDDEN_WHEN_NARROW, HIDDEN_WHEN_WIDE, TIMELINE, VERTICAL_BELOW_WIDTH } from './timeline-geometry.ts';
import { ClusterEventList } from './cluster-event-list.tsx';
import { TimelineList } from './timeline-list.tsx';
import { useRovingFocus } from './use-roving-focus.ts';
import { useTimelineModel } from './use-timeline-model.ts';
import { useSettledValues } from './use-settled-values.ts';
import { useTimelineZoom } from './use-timeline-zoom.ts';
import { MIN_ZOOM_SPAN_MS, clampRange, panRangeToShow } from './zoom-range.ts';
import { ZoomControls } from './zoom-controls.tsx';
import { TimelineHint } from './timeline-hint.tsx';

// The "Showing …" text waits this long after the last zoom step.
const RANGE_TEXT_QUIET_MS = 200;
// Shift+arrow pans by this share of the visible span.
const PAN_SHARE = 0.25;

/** The day as a zoomable strip of events in reported order, with publication marks. */
export function Timeline() {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const selectedId = useExplorer((state) => state.eventId);
  const zoomRange = useExplorer((state) => state.zoomRange);
  // A filter updates the cards at once; the timeline's marks follow in a render that yields to input.
  const visibleArticles = useVisibleArticlesInTransition();

  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>(TIMELINE.unmeasuredPlotWidth);
  const plotWidth = Math.max(boxWidth ?? TIMELINE.unmeasuredPlotWidth, TIMELINE.minPlotWidth);
  const model = useTimelineModel(corpus, useDisplayDay(), zoomRange, visibleArticles, plotWidth, selectedId);
  // Until the box is measured (the server's HTML, hydration) both layouts render and the section's
  // width picks one in CSS, so a phone never sees the plot swapped for the list (a layout shift).
  const layout = boxWidth === null ? 'either' : boxWidth < VERTICAL_BELOW_WIDTH ? 'list' : 'plot';
  const vertical = layout === 'list';
  const onlyIfWide = layout === 'either' ? HIDDEN_WHEN_NARROW : '';
  const zoom = useTimelineZoom({
    range: model.range,
    bounds: model.day.range,
    x0: model.x0,
    x1: model.x1,
    setZoomRange: actions.setZoomRange,
    plotMounted: !vertical,
  });
  const roving = useRovingFocus(
    vertical ? model.items.map((item) => item.event.id) : model.marks.map((mark) => mark.key),
    selectedId,
  );
  // A cluster that cannot be zoomed apart lists its events under the plot.
  const [openCluster, setOpenCluster] = useState<{ key: string; ids: readonly string[]; label: string } | null>(null);
  // After zooming into a cluster, focus follows its first event to whatever mark now holds it.
  const focusAfterZoom = useRef<string | null>(null);
  const findMarkHolding = (id: string) =>
    model.marks.find((candidate) => (candidate.kind === 'event' ? candidate.key === id : candidate.cluster.ids.includes(id)));
  useEffect(() => {
    const id = focusAfterZoom.current;
    if (id === null) return;
    focusAfterZoom.current = null;
    const mark = findMarkHolding(id);
    if (mark) roving.focusItem(mark.key);
  }, [model.marks]);

  const zoomed = zoomRange !== null;
  // The announced range follows the zoom once it rests: a live region that changed every wheel
  // frame would flood screen readers, and re-laying out the header every frame costs the page.
  // The crowding counts in the header wait for the zoom to rest for the same reasons.
  const [settledZoom, clusteredCount, clusterCount, hiddenLabelCount, singleCount] = useSettledValues(
    [zoomRange, model.clusteredCount, model.clusterCount, model.hiddenLabelCount, model.marks.length - model.clusterCount] as const,
    RANGE_TEXT_QUIET_MS,
  );
  const rangeText = formatWindow(...(settledZoom ?? model.day.range), model.day);
  // The list's tab stop: the roving one once the list is the layout; while both render (before the
  // timeline is measured) the selected event's item or the first, as the roving focus would pick.
  const listTabStop =
    layout === 'either' ? (model.items.find((item) => item.event.id === selectedId) ?? model.items[0])?.event.id : roving.activeId;
  const toListItems = (ids: ReadonlySet<string> | null) =>
    model.items
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
        muted: !model.eventsWithVisibleSources.has(item.event.id),
        tabbable: ids !== null || item.event.id === listTabStop,
      }));
  const activateCluster = (mark: Extract<(typeof model.marks)[number], { kind: 'cluster' }>) => {
    if (mark.zoomTarget) {
      focusAfterZoom.current = mark.cluster.ids[0] ?? null;
      zoom.panTo(clampRange(mark.zoomTarget, model.day.range));
    } else {
      setOpenCluster(openCluster?.key === mark.key ? null : { key: mark.key, ids: mark.cluster.ids, label: `${mark.cluster.ids.length} events, ${mark.windowText}` });
    }
  };
  const onFocusEvent = (id: string, startMs: number, endMs: number) => {
    roving.onItemFocus(id);
    const next = panRangeToShow(model.range, startMs, endMs, model.day.range);
    if (next !== model.range) zoom.panTo(next);
  };
  const toggle = (id: string) => actions.selectEvent(id === selectedId ? null : id);
  const canZoomIn = model.range[1] - model.range[0] > MIN_ZOOM_SPAN_MS + 1;

  // + / − / 0 work anywhere inside the timeline; Escape clears the selection.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') zoom.zoomIn();
    else if (event.key === '-' || event.key === '_') zoom.zoomOut();
    else if (event.key === '0') zoom.resetZoom();
    else if (event.key === 'Escape') actions.selectEvent(null);
    else if (event.shiftKey && event.key === 'ArrowLeft') zoom.panBy(-PAN_SHARE);
    else if (event.shiftKey && event.key === 'ArrowRight') zoom.panBy(PAN_SHARE);
    else return;
    event.preventDefault();
  };

  return (
    <section
      aria-label={`Timeline of ${model.day.dateLabel}`}
      onKeyDown={onKeyDown}
      className="@container rounded-xl border border-neutral-200 bg-white shadow-sm dark:border-neutral-800 dark:bg-neutral-900"
    >
      <div className="flex flex-wrap items-end justify-between gap-3 px-4 pt-4 sm:px-5">
        <div>
          <h2 className="text-lg font-semibold tracking-tight">Timeline</h2>
          <p className="text-sm text-neutral-600 dark:text-neutral-400">
            Showing <span aria-live="polite">{rangeText}</span>
            <span className="hidden sm:inline"> · numbers give the reported order</span>
            {!vertical && clusterCount > 0 && (
              <span className={onlyIfWide}>
                {' '}
                · {clusteredCount} events grouped in {clusterCount} clusters where they crowd; open one to see its events
              </span>
            )}
            {!vertical && hiddenLabelCount > 0 && (
              <span className={onlyIfWide}>
                {' '}
                · {hiddenLabelCount} of {singleCount} labels hidden where events crowd; zoom in to read them
              </span>
            )}
          </p>
        </div>
        <div className="print:hidden">
          <ZoomControls canZoomIn={canZoomIn} zoomed={zoomed} onZoomIn={zoom.zoomIn} onZoomOut={zoom.zoomOut} onReset={zoom.resetZoom} />
        </div>
      </div>

      <div ref={boxRef} className="mt-3 overflow-x-auto overscroll-x-contain print:overflow-visible">
        {layout !== 'plot' && (
          <TimelineList
            className={layout === 'either' ? HIDDEN_WHEN_WIDE : ''}
            items={toListItems(null)}
            range={model.range}
            buttonRef={roving.register}
            onSelect={toggle}
            onFocus={(id) => {
              const item = model.items.find((candidate) => candidate.event.id === id);
              if (item) onFocusEvent(id, item.startMs, item.endMs);
            }}
            onKeyDown={(id, event) => roving.onItemKeyDown(id, event)}
          />
        )}
        {layout !== 'list' && (
          <div
            ref={zoom.plotRef}
            className={`relative select-none ${zoomed ? 'cursor-grab active:cursor-grabbing' : ''} ${onlyIfWide}`}
            // Strict containment: a zoom frame changes only this box, so the rest of a long page (hundreds
            // of cards) keeps its layout and paint instead of being walked again every frame.
            style={{ width: plotWidth, height: model.plotHeight, contain: 'strict' }}
            {...zoom.pointerHandlers}
          >
            <svg aria-hidden="true" width={plotWidth} height={model.plotHeight} className="absolute inset-0">
              <TimelineAxis ticks={model.ticks} toX={model.toX} height={model.plotHeight} width={plotWidth} />
              <PublishedTicks published={model.published} />
            </svg>
            {model.items.length === 0 && (
              <p className="absolute left-4 top-12 text-sm text-neutral-600 dark:text-neutral-400">No events were found in these articles.</p>
            )}
            {model.marks.map((mark) => {
              if (mark.kind === 'cluster') {
                return (
                  <TimelineClusterMark
                    key={mark.key}
                    cluster={mark.cluster}
                    windowText={mark.windowText}
                    accessibleName={mark.name}
                    expanded={mark.zoomTarget ? undefined : openCluster?.key === mark.key}
                    tabbable={mark.key === roving.activeId}
                    buttonRef={roving.register(mark.key)}
                    onActivate={() => activateCluster(mark)}
                    onFocus={() => roving.onItemFocus(mark.key)}
                    onKeyDown={(event) => roving.onItemKeyDown(mark.key, event)}
                  />
                );
              }
              const { item, bar } = mark;
              const id = item.event.id;
              return (
                <TimelineEventBar
                  key={id}
                  bar={bar}
                  step={item.step}
                  title={item.event.title}
                  windowText={item.windowText}
                  differs={item.discrepancyCount > 0}
                  accessibleName={item.name}
                  selected={id === selectedId}
                  muted={!model.eventsWithVisibleSources.has(id)}
                  tabbable={id === roving.activeId}
                  buttonRef={roving.register(id)}
                  onSelect={() => toggle(id)}
                  onFocus={() => onFocusEvent(id, item.startMs, item.endMs)}
                  onKeyDown={(event) => roving.onItemKeyDown(id, event)}
                />
              );
            })}
          </div>
        )}
      </div>
      {!vertical && openCluster && (
        <ClusterEventList
          label={openCluster.label}
          items={toListItems(new Set(openCluster.ids))}
          range={model.range}
          onSelect={toggle}
          onClose={() => {
            // Selecting a listed event draws it alone, so the cluster may have changed meanwhile.
            const mark = model.marks.find((candidate) => candidate.key === openCluster.key) ?? findMarkHolding(openCluster.ids[0] ?? '');
            setOpenCluster(null);
            if (mark) roving.focusItem(mark.key);
          }}
        />
      )}
      <TimelineHint />
    </section>
  );
}
