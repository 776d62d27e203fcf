import { useState } from 'react';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * Copies the current page address (the URL already holds the view). Where the clipboard API
 * is missing or refused (plain http, old browsers), shows the link to copy by hand.
 */
export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const copy = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'manual', url });
    }
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <button type="button" className={SECONDARY_BUTTON} onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="text-xs text-neutral-600 dark:text-neutral-400">
        {status.kind === 'copied' && 'Link copied'}
      </span>
      {status.kind === 'manual' && (
        <label className="text-xs text-neutral-700 dark:text-neutral-300">
          Copy this link:
          <input
            readOnly
            value={status.url}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-64 max-w-full rounded border border-neutral-300 bg-white px-2 py-1 font-mono text-xs text-neutral-900 dark:border-neutral-700 dark:bg-neutral-950 dark:text-neutral-100"
          />
        </label>
      )}
    </div>
  );
}
