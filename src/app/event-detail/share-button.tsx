import { useState } from 'react';
import { buildEventShareUrl } from '../store/event-page-url.ts';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { shareLink } from './share-link.ts';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * Shares the event's own page (it unfurls with the event's title in chats). Uses the share sheet
 * where there is one, else copies the link and says so politely; where neither works (plain
 * http, old browsers) shows the link to copy by hand.
 */
export function ShareButton(props: { eventId: string; title: string }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const share = async () => {
    const url = buildEventShareUrl(window.location.href, props.eventId);
    const outcome = await shareLink({ url, title: props.title }, navigator);
    if (outcome === 'copied') setStatus({ kind: 'copied' });
    else if (outcome === 'failed') setStatus({ kind: 'manual', url });
    else setStatus({ kind: 'idle' });
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <button type="button" className={SECONDARY_BUTTON} onClick={() => void share()}>
        Share
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
