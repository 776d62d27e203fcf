/** Build time and the bytes a built explorer loads at start, read from its index.html and files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../../build/build-app.ts';
import { assetPathInSite, findStartAssets, inlineStyleText, measureBytes, sumSizes } from './bytes.ts';
import type { Sized } from './bytes.ts';

export interface StartBytes {
  html: Sized;
  js: Sized;
  css: Sized;
  /** Scripts or stylesheets index.html names on another origin (there should be none). */
  external: string[];
}

/** What `index.html` in `distDir` loads at start: itself, its scripts and stylesheets (linked or inlined), raw and gzip. */
export function measureStartBytes(distDir: string): StartBytes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const js: Sized[] = [];
  const css: Sized[] = [];
  const external: string[] = [];
  for (const asset of findStartAssets(html)) {
    const path = assetPathInSite(asset.href);
    if (path === null) {
      external.push(asset.href);
      continue;
    }
    (asset.kind === 'js' ? js : css).push(measureBytes(readFileSync(join(distDir, path))));
  }
  const inlineCss = inlineStyleText(html);
  if (inlineCss) css.push(measureBytes(inlineCss));
  return { html: measureBytes(html), js: sumSizes(js), css: sumSizes(css), external };
}

/** Builds the explorer from `seedsDir` into `outDir` with Vite and returns the wall time, ms (the corpus parse included). */
export async function timeBuild(seedsDir: string, outDir: string): Promise<number> {
  const start = performance.now();
  await buildApp({ seedsDir, outDir, quiet: true });
  return performance.now() - start;
}
