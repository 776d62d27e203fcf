import type { KeyboardEvent } from 'react';
import { nameWithFilterNote } from './describe-event.ts';
import { WINDOW_TEXT_MIN_BAR_PX, type PlacedBar } from './place-labels.ts';
import { TIMELINE } from './timeline-geometry.ts';

type Props = {
  bar: PlacedBar;
  step: number;
  title: string;
  windowText: string;
  /** Sources disagree about the event: drawn as a marker, said in the accessible name. */
  differs: boolean;
  /** The accessible name: title first, then window, evidence count and order. */
  accessibleName: string;
  selected: boolean;
  /** No visible article reports the event under the current filters: dimmed, and said in the name. */
  muted: boolean;
  tabbable: boolean;
  buttonRef: (element: HTMLElement | null) => void;
  onSelect: () => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
};

const BASE =
  'group absolute flex items-center rounded-md border text-left text-sm transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400';
const NORMAL =
  'border-blue-300 bg-blue-50 text-blue-950 hover:bg-blue-100 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-50 dark:hover:bg-blue-900';
const MUTED =
  'border-dashed border-neutral-400 bg-neutral-100 text-neutral-800 hover:bg-neutral-200 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-200 dark:hover:bg-neutral-800';
const SELECTED = 'border-blue-700 bg-blue-700 text-white dark:border-blue-400 dark:bg-blue-400 dark:text-neutral-950';

/**
 * The step number is drawn from a data attribute by CSS so it is not part of the button's text:
 * the visible text must stay inside the accessible name (WCAG 2.5.3, label in name).
 */
function StepBadge(props: { step: number; selected: boolean }) {
  const tone = props.selected
    ? 'bg-white text-blue-800 dark:bg-neutral-950 dark:text-blue-300'
    : 'bg-blue-700 text-white dark:bg-blue-400 dark:text-neutral-950';
  return (
    <span
      aria-hidden="true"
      data-step={props.step}
      className={`inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded-full px-1 text-xs font-semibold tabular-nums before:content-[attr(data-step)] ${tone}`}
    />
  );
}

/**
 * The "sources differ" marker, a ≠ (with the words, where there is room: the phone's list); hidden
 * from assistive tech, which hears it in the event's name.
 */
export function DiffersMarker({ withWords = false }: { withWords?: boolean }) {
  return (
    <span
      aria-hidden="true"
      title="Sources differ"
      className={`inline-flex h-5 shrink-0 items-center justify-center rounded-full border border-amber-700 bg-amber-100 px-1.5 text-xs font-bold text-amber-900 before:content-['≠'] dark:border-amber-400 dark:bg-amber-950 dark:text-amber-200 ${withWords ? 'gap-1' : ''}`}
    >
      {withWords ? 'sources differ' : null}
    </span>
  );
}

/**
 * One event on the timeline: a button spanning its time window, labelled with its title. The
 * aria-label starts with the visible title and goes on with what sighted readers see from the
 * bar's place (window, order); an aria-label rather than hidden text because browsers pad
 * hidden spans with spaces ("Title , 00:00").
 */
export function TimelineEventBar(props: Props) {
  const { bar } = props;
  const tone = props.selected ? SELECTED : props.muted ? MUTED : NORMAL;
  const corners = `${bar.cutStart ? 'rounded-l-none border-l-0' : ''} ${bar.cutEnd ? 'rounded-r-none border-r-0' : ''}`;
  return (
    <button
      type="button"
      ref={props.buttonRef}
      data-timeline-event={bar.id}
      aria-label={nameWithFilterNote(props.accessibleName, props.muted)}
      aria-pressed={props.selected}
      tabIndex={props.tabbable ? 0 : -1}
      className={`${BASE} ${tone} ${corners}`}
      style={{ left: bar.left, top: bar.top, width: bar.width, height: TIMELINE.barHeight }}
      onClick={props.onSelect}
      onFocus={props.onFocus}
      onKeyDown={props.onKeyDown}
      title={bar.label ? undefined : props.title}
    >
      {bar.label === null ? null : bar.labelPlacement === 'inside' ? (
        // z-10 lifts labels above every bar (buttons set no z-index, so they form no stacking
        // context); on a crowded day a label may cross the bars of events running alongside.
        <span
          className="relative z-10 flex min-w-0 items-center gap-2 self-stretch rounded-md bg-inherit px-2"
          style={{ maxWidth: bar.labelMaxWidth + 12 }}
        >
          <StepBadge step={props.step} selected={props.selected} />
          <span className="truncate font-medium">{props.title}</span>
          {props.differs && <DiffersMarker />}
          {bar.width > WINDOW_TEXT_MIN_BAR_PX && (
            <>
              {' '}
              <span className="shrink-0 text-xs opacity-90">{props.windowText}</span>
            </>
          )}
        </span>
      ) : (
        <span
          className="pointer-events-auto absolute left-full z-10 ml-1.5 flex min-w-0 items-center gap-1.5 whitespace-nowrap rounded bg-white/90 pr-1 text-neutral-900 dark:bg-neutral-900/90 dark:text-neutral-100"
          style={{ maxWidth: Math.max(28, bar.labelMaxWidth) }}
        >
          <StepBadge step={props.step} selected={props.selected} />
          <span className={`truncate ${props.selected ? 'font-semibold' : 'font-medium'}`}>{props.title}</span>
          {props.differs && <DiffersMarker />}
        </span>
      )}
    </button>
  );
}
