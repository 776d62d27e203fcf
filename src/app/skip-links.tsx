import { FOCUS_RING } from './ui/button-styles.ts';

/** The views below the explorer, by the id of their heading. */
export const VIEW_HEADINGS = [
  { id: 'discrepancies-heading', label: 'Discrepancies' },
  { id: 'coverage-heading', label: 'Coverage' },
  { id: 'who-said-what-heading', label: 'Who said what' },
  { id: 'corrections-heading', label: 'Corrections' },
] as const;

export type ViewHeadingId = (typeof VIEW_HEADINGS)[number]['id'];

/**
 * Keyboard users reach the views below the long card list in one step: the links stay hidden
 * until focused (they are the first Tab stops of the page). Buttons, not #fragment links, because a fragment
 * navigation fires popstate, which the URL sync would read as a new link.
 */
export function SkipLinks() {
  const jump = (id: string) => {
    const heading = document.getElementById(id);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };
  return (
    <nav aria-label="Jump to a view" className="sr-only focus-within:not-sr-only">
      <ul className="flex flex-wrap gap-2 pb-2">
        {VIEW_HEADINGS.map((view) => (
          <li key={view.id}>
            <button
              type="button"
              onClick={() => jump(view.id)}
              className={`rounded-md border border-blue-700 bg-white px-3 py-1.5 text-sm font-medium text-blue-800 dark:border-blue-400 dark:bg-neutral-900 dark:text-blue-300 ${FOCUS_RING}`}
            >
              Jump to {view.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
