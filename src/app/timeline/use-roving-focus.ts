import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);

/** The id a navigation key leads to from `fromId`, or null when the key does not navigate. */
export function getRovingTarget(ids: readonly string[], fromId: string, key: string): string | null {
  const index = ids.indexOf(fromId);
  if (index === -1 || ids.length === 0) return null;
  if (PREVIOUS_KEYS.has(key)) return ids[Math.max(0, index - 1)] ?? null;
  if (NEXT_KEYS.has(key)) return ids[Math.min(ids.length - 1, index + 1)] ?? null;
  if (key === 'Home') return ids[0] ?? null;
  if (key === 'End') return ids[ids.length - 1] ?? null;
  return null;
}

/**
 * A roving tabindex over a list of items: one tab stop for the group, arrow keys move focus
 * within it. The tab stop follows the selection when it changes from elsewhere (a card).
 */
export function useRovingFocus(ids: readonly string[], selectedId: string | null) {
  const [focusedId, setFocusedId] = useState<string | null>(selectedId);
  // Each id's elements, latest last: until the timeline is measured both layouts render, one hidden
  // by CSS, and focus goes to the one on screen.
  const elements = useRef(new Map<string, HTMLElement[]>());
  const focusElement = (id: string) => {
    const candidates = elements.current.get(id) ?? [];
    (candidates.filter((element) => element.getClientRects().length > 0).at(-1) ?? candidates.at(-1))?.focus();
  };
  // One ref callback per id for the component's life: a new function each render would make
  // React detach and reattach every item's ref on every zoom frame.
  const refCallbacks = useRef(new Map<string, (element: HTMLElement | null) => (() => void) | undefined>());

  useEffect(() => {
    if (selectedId !== null) setFocusedId(selectedId);
  }, [selectedId]);

  const activeId = focusedId !== null && ids.includes(focusedId) ? focusedId : (ids[0] ?? null);

  return {
    activeId,
    /** Ref callback for an item's element. */
    register: (id: string) => {
      let callback = refCallbacks.current.get(id);
      if (!callback) {
        callback = (element: HTMLElement | null) => {
          if (!element) return;
          elements.current.set(id, [...(elements.current.get(id) ?? []), element]);
          return () => {
            const rest = (elements.current.get(id) ?? []).filter((other) => other !== element);
            if (rest.length) elements.current.set(id, rest);
            else elements.current.delete(id);
          };
        };
        refCallbacks.current.set(id, callback);
      }
      return callback;
    },
    /** Moves the tab stop and focus to an item (after a change of view removed the focused one). */
    focusItem: (id: string) => {
      setFocusedId(id);
      focusElement(id);
    },
    onItemFocus: (id: string) => setFocusedId(id),
    /** Moves focus for arrow/Home/End keys; returns true when it handled the key. */
    onItemKeyDown: (id: string, event: KeyboardEvent): boolean => {
      // Shift+arrows pan the timeline instead.
      const target = event.shiftKey ? null : getRovingTarget(ids, id, event.key);
      if (target === null) return false;
      event.preventDefault();
      setFocusedId(target);
      focusElement(target);
      return true;
    },
  };
}
