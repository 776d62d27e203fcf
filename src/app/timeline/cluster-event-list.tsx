import type { TimeRange } from '../shared/time-range.ts';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { TimelineList, type TimelineListItem } from './timeline-list.tsx';

type Props = {
  /** "12 events, 09:00–10:30 IST": names the group. */
  label: string;
  items: readonly TimelineListItem[];
  range: TimeRange;
  onSelect: (id: string) => void;
  onClose: () => void;
};

const noop = () => {};
const noRef = () => noop;

/**
 * The events of a cluster that zooming cannot spread apart (they start together), listed under
 * the plot with the same buttons as the narrow-screen timeline. Each is its own tab stop.
 */
export function ClusterEventList(props: Props) {
  return (
    <div role="group" aria-label={props.label} className="border-t border-neutral-200 pt-3 dark:border-neutral-800">
      <div className="flex items-center justify-between gap-3 px-4 pb-2 sm:px-5">
        <p className="text-sm font-medium">{props.label}</p>
        <button type="button" className={SECONDARY_BUTTON} onClick={props.onClose}>
          Close list
        </button>
      </div>
      <TimelineList
        items={props.items}
        range={props.range}
        buttonRef={noRef}
        onSelect={props.onSelect}
        onFocus={noop}
        onKeyDown={noop}
      />
    </div>
  );
}
