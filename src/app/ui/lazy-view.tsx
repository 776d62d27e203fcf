import { use, useEffect, type ComponentType } from 'react';

export type LazyView = {
  View: ComponentType;
  /** Fetches the view's code; resolves once it can render without suspending. */
  preload: () => Promise<void>;
  /** Forgets a failed load, so the next render fetches the code again (a region's "Try again"). */
  forgetFailure: () => void;
  /** Resolves once the view has mounted (hydrated, on a prerendered page), its code failed to load, or it failed to render. */
  settled: () => Promise<void>;
  /** Its region failed to render it: nothing should wait for it to mount (pass to the region's onError). */
  markFailed: () => void;
};

/**
 * A view whose code is its own chunk. `preload()` fetches it; once loaded, the view renders at once,
 * so the server renderer, which preloads every such view, writes it into the HTML like any other.
 * In the browser a view whose chunk has not arrived suspends: hydration keeps the server's HTML for
 * it and attaches when the chunk lands. A failed load throws to the region's error boundary, and
 * stays failed until `forgetFailure()` (React.lazy would keep the failure until a page reload).
 */
export function lazyView<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType): LazyView {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  let failed = false;
  let markSettled = () => {};
  const settled = new Promise<void>((resolve) => (markSettled = resolve));
  const loadComponent = () => {
    loading ??= load().then(
      (module) => (loaded = pick(module)),
      (error: unknown) => {
        failed = true;
        markSettled();
        throw error;
      },
    );
    return loading;
  };
  function View() {
    // Before use(): a render that suspends is replayed when the code lands, and the replay must
    // call the same hooks in the same order (a hook after a skipped use() would be a new one).
    useEffect(markSettled, []);
    const Component = loaded ?? use(loadComponent());
    return <Component />;
  }
  return {
    View,
    preload: () => loadComponent().then(() => undefined),
    settled: () => settled,
    markFailed: () => markSettled(),
    forgetFailure: () => {
      if (!failed) return;
      failed = false;
      loading = null;
    },
  };
}
