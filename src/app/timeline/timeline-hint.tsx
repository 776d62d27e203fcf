import { useCoarsePointer } from '../ui/use-coarse-pointer.ts';

const KEY =
  'rounded border border-neutral-300 bg-neutral-50 px-1 font-sans text-[0.7rem] text-neutral-800 dark:border-neutral-700 dark:bg-neutral-800 dark:text-neutral-200';

/** How to drive the timeline: by touch on a touch screen, else by keyboard and pointer. */
export function TimelineHint() {
  const touch = useCoarsePointer();
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t print:hidden border-neutral-200 px-4 py-2.5 text-xs text-neutral-600 sm:px-5 dark:border-neutral-800 dark:text-neutral-400">
      {touch ? (
        <span>Tap an event to open it, again to close it; on the plot, pinch to zoom and drag to pan.</span>
      ) : (
        <KeyboardHints />
      )}
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block h-2.5 w-[3px] rounded bg-neutral-700 dark:bg-neutral-300" />
        an article’s stated publication time
      </span>
    </p>
  );
}

function KeyboardHints() {
  return (
    <>
      <span>
        <kbd className={KEY}>←</kbd> <kbd className={KEY}>→</kbd> move between events, <kbd className={KEY}>Enter</kbd>{' '}
        selects, <kbd className={KEY}>Esc</kbd> clears
      </span>
      <span>
        <kbd className={KEY}>+</kbd> <kbd className={KEY}>−</kbd> <kbd className={KEY}>0</kbd> zoom,{' '}
        <kbd className={KEY}>Shift</kbd>+<kbd className={KEY}>←</kbd> <kbd className={KEY}>→</kbd> pan;{' '}
        <kbd className={KEY}>Ctrl</kbd>+wheel or pinch zooms, drag pans; <kbd className={KEY}>?</kbd> all shortcuts
      </span>
    </>
  );
}
