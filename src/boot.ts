/**
 * The built page's only script tag (scripts/build/boot-plugin.ts puts it in place of the app's entry).
 * The build prerenders the explorer into the HTML, so the reader's first view needs no script:
 * this module applies the remembered theme at once, before the first paint, and fetches the app
 * and its corpus only once the page's content has painted, so on a slow link they do not hold it
 * up. A page with nothing prerendered (an event's page of a corpus too large to prerender them)
 * starts the app at once.
 */
import corpusUrl from 'virtual:corpus-url';
import { afterFirstContentfulPaint } from './app/boot/after-first-paint.ts';
import { holdEarlyInput, releaseEarlyInput } from './app/boot/early-input.ts';
import { readPrerenderedView } from './app/prerendered-view.ts';
import { applyThemePreference, getLocalStorage, readThemePreference } from './app/theme/theme-preference.ts';

applyThemePreference(document.documentElement, readThemePreference(getLocalStorage()));

function appendPreload(href: string, rel: 'preload' | 'modulepreload'): void {
  // A page with nothing prerendered carries these links already (scripts/build/boot-plugin.ts).
  if (document.head.querySelector(`link[rel="${rel}"][href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = rel;
  if (rel === 'preload') link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** Fetches the app's entry and what it needs at once (the corpus, its other modules) side by side, then runs it. */
function startApp(app: { entry: string; modules: string[] }): void {
  // main.tsx's fetch() of the corpus takes over this preload (same URL, mode and credentials).
  appendPreload(corpusUrl, 'preload');
  for (const module of [app.entry, ...app.modules]) appendPreload(module, 'modulepreload');
  // The first use of Intl loads the browser's locale and time-zone data (15–25 ms on a fast
  // machine): do it now, in a task of its own while the downloads run, not in the app's start-up.
  setTimeout(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hour: 'numeric' }).format(0), 0);
  import(/* @vite-ignore */ app.entry).catch((error: unknown) => {
    // The page stays as the HTML has it: let its native controls work again.
    releaseEarlyInput();
    console.error(
      `The explorer could not load its code (${app.entry}): the page stays readable, but its controls will not work.`,
      error,
    );
  });
}

const tag = document.querySelector<HTMLScriptElement>('script[data-app-entry]');
const entry = tag?.dataset.appEntry;
if (!entry) {
  console.error('The page names no app to start (its boot script lacks data-app-entry).');
} else {
  const app = { entry, modules: (tag.dataset.appModules ?? '').split(' ').filter(Boolean) };
  const root = document.getElementById('root');
  if (root && readPrerenderedView(root)) {
    // The page looks ready before the app is: what the reader does meanwhile waits for it.
    holdEarlyInput(root);
    afterFirstContentfulPaint(() => startApp(app));
  } else {
    startApp(app);
  }
}
