import type { Tick } from './time-scale.ts';
import { TIMELINE } from './timeline-geometry.ts';

/** Hour lines and their labels in the corpus zone; decorative, times are in each event's name. */
export function TimelineAxis(props: {
  ticks: readonly Tick[];
  toX: (ms: number) => number;
  height: number;
  width: number;
}) {
  return (
    <g>
      {props.ticks.map((tick) => {
        const x = props.toX(tick.ms);
        // Labels at the very edges are anchored inward so "00:00" and "24:00" are not cut off.
        const anchor = x < 20 ? 'start' : x > props.width - 20 ? 'end' : 'middle';
        const labelX = anchor === 'start' ? x - 4 : anchor === 'end' ? x + 4 : x;
        return (
          <g key={tick.ms}>
            <line
              x1={x}
              x2={x}
              y1={TIMELINE.axisHeight - 4}
              y2={props.height}
              className="stroke-neutral-200 dark:stroke-neutral-800"
            />
            <text
              x={labelX}
              y={TIMELINE.axisHeight - 9}
              textAnchor={anchor}
              className="fill-neutral-600 text-[11px] tabular-nums dark:fill-neutral-400"
            >
              {tick.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
