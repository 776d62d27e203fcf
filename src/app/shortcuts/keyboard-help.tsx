import { lazy, Suspense, useEffect, useState } from 'react';
import { SEARCH_INPUT_ID } from '../search/search-box.tsx';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { matchGlobalShortcut } from './shortcut-list.ts';

// The list is its own chunk, fetched when the dialog first opens.
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog.tsx').then((module) => ({ default: module.ShortcutsDialog })),
);

/** The timeline's current tab stop (its roving focus target), found by the data attribute it sets. */
function focusTimeline() {
  document.querySelector<HTMLElement>('[data-timeline-event][tabindex="0"]')?.focus();
}

/** The "Keyboard shortcuts" button, its dialog, and the page-wide keys (?, /, t). */
export function KeyboardHelp() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = matchGlobalShortcut(event);
      if (command === null) return;
      // Inside the open dialog only Escape (the browser's) and Tab act.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (command === 'help') setOpen(true);
      else if (command === 'search') document.getElementById(SEARCH_INPUT_ID)?.focus();
      else focusTimeline();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className={SECONDARY_BUTTON}
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={() => setOpen(true)}
      >
        Keyboard shortcuts{' '}
        <kbd aria-hidden="true" className="rounded border border-neutral-300 px-1 text-xs dark:border-neutral-600">
          ?
        </kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
