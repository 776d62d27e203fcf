import { describe, expect, test } from 'vitest';
import { inlineCssPlugin, inlineStylesheets } from '../../scripts/build/inline-css-plugin.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

const PAGE =
  '<head><script type="module" crossorigin src="/assets/index-a.js"></script><link rel="stylesheet" crossorigin href="/assets/index-b.css"></head>';

describe('inlining the stylesheet', () => {
  test('replaces the link with a <style> holding the CSS, and keeps links it cannot read', () => {
    expect(inlineStylesheets(PAGE, (href) => (href === '/assets/index-b.css' ? 'body{margin:0}' : null))).toBe(
      '<head><script type="module" crossorigin src="/assets/index-a.js"></script><style>body{margin:0}</style></head>',
    );
    expect(inlineStylesheets(PAGE, () => null)).toBe(PAGE);
    // CSS that would close the element early stays a link.
    expect(inlineStylesheets(PAGE, () => 'a::after{content:"</style>"}')).toBe(PAGE);
  });

  test('the build plugin inlines the bundle’s stylesheet and drops the file nothing links to', () => {
    const plugin = inlineCssPlugin();
    (plugin.configResolved as Hook)({ base: '/' });
    const bundle: Record<string, unknown> = {
      'assets/index-b.css': { type: 'asset', fileName: 'assets/index-b.css', source: 'h1{font-weight:600}' },
      'assets/index-a.js': { type: 'chunk', fileName: 'assets/index-a.js' },
    };
    const handler = (plugin.transformIndexHtml as { handler: Hook }).handler;
    expect(handler.call({}, PAGE, { bundle })).toContain('<style>h1{font-weight:600}</style>');
    expect(Object.keys(bundle)).toEqual(['assets/index-a.js']);
  });
});
