import type { Article } from '../../corpus/schema.ts';

/**
 * Names an article as a source where several are listed side by side: the outlet, or
 * "Outlet not stated (via PTI; file)" so two unnamed articles stay apart and the wire that
 * supplied the copy is still named.
 */
export function formatArticleSource(
  article: (Pick<Article, 'outlet' | 'file'> & Partial<Pick<Article, 'wires'>>) | undefined,
  fallbackId = 'unknown article',
): string {
  if (!article) return `Outlet not stated (${fallbackId})`;
  if (article.outlet) return article.outlet.name;
  const wires = article.wires ?? [];
  const via = wires.length > 0 ? `via ${wires.map((wire) => wire.name).join(', ')}; ` : '';
  return `Outlet not stated (${via}${article.file})`;
}

/** "PTI (Press Trust of India)": a wire by its code and, where readers may not know it, its full name. */
export function formatWireName(wire: { name: string; fullName: string | null }): string {
  return wire.fullName ? `${wire.name} (${wire.fullName})` : wire.name;
}
