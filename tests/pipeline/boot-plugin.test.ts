import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { bootPlugin, loadAppWithPage, replaceModuleScripts } from '../../scripts/build/boot-plugin.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

const PAGE = `<head>
    <link rel="icon" href="/favicon.svg" />
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-c.js">
    <style>body{margin:0}</style>
  </head>`;

describe('the boot script in place of the entry', () => {
  test('the page loads only the boot script, which names the entry and the modules to preload with it', () => {
    const html = replaceModuleScripts(PAGE, '/assets/boot-b.js');
    expect(html).toContain(
      '<script type="module" crossorigin fetchpriority="low" src="/assets/boot-b.js" data-app-entry="/assets/index-a.js" data-app-modules="/assets/vendor-c.js"></script>',
    );
    expect(html).not.toContain('src="/assets/index-a.js"');
    expect(html).not.toContain('modulepreload');
    // Everything else stays as it was.
    expect(html).toContain('<link rel="icon" href="/favicon.svg" />');
    expect(html).toContain('<style>body{margin:0}</style>');
  });

  test('the boot chunk itself is not preloaded again', () => {
    const page = PAGE.replace('/assets/vendor-c.js', '/assets/boot-b.js');
    expect(replaceModuleScripts(page, '/assets/boot-b.js')).toMatch(/data-app-entry="\/assets\/index-a.js"><\/script>/);
  });

  test('a page without exactly one module script is refused, naming what it found', () => {
    expect(() => replaceModuleScripts('<head></head>', '/b.js')).toThrow(
      /expected one <script type="module" src> in the page, found 0/,
    );
    const twice = PAGE.replace('</head>', '<script type="module" src="/other.js"></script></head>');
    expect(() => replaceModuleScripts(twice, '/b.js')).toThrow(/found 2/);
  });

  test('the build plugin emits the boot entry and points the page at the chunk that holds it', () => {
    const plugin = bootPlugin({ entry: 'src/boot.ts' });
    const emitted: unknown[] = [];
    (plugin.buildStart as Hook).call({ emitFile: (file: unknown) => emitted.push(file) });
    expect(emitted).toEqual([expect.objectContaining({ type: 'chunk', id: resolve('src/boot.ts') })]);
    (plugin.configResolved as Hook)({ base: '/' });
    const bundle = {
      'assets/index-a.js': { type: 'chunk', fileName: 'assets/index-a.js', moduleIds: [resolve('src/main.tsx')] },
      'assets/boot-b.js': {
        type: 'chunk',
        fileName: 'assets/boot-b.js',
        moduleIds: [resolve('src/app/theme/theme-preference.ts'), resolve('src/boot.ts')],
      },
    };
    const handler = (plugin.transformIndexHtml as { handler: Hook }).handler;
    expect(handler.call({}, PAGE, { bundle })).toContain('src="/assets/boot-b.js" data-app-entry="/assets/index-a.js"');
    // The dev server (no bundle) serves index.html as written.
    expect(handler.call({}, PAGE, {})).toBe(PAGE);
  });

  test('a page with nothing prerendered fetches the app and its corpus alongside the boot script', () => {
    const built = replaceModuleScripts(PAGE, '/assets/boot-b.js');
    const html = loadAppWithPage(built, '/assets/corpus-d.json');
    expect(html).toContain(
      '<script type="module" crossorigin src="/assets/boot-b.js" data-app-entry="/assets/index-a.js" data-app-modules="/assets/vendor-c.js"></script>',
    );
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/index-a.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/vendor-c.js">');
    expect(html).toContain('<link rel="preload" href="/assets/corpus-d.json" as="fetch" crossorigin="anonymous">');
    expect(() => loadAppWithPage(PAGE, '/c.json')).toThrow(/no boot script/);
  });
});
