/**
 * The per-article stages will also run in a browser Web Worker (a later issue parses dropped files in the page):
 * nothing they import, directly or through other modules of the pipeline, may be Node-only.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, test } from 'vitest';

const NODE_ONLY = /^(?:node:|fs$|path$|os$|child_process$|worker_threads$|url$|crypto$|stream$|zlib$)/;

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [
    ...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm),
    ...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
}

/** Every module specifier reachable from `entry` through relative imports, with the file that imports it. */
function reachableImports(entry: string): Array<{ from: string; specifier: string }> {
  const seen = new Set<string>();
  const found: Array<{ from: string; specifier: string }> = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else found.push({ from: file, specifier });
    }
  };
  visit(resolve(entry));
  return found;
}

test('per-article extraction reaches no Node-only module', () => {
  const imports = reachableImports('src/pipeline/article-extraction.ts');
  expect(imports.length).toBeGreaterThan(0);
  expect(imports.filter(({ specifier }) => NODE_ONLY.test(specifier))).toEqual([]);
});

test('the check sees a Node-only import where there is one', () => {
  expect(reachableImports('src/pipeline/read-folder.ts').some(({ specifier }) => NODE_ONLY.test(specifier))).toBe(true);
});
