/**
 * Makes src/boot.ts the built page's only script tag. The app's entry (src/main.tsx, what
 * index.html names) is still built as the entry it is, but the page no longer fetches it before
 * its first paint: the boot script's tag names it (data-app-entry, with the modules it needs in
 * data-app-modules) and boot.ts imports it once the prerendered content has painted. The boot
 * chunk holds boot.ts and everything it imports (the app reuses those modules from it), so the
 * page fetches one small file before painting, at low priority.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readAttribute } from './html-attribute.ts';

export const BOOT_CHUNK_NAME = 'boot';

const MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")(?=[^>]*\bsrc=")[^>]*><\/script>[ \t]*\n?/g;
const MODULE_PRELOAD = /<link\b(?=[^>]*\brel="modulepreload")[^>]*>[ \t]*\n?/g;

/**
 * The page with its module entry script (and its modulepreload links) replaced by the boot
 * script at `bootSrc`, fetched at low priority (the prerendered HTML needs no script to paint),
 * whose tag names the entry and the modules to preload with it. Throws unless the page has
 * exactly one module entry script (a page this plugin does not understand).
 */
export function replaceModuleScripts(html: string, bootSrc: string): string {
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((match) => readAttribute(match[0], 'src')!);
  if (entries.length !== 1)
    throw new Error(`boot plugin: expected one <script type="module" src> in the page, found ${entries.length}`);
  const modules = [...html.matchAll(MODULE_PRELOAD)]
    .map((match) => readAttribute(match[0], 'href'))
    .filter((href): href is string => href !== null && href !== bootSrc);
  const boot = `<script type="module" crossorigin fetchpriority="low" src="${bootSrc}" data-app-entry="${entries[0]}"${modules.length ? ` data-app-modules="${modules.join(' ')}"` : ''}></script>\n`;
  return html.replace(MODULE_PRELOAD, '').replace(MODULE_SCRIPT, () => boot);
}

const BOOT_SCRIPT = /<script\b(?=[^>]*\bdata-app-entry=")[^>]*><\/script>/;

/**
 * A page with nothing prerendered (its root empty) has no paint to wait for: the boot script starts
 * the app at once, so the page fetches the app's entry, its modules and the corpus (`corpusHref`)
 * alongside the boot script instead of after it, and the boot script at the usual priority.
 */
export function loadAppWithPage(html: string, corpusHref: string): string {
  const boot = BOOT_SCRIPT.exec(html)?.[0];
  if (!boot)
    throw new Error('boot plugin: the page has no boot script (<script data-app-entry>) to load the app beside');
  const modules = [
    readAttribute(boot, 'data-app-entry')!,
    ...(readAttribute(boot, 'data-app-modules') ?? '').split(' ').filter(Boolean),
  ];
  const preloads = [
    ...modules.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
    // fetch()'s defaults (cors mode, same-origin credentials): the preload must say crossorigin to be used.
    `<link rel="preload" href="${corpusHref}" as="fetch" crossorigin="anonymous">`,
  ];
  return html.replace(boot, () => [boot.replace(' fetchpriority="low"', ''), ...preloads].join('\n'));
}

export function bootPlugin(options: { entry: string }): Plugin {
  const entry = resolve(options.entry);
  let base = '/';
  return {
    name: 'news-timeline-boot',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            // boot.ts and all it imports in one chunk: without this, the modules it shares with the
            // app would become a third chunk that the page must fetch before its first paint.
            codeSplitting: {
              groups: [
                { name: BOOT_CHUNK_NAME, test: (id: string) => id === entry, includeDependenciesRecursively: true },
              ],
            },
          },
        },
      },
    }),
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: entry, name: BOOT_CHUNK_NAME, preserveSignature: 'allow-extension' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const boot = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.moduleIds.includes(entry),
        );
        return boot ? replaceModuleScripts(html, base + boot.fileName) : html;
      },
    },
  };
}
