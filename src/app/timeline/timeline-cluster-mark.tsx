import type { KeyboardEvent } from 'react';
import type { ClusterMark } from './cluster-bars.ts';
import { getLaneTop, TIMELINE } from './timeline-geometry.ts';

type Props = {
  cluster: ClusterMark;
  windowText: string;
  /** "12 events, 09:00–10:30 IST; zoom in to them": starts with the visible count. */
  accessibleName: string;
  /** Set when activating lists the events (they cannot be zoomed apart): whether the list is open. */
  expanded: boolean | undefined;
  tabbable: boolean;
  buttonRef: (element: HTMLElement | null) => void;
  onActivate: () => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
};

// A cluster wider than this also shows its window after the count.
const WINDOW_TEXT_MIN_PX = 200;
const COUNT_TEXT_MIN_PX = 84;

/**
 * Several events that would crowd one another at this zoom, drawn as one button with a heavier
 * border and a deeper fill than a bar, and its count as text, so it never reads as one long
 * event. Not dashed: software raster of dashed borders tripled the raster time of a zoom frame.
 */
export function TimelineClusterMark(props: Props) {
  const { cluster } = props;
  const count = cluster.ids.length;
  return (
    <button
      type="button"
      ref={props.buttonRef}
      data-timeline-cluster={cluster.key}
      aria-label={props.accessibleName}
      aria-expanded={props.expanded}
      tabIndex={props.tabbable ? 0 : -1}
      title={`${count} events, ${props.windowText}`}
      className="absolute flex items-center gap-1.5 overflow-hidden rounded-md border-2 border-blue-700 bg-blue-100 px-1.5 text-left text-xs font-semibold text-blue-950 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-blue-400 dark:bg-blue-900 dark:text-blue-50 dark:hover:bg-blue-950 dark:focus-visible:outline-blue-400"
      style={{ left: cluster.left, top: getLaneTop(cluster.lane), width: cluster.width, height: TIMELINE.barHeight }}
      onClick={props.onActivate}
      onFocus={props.onFocus}
      onKeyDown={props.onKeyDown}
    >
      <span className="shrink-0 tabular-nums">{cluster.width >= COUNT_TEXT_MIN_PX ? `${count} events` : count}</span>
      {cluster.width >= WINDOW_TEXT_MIN_PX && <span className="truncate font-normal">{props.windowText}</span>}
    </button>
  );
}
