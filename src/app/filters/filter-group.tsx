import { useId, useState } from 'react';
import { FOCUS_RING, LINK_BUTTON } from '../ui/button-styles.ts';

export type FilterOption = { id: string; label: string; count: number; detail?: string | null; group?: string };

type Props = {
  /** The fieldset's legend, which is the accessible name of the group ("Person", "Outlet"). */
  legend: string;
  options: readonly FilterOption[];
  checkedIds: readonly string[];
  onToggle: (id: string) => void;
  /** Options shown before "Show all"; a corpus of thousands of articles has hundreds of names. */
  initialLimit?: number;
};

/** One checkbox named "Name (count)"; the detail (a role) describes it without renaming it. */
function FilterCheckbox(props: { option: FilterOption; checked: boolean; onToggle: () => void }) {
  const id = useId();
  const { option } = props;
  return (
    <li className="flex items-start gap-2 rounded-md px-1.5 py-1 text-sm hover:bg-neutral-100 dark:hover:bg-neutral-800">
      <input
        id={`${id}-input`}
        type="checkbox"
        className={`mt-0.5 size-4 shrink-0 cursor-pointer accent-blue-700 dark:accent-blue-400 ${FOCUS_RING}`}
        checked={props.checked}
        onChange={props.onToggle}
        aria-describedby={option.detail ? `${id}-detail` : undefined}
      />
      <span className="min-w-0">
        <label htmlFor={`${id}-input`} className="cursor-pointer break-words text-neutral-900 dark:text-neutral-100">
          {option.label} <span className="tabular-nums text-neutral-600 dark:text-neutral-400">({option.count})</span>
        </label>
        {option.detail && (
          <span id={`${id}-detail`} className="block text-xs text-neutral-600 dark:text-neutral-400">
            {option.detail}
          </span>
        )}
      </span>
    </li>
  );
}

/** A labelled group of checkboxes, each "Name (count)", optionally split under subheadings. */
export function FilterGroup(props: Props) {
  const [expanded, setExpanded] = useState(false);
  const limit = props.initialLimit ?? 8;
  // Checked options always stay visible, even past the limit.
  const shown = expanded
    ? props.options
    : props.options.filter((option, index) => index < limit || props.checkedIds.includes(option.id));
  const groups = [...new Set(shown.map((option) => option.group ?? ''))];

  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-semibold text-neutral-900 dark:text-neutral-100">{props.legend}</legend>
      {props.options.length === 0 && (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">None found in these articles.</p>
      )}
      {groups.map((group) => (
        <div key={group} className="mb-2 last:mb-0">
          {group && (
            <p className="mb-1 text-xs font-medium uppercase tracking-wide text-neutral-600 dark:text-neutral-400">
              {group}
            </p>
          )}
          <ul className="space-y-0.5">
            {shown
              .filter((option) => (option.group ?? '') === group)
              .map((option) => (
                <FilterCheckbox
                  key={option.id}
                  option={option}
                  checked={props.checkedIds.includes(option.id)}
                  onToggle={() => props.onToggle(option.id)}
                />
              ))}
          </ul>
        </div>
      ))}
      {props.options.length > limit && (
        <button
          type="button"
          className={`mt-1 px-1.5 text-sm ${LINK_BUTTON}`}
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer' : `Show all ${props.options.length}`}
        </button>
      )}
    </fieldset>
  );
}
