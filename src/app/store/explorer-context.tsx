/** The thin React side of the store: a provider and hooks that read slices of it. */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Corpus } from '../../corpus/schema.ts';
import type { ExplorerActions, ExplorerState, ExplorerStore } from './explorer-store.ts';

type ExplorerContextValue = { store: ExplorerStore; corpus: Corpus };

const ExplorerContext = createContext<ExplorerContextValue | null>(null);

/** Makes one corpus and its store available to the views below. */
export function ExplorerProvider(props: { store: ExplorerStore; corpus: Corpus; children: ReactNode }) {
  return (
    <ExplorerContext.Provider value={{ store: props.store, corpus: props.corpus }}>
      {props.children}
    </ExplorerContext.Provider>
  );
}

function useExplorerContext(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('useExplorer* hooks need an <ExplorerProvider> above them.');
  return value;
}

/**
 * Reads a slice of the store. The selector must return stored values or memoized results:
 * zustand 5 re-renders forever on a selector that builds a new object each call.
 */
export function useExplorer<T>(selector: (state: ExplorerState & ExplorerActions) => T): T {
  return useStore(useExplorerContext().store, selector);
}

/** The store's actions; they never change, so reading them does not re-render. */
export function useExplorerActions(): ExplorerActions {
  return useExplorerContext().store.getState();
}

/** The store itself, for a feature that watches it or feeds it (search loading its index). */
export function useExplorerStore(): ExplorerStore {
  return useExplorerContext().store;
}

/** The corpus being explored: as loaded, or as corrected in Edit mode. */
export function useCorpus(): Corpus {
  const { store, corpus } = useExplorerContext();
  return useStore(store, (state) => state.editedCorpus) ?? corpus;
}

/** The corpus as loaded, before any correction made in Edit mode (what those corrections apply to). */
export function useLoadedCorpus(): Corpus {
  return useExplorerContext().corpus;
}

/**
 * Reads a slice of the store once it has stayed the same for `quietMs`: for views that show a
 * figure of the zoom (a count, an announced range) and need not follow every wheel frame. The
 * first value is the current one, so a prerendered page and its hydration agree. (React's
 * useDeferredValue follows every change as soon as the page is idle; this waits for a pause.)
 */
export function useSettledExplorer<T>(selector: (state: ExplorerState & ExplorerActions) => T, quietMs: number): T {
  const store = useExplorerContext().store;
  const [value, setValue] = useState(() => selector(store.getState()));
  const latestSelector = useRef(selector);
  latestSelector.current = selector;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setValue(() => latestSelector.current(store.getState())), quietMs);
    };
    // A change between the first render and this effect is caught up too.
    settle();
    const unsubscribe = store.subscribe((state, previous) => {
      if (!Object.is(latestSelector.current(state), latestSelector.current(previous))) settle();
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, quietMs]);
  return value;
}
