/** What a built page loads at start, and its size raw and gzipped (as a static host would send it). */
import { gzipSync } from 'node:zlib';
import { readAttribute } from '../../build/html-attribute.ts';

export interface Sized {
  raw: number;
  gzip: number;
}

export interface StartAsset {
  kind: 'js' | 'css';
  /** The URL as written in the HTML (relative or root-relative). */
  href: string;
}

/** Bytes of `content` raw and gzipped at level 9 (what `vite build` reports and most hosts serve). */
export function measureBytes(content: string | Uint8Array): Sized {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { raw: buffer.byteLength, gzip: gzipSync(buffer, { level: 9 }).byteLength };
}

/** Adds sizes together (gzip per file, as each file is compressed on its own when served). */
export function sumSizes(sizes: readonly Sized[]): Sized {
  return sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

/** The page without its comments: commented-out tags load nothing. */
function withoutHtmlComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '');
}

/** The text of the page's own <style> elements (inlined CSS), joined; empty when it has none. */
export function inlineStyleText(html: string): string {
  return [...withoutHtmlComments(html).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)]
    .map((match) => match[1])
    .join('\n');
}

/**
 * The scripts and stylesheets an HTML page loads at start: `<script src>` (classic or module),
 * `<link rel=stylesheet>` and `<link rel=modulepreload>`, and what a boot script loads for it once
 * the page has painted (its `data-app-entry` and `data-app-modules`, scripts/build/boot-plugin.ts).
 * Inline scripts and styles are part of the HTML itself. Each href is listed once, in document order.
 */
export function findStartAssets(html: string): StartAsset[] {
  const assets: StartAsset[] = [];
  const seen = new Set<string>();
  const add = (kind: StartAsset['kind'], href: string | null) => {
    if (!href || seen.has(href)) return;
    seen.add(href);
    assets.push({ kind, href });
  };
  for (const match of withoutHtmlComments(html).matchAll(/<(script|link)\b[^>]*>/gi)) {
    const tag = match[0];
    if (match[1]!.toLowerCase() === 'script') {
      add('js', readAttribute(tag, 'src'));
      add('js', readAttribute(tag, 'data-app-entry'));
      for (const href of (readAttribute(tag, 'data-app-modules') ?? '').split(/\s+/)) add('js', href);
    } else {
      const rel = (readAttribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet')) add('css', readAttribute(tag, 'href'));
      else if (rel.includes('modulepreload')) add('js', readAttribute(tag, 'href'));
    }
  }
  return assets;
}

/** Resolves an asset href from a page at the site root to a path inside the built folder, or null for another origin. */
export function assetPathInSite(href: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  const path = href.split(/[?#]/, 1)[0]!.replace(/^\.?\//, '');
  return decodeURIComponent(path);
}
