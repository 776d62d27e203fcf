import { useSyncExternalStore } from 'react';

const QUERY = '(pointer: coarse)';

/** The media query, where the environment has one (not jsdom, not very old browsers). */
function coarseQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const media = coarseQuery();
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/**
 * True on a touch screen (the primary pointer is a finger): hints there speak of taps and pinches,
 * not keys. False on the server and in the first render of a prerendered page, which then follows.
 */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => coarseQuery()?.matches ?? false,
    () => false,
  );
}
