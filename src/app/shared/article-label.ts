import type { Article } from '../../corpus/schema.ts';

/**
 * Names an article as a source where several are listed side by side: the outlet, or
 * "Outlet not stated (file)" so two unnamed articles stay apart.
 */
export function formatArticleSource(
  article: Pick<Article, 'outlet' | 'file'> | undefined,
  fallbackId = 'unknown article',
): string {
  if (!article) return `Outlet not stated (${fallbackId})`;
  return article.outlet?.name ?? `Outlet not stated (${article.file})`;
}
