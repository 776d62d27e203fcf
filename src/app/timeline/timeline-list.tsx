import type { KeyboardEvent } from 'react';
import type { TimeRange } from '../shared/time-range.ts';
import { nameWithFilterNote } from './describe-event.ts';
import { DiffersMarker } from './timeline-event-bar.tsx';

export type TimelineListItem = {
  id: string;
  step: number;
  title: string;
  windowText: string;
  accessibleName: string;
  startMs: number;
  endMs: number;
  selected: boolean;
  muted: boolean;
  tabbable: boolean;
  /** Sources disagree on a point of it: the list shows ≠ and the words, as the plot shows ≠. */
  differs: boolean;
};

type Props = {
  items: readonly TimelineListItem[];
  /** Extra classes for the list (the timeline hides it by CSS while its width is unknown). */
  className?: string;
  /** The visible range the small bars are drawn against. */
  range: TimeRange;
  buttonRef: (id: string) => (element: HTMLElement | null) => void;
  onSelect: (id: string) => void;
  onFocus: (id: string) => void;
  onKeyDown: (id: string, event: KeyboardEvent<HTMLButtonElement>) => void;
};

const BASE =
  'flex w-full flex-col gap-1.5 rounded-lg border px-3 py-2.5 text-left text-sm transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400';
const NORMAL =
  'border-blue-300 bg-blue-50 text-blue-950 hover:bg-blue-100 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-50 dark:hover:bg-blue-900';
const MUTED =
  'border-dashed border-neutral-400 bg-neutral-100 text-neutral-800 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-200';
const SELECTED = 'border-blue-700 bg-blue-700 text-white dark:border-blue-400 dark:bg-blue-400 dark:text-neutral-950';

/** Where a window sits in the visible range, as CSS percentages (at least a sliver). */
function toPercent(startMs: number, endMs: number, range: TimeRange): { left: string; width: string } {
  const span = Math.max(1, range[1] - range[0]);
  const left = Math.min(100, Math.max(0, ((startMs - range[0]) / span) * 100));
  const right = Math.min(100, Math.max(0, ((endMs - range[0]) / span) * 100));
  const width = Math.max(2, right - left);
  return { left: `${Math.min(left, 100 - width)}%`, width: `${width}%` };
}

/**
 * The timeline on a narrow screen: the events top to bottom in reported order, each a button
 * with its whole title (wrapping, never cut) and its window, plus a small bar placing the window
 * in the day. Same names, roving focus and keys as the horizontal strip.
 */
export function TimelineList(props: Props) {
  return (
    <ol className={`space-y-2 px-4 pb-3 sm:px-5 ${props.className ?? ''}`}>
      {props.items.map((item) => {
        const tone = item.selected ? SELECTED : item.muted ? MUTED : NORMAL;
        const place = toPercent(item.startMs, item.endMs, props.range);
        return (
          <li key={item.id}>
            <button
              type="button"
              ref={props.buttonRef(item.id)}
              data-timeline-event={item.id}
              aria-label={nameWithFilterNote(item.accessibleName, item.muted)}
              aria-pressed={item.selected}
              tabIndex={item.tabbable ? 0 : -1}
              className={`${BASE} ${tone}`}
              onClick={() => props.onSelect(item.id)}
              onFocus={() => props.onFocus(item.id)}
              onKeyDown={(event) => props.onKeyDown(item.id, event)}
            >
              <span className="flex items-start gap-2">
                <span
                  aria-hidden="true"
                  data-step={item.step}
                  className={`mt-px inline-flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-semibold tabular-nums before:content-[attr(data-step)] ${item.selected ? 'bg-white text-blue-800 dark:bg-neutral-950 dark:text-blue-300' : 'bg-blue-700 text-white dark:bg-blue-400 dark:text-neutral-950'}`}
                />
                <span className="min-w-0 font-medium leading-snug">{item.title}</span>
              </span>{' '}
              <span className="pl-7 text-xs tabular-nums opacity-90">{item.windowText}</span>
              {/* The space keeps "IST sources differ" two words for the name the text must match. */}
              {item.differs && ' '}
              {item.differs && (
                <span className="mb-1 ml-7 block">
                  <DiffersMarker withWords />
                </span>
              )}
              <span
                aria-hidden="true"
                className="relative ml-7 block h-1.5 rounded-full bg-neutral-200 dark:bg-neutral-700"
              >
                <span
                  className={`absolute inset-y-0 rounded-full ${item.selected ? 'bg-white dark:bg-neutral-950' : 'bg-blue-700 dark:bg-blue-400'}`}
                  style={place}
                />
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
