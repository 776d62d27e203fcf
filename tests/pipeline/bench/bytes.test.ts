import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  assetPathInSite,
  findStartAssets,
  inlineStyleText,
  measureBytes,
  sumSizes,
} from '../../../scripts/dev/bench/bytes.ts';

describe('measureBytes', () => {
  test('counts UTF-8 bytes, not characters, and gzips at level 9', () => {
    const text = '₹5,000 crore — '.repeat(200);
    const size = measureBytes(text);
    expect(size.raw).toBe(Buffer.byteLength(text, 'utf8'));
    expect(size.raw).toBeGreaterThan(text.length);
    expect(size.gzip).toBe(gzipSync(Buffer.from(text), { level: 9 }).byteLength);
    expect(size.gzip).toBeLessThan(size.raw / 10);
  });

  test('a buffer measures the same as its text', () => {
    const text = 'export default 42;\n';
    expect(measureBytes(Buffer.from(text))).toEqual(measureBytes(text));
    expect(gunzipSync(gzipSync(text)).toString()).toBe(text);
  });
});

describe('sumSizes', () => {
  test('adds each file’s own gzip size, as a host compresses files one by one', () => {
    const a = measureBytes('a'.repeat(1000));
    const b = measureBytes('a'.repeat(1000));
    const sum = sumSizes([a, b]);
    expect(sum).toEqual({ raw: 2000, gzip: a.gzip * 2 });
    // Two copies compressed together would be smaller: the sum is deliberately per file.
    expect(measureBytes('a'.repeat(2000)).gzip).toBeLessThan(sum.gzip);
    expect(sumSizes([])).toEqual({ raw: 0, gzip: 0 });
  });
});

describe('findStartAssets', () => {
  test('lists what a Vite-built index.html loads at start, in order, once each', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="/favicon.svg">
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-123.css">
      <link rel='stylesheet' href='/assets/index-123.css'>
      <!-- <script src="/commented-out.js"></script> -->
      </head><body><div id="root"></div><script>window.inline = 1</script>
      <script src=legacy.js defer></script></body></html>`;
    expect(findStartAssets(html)).toEqual([
      { kind: 'js', href: '/assets/index-abc.js' },
      { kind: 'js', href: '/assets/vendor-def.js' },
      { kind: 'css', href: '/assets/index-123.css' },
      { kind: 'js', href: 'legacy.js' },
    ]);
  });

  test('counts what a boot script starts once the page has painted, after the boot script itself', () => {
    const html = `<head><script type="module" crossorigin fetchpriority="low" src="/assets/boot-1.js" data-app-entry="/assets/index-2.js" data-app-modules="/assets/vendor-3.js /assets/index-2.js"></script></head>`;
    expect(findStartAssets(html)).toEqual([
      { kind: 'js', href: '/assets/boot-1.js' },
      { kind: 'js', href: '/assets/index-2.js' },
      { kind: 'js', href: '/assets/vendor-3.js' },
    ]);
  });
});

describe('assetPathInSite', () => {
  test.each([
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['./assets/a.css?v=2', 'assets/a.css'],
    ['legacy.js#x', 'legacy.js'],
    ['/assets/with%20space.js', 'assets/with space.js'],
    ['https://cdn.example.org/react.js', null],
    ['//cdn.example.org/react.js', null],
  ])('%s → %s', (href, expected) => {
    expect(assetPathInSite(href)).toBe(expected);
  });
});

describe('inlineStyleText', () => {
  test('joins the text of the page’s <style> elements, leaving commented-out ones', () => {
    const html =
      '<head><style>a{color:red}</style><!-- <style>b{}</style> --><style media="print">p{margin:0}</style></head>';
    expect(inlineStyleText(html)).toBe('a{color:red}\np{margin:0}');
    expect(inlineStyleText('<head><link rel="stylesheet" href="/a.css"></head>')).toBe('');
  });
});
