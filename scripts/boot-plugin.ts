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

export const BOOT_CHUNK_NAME = 'boot';

const MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")(?=[^>]*\bsrc=")[^>]*><\/script>[ \t]*\n?/g;
const MODULE_PRELOAD = /<link\b(?=[^>]*\brel="modulepreload")[^>]*>[ \t]*\n?/g;

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/**
 * The page with its module entry script (and its modulepreload links) replaced by the boot
 * script at `bootSrc`, fetched at low priority (the prerendered HTML needs no script to paint),
 * whose tag names the entry and the modules to preload with it. Throws unless the page has
 * exactly one module entry script (a page this plugin does not understand).
 */
export function replaceModuleScripts(html: string, bootSrc: string): string {
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((match) => attribute(match[0], 'src')!);
  if (entries.length !== 1) throw new Error(`boot plugin: expected one <script type="module" src> in the page, found ${entries.length}`);
  const modules = [...html.matchAll(MODULE_PRELOAD)].map((match) => attribute(match[0], 'href')).filter((href): href is string => href !== null && href !== bootSrc);
  const boot = `<script type="module" crossorigin fetchpriority="low" src="${bootSrc}" data-app-entry="${entries[0]}"${modules.length ? ` data-app-modules="${modules.join(' ')}"` : ''}></script>\n`;
  return html.replace(MODULE_PRELOAD, '').replace(MODULE_SCRIPT, boot);
}

/** Escapes a path for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
            codeSplitting: { groups: [{ name: BOOT_CHUNK_NAME, test: new RegExp(`^${escapeRegExp(entry)}$`), includeDependenciesRecursively: true }] },
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
        const boot = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.moduleIds.includes(entry));
        return boot ? replaceModuleScripts(html, base + boot.fileName) : html;
      },
    },
  };
}
