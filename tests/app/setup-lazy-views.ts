// The app tests render the explorer with createRoot, not by hydrating server HTML: with the lazily
// loaded views' code already loaded, they render at once, as they do on the server. (The browser
// tests exercise the real lazy path.)
import { preloadLazyViews } from '../../src/app/lazy-views.ts';

await preloadLazyViews();
