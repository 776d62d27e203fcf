import { useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { FOCUS_RING } from '../ui/button-styles.ts';
import { capNotices } from './cap-notices.ts';

const TEXT_BUTTON = `shrink-0 rounded px-1.5 text-sm font-medium underline underline-offset-2 ${FOCUS_RING}`;

/**
 * Polite messages about the link (unknown ids, malformed values). The live region is always
 * rendered, empty or not, because screen readers only announce changes to a region they know.
 * A flood of notices is capped (capNotices): the rest fold into one line, and come up as shown ones are dismissed.
 */
export function NoticeArea() {
  const notices = useExplorer((state) => state.notices);
  const actions = useExplorerActions();
  const { shown, summary } = capNotices(notices);
  return (
    <div role="status">
      {notices.length > 0 && (
        <ul className="mt-4 space-y-2">
          {shown.map((notice) => (
            <li
              key={notice.id}
              className="flex items-start justify-between gap-3 rounded-lg border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
            >
              <span className="min-w-0 break-words">{notice.text}</span>
              <button
                type="button"
                aria-label="Dismiss notice"
                onClick={() => actions.dismissNotice(notice.id)}
                className={TEXT_BUTTON}
              >
                Dismiss
              </button>
            </li>
          ))}
          {summary && <li className="px-3 text-sm text-amber-950 dark:text-amber-100">{summary}</li>}
        </ul>
      )}
    </div>
  );
}
