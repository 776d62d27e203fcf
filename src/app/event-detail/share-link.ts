/** Sharing a link: the system share sheet where there is one, else the clipboard. */

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

type ShareNavigator = {
  share?: (data: ShareData) => Promise<void>;
  clipboard?: { writeText: (text: string) => Promise<void> };
};

/**
 * Offers the link to the share sheet (phones, some desktops); a dismissed sheet is "cancelled",
 * not a failure. Without a share sheet, or when it refuses, copies the link instead.
 */
export async function shareLink(data: { url: string; title: string }, nav: ShareNavigator): Promise<ShareOutcome> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share({ url: data.url, title: data.title });
      return 'shared';
    } catch (error) {
      // DOMException is not an Error subclass everywhere; read the name alone.
      if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError')
        return 'cancelled';
    }
  }
  try {
    if (!nav.clipboard) return 'failed';
    await nav.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
