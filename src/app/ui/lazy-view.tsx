import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A view whose code is its own chunk. `preload()` fetches it; once loaded, the view renders at once
 * (React.lazy is handed an already-settled thenable), so the server renderer, which preloads every
 * such view, writes it into the HTML like any other. In the browser a view whose chunk has not
 * arrived suspends: hydration keeps the server's HTML for it and attaches when the chunk lands.
 */
export function lazyView<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType): {
  View: LazyExoticComponent<ComponentType>;
  preload: () => Promise<void>;
} {
  let loaded: ComponentType | null = null;
  let loading: Promise<void> | null = null;
  const preload = () => {
    loading ??= load().then((module) => {
      loaded = pick(module);
    });
    return loading;
  };
  const View = lazy(() => {
    if (loaded) {
      const component = loaded;
      // A thenable that settles synchronously: React.lazy then renders without suspending.
      return { then: (resolve: (module: { default: ComponentType }) => void) => resolve({ default: component }) } as unknown as Promise<{ default: ComponentType }>;
    }
    return preload().then(() => ({ default: loaded as ComponentType }));
  });
  return { View, preload };
}
