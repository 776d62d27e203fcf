import type { KeyboardEvent, Ref } from 'react';
import { PublishedTicks } from './published-ticks.tsx';
import { TimelineAxis } from './timeline-axis.tsx';
import { TimelineClusterMark } from './timeline-cluster-mark.tsx';
import { TimelineEventBar } from './timeline-event-bar.tsx';
import type { TimelineLayout, TimelineMark } from './layout-timeline.ts';

export type ClusterMarkOf = Extract<TimelineMark, { kind: 'cluster' }>;

type Props = {
  layout: TimelineLayout;
  plotWidth: number;
  /** The element d3-zoom attaches to. */
  plotRef: Ref<HTMLDivElement>;
  zoomed: boolean;
  wheelHintShown: boolean;
  className: string;
  selectedId: string | null;
  /** The cluster whose events are listed under the plot. */
  openClusterKey: string | null;
  roving: {
    activeId: string | null;
    register: (id: string) => (element: HTMLElement | null) => void;
    onItemFocus: (id: string) => void;
    onItemKeyDown: (id: string, event: KeyboardEvent<HTMLElement>) => void;
  };
  onActivateCluster: (mark: ClusterMarkOf) => void;
  onSelect: (id: string) => void;
  onFocusEvent: (id: string, startMs: number, endMs: number) => void;
};

/** The plot: the axis, publication ticks and one control per event bar or cluster, in reported order. */
export function TimelinePlot({
  layout,
  plotWidth,
  plotRef,
  zoomed,
  wheelHintShown,
  className,
  selectedId,
  openClusterKey,
  roving,
  ...on
}: Props) {
  return (
    <div
      ref={plotRef}
      className={`relative select-none ${zoomed ? 'cursor-grab active:cursor-grabbing' : ''} ${className}`}
      // Strict containment: a zoom frame changes only this box, so the rest of a long page (hundreds
      // of cards) keeps its layout and paint instead of being walked again every frame. Browser
      // pinch-zoom stays off the plot: two fingers zoom the timeline.
      style={{ width: plotWidth, height: layout.plotHeight, contain: 'strict', touchAction: 'pan-x pan-y' }}
    >
      <svg aria-hidden="true" width={plotWidth} height={layout.plotHeight} className="absolute inset-0">
        <TimelineAxis ticks={layout.ticks} toX={layout.toX} height={layout.plotHeight} width={plotWidth} />
        <PublishedTicks published={layout.published} />
      </svg>
      {wheelHintShown && (
        <p className="pointer-events-none absolute right-4 top-2 rounded-md bg-neutral-900 px-2 py-1 text-xs text-white dark:bg-neutral-100 dark:text-neutral-900">
          Ctrl + scroll to zoom
        </p>
      )}
      {layout.items.length === 0 && (
        <p className="absolute left-4 top-12 text-sm text-neutral-600 dark:text-neutral-400">
          No events were found in these articles.
        </p>
      )}
      {layout.marks.map((mark) => {
        if (mark.kind === 'cluster') {
          return (
            <TimelineClusterMark
              key={mark.key}
              cluster={mark.cluster}
              windowText={mark.windowText}
              accessibleName={mark.name}
              expanded={mark.zoomTarget ? undefined : openClusterKey === mark.key}
              tabbable={mark.key === roving.activeId}
              buttonRef={roving.register(mark.key)}
              onActivate={() => on.onActivateCluster(mark)}
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
            muted={!layout.eventsWithVisibleSources.has(id)}
            tabbable={id === roving.activeId}
            buttonRef={roving.register(id)}
            onSelect={() => on.onSelect(id)}
            onFocus={() => on.onFocusEvent(id, item.startMs, item.endMs)}
            onKeyDown={(event) => roving.onItemKeyDown(id, event)}
          />
        );
      })}
    </div>
  );
}
