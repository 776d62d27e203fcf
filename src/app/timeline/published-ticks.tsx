import { TIMELINE } from './timeline-geometry.ts';

export type PublishedMark = { id: string; ms: number; label: string };

/** Small marks where articles state their publication time. */
export function PublishedTicks(props: { marks: readonly PublishedMark[]; toX: (ms: number) => number }) {
  const y1 = TIMELINE.axisHeight + 3;
  const y2 = TIMELINE.axisHeight + TIMELINE.publishedRowHeight - 3;
  return (
    <g>
      {props.marks.map((mark) => {
        const x = props.toX(mark.ms);
        return (
          <g key={mark.id}>
            <title>{mark.label}</title>
            <line x1={x} x2={x} y1={y1} y2={y2} strokeWidth={3} strokeLinecap="round" className="stroke-neutral-700 dark:stroke-neutral-300" />
          </g>
        );
      })}
    </g>
  );
}
