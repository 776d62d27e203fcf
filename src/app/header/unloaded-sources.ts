import type { Corpus, CorpusWarning } from '../../corpus/schema.ts';
import { memoizeLast } from '../shared/memoize-last.ts';

export type UnloadedSource = { file: string; reasons: string[] };

/**
 * Input files that gave no article, each with every reason the pipeline gave, in file order.
 * Warnings about files that did load (a re-encoding, a cut) and about sources.json are notes,
 * not missing sources; the footer lists those.
 */
export const selectUnloadedSources = memoizeLast((corpus: Corpus): UnloadedSource[] => {
  const loaded = new Set(corpus.articles.map((article) => article.file));
  const byFile = new Map<string, string[]>();
  for (const warning of corpus.warnings) {
    if (!isArticleFile(warning) || loaded.has(warning.file)) continue;
    byFile.set(warning.file, [...(byFile.get(warning.file) ?? []), warning.reason]);
  }
  return [...byFile.entries()].map(([file, reasons]) => ({ file, reasons }));
});

function isArticleFile(warning: CorpusWarning): boolean {
  return warning.file !== 'sources.json' && !warning.file.startsWith('(');
}
