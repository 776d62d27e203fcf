import { useId } from 'react';
import { useModalDialog } from '../ui/use-modal-dialog.ts';
import { FOCUS_RING } from '../ui/button-styles.ts';
import { SHORTCUTS, type Shortcut } from './shortcut-list.ts';

const KEY =
  'rounded border border-neutral-300 bg-neutral-50 px-1.5 py-0.5 font-sans text-xs text-neutral-800 dark:border-neutral-700 dark:bg-neutral-800 dark:text-neutral-200';
const GROUPS: { where: Shortcut['where']; title: string }[] = [
  { where: 'anywhere', title: 'Anywhere' },
  { where: 'timeline', title: 'On the timeline' },
  { where: 'dialogs', title: 'In dialogs' },
];

/**
 * The list of shortcuts in a modal <dialog>: the browser traps focus and closes it on Escape.
 * Focus goes back to where it was when the dialog opened.
 */
export function ShortcutsDialog(props: { open: boolean; onClose: () => void }) {
  const { dialogProps, requestClose } = useModalDialog(props.open, props.onClose);
  const headingId = useId();

  return (
    <dialog
      {...dialogProps}
      aria-labelledby={headingId}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-neutral-200 bg-white p-0 text-neutral-900 shadow-xl backdrop:bg-neutral-950/50 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
    >
      {props.open && (
        <div className="p-5">
          <div className="flex items-start justify-between gap-3">
            <h2 id={headingId} className="text-lg font-semibold tracking-tight">
              Keyboard shortcuts
            </h2>
            <button
              type="button"
              onClick={requestClose}
              className={`rounded-md px-2 py-1 text-sm font-medium text-neutral-700 underline underline-offset-2 hover:bg-neutral-100 dark:text-neutral-200 dark:hover:bg-neutral-800 ${FOCUS_RING}`}
            >
              Close
            </button>
          </div>
          {GROUPS.map((group) => (
            <section key={group.where} className="mt-4">
              <h3 className="text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">
                {group.title}
              </h3>
              <dl className="mt-1.5 grid grid-cols-[minmax(6.5rem,auto)_minmax(0,1fr)] gap-x-4 gap-y-1.5 text-sm">
                {SHORTCUTS.filter((shortcut) => shortcut.where === group.where).map((shortcut) => (
                  <div key={shortcut.action} className="contents">
                    <dt className="flex flex-wrap gap-1">
                      {shortcut.keys.map((key) => (
                        <kbd key={key} className={KEY}>
                          {key}
                        </kbd>
                      ))}
                    </dt>
                    <dd>{shortcut.action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      )}
    </dialog>
  );
}
