import type { PublishedBins } from './published-bins.ts';
import { TIMELINE } from './timeline-geometry.ts';

/** The shortest mark, for a lone article beside a crowded bin. */
const MIN_TICK_PX = 4;

/** Marks where articles state their publication time; a bin of many is taller, up to the row's height. */
export function PublishedTicks(props: { published: PublishedBins }) {
  const bottom = TIMELINE.axisHeight + TIMELINE.publishedRowHeight - 3;
  const fullHeight = TIMELINE.publishedRowHeight - 6;
  const largest = Math.max(1, props.published.largestCount);
  return (
    <g className="stroke-neutral-700 dark:stroke-neutral-300" strokeWidth={3} strokeLinecap="round">
      {props.published.bins.map((bin) => {
        const height = MIN_TICK_PX + (fullHeight - MIN_TICK_PX) * Math.sqrt(bin.count / largest);
        return (
          <line key={bin.key} x1={bin.x} x2={bin.x} y1={bottom - height} y2={bottom}>
            <title>{bin.label}</title>
          </line>
        );
      })}
    </g>
  );
}
