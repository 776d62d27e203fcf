import type { Article, Outlet } from './schema.ts';

/** The outlets the articles name (publishers and credited wires), publishers first, each by name. */
export function buildOutlets(articles: Article[]): Outlet[] {
  const outlets = new Map<string, Outlet>();
  const add = (id: string, name: string, fullName: string | null, kind: Outlet['kind'], articleId: string) => {
    const outlet = outlets.get(id) ?? { id, name, fullName, kind, articleIds: [] };
    // Articles come one after another: an article already listed is the last one.
    if (outlet.articleIds.at(-1) !== articleId) outlet.articleIds.push(articleId);
    outlets.set(id, outlet);
  };
  for (const article of articles) {
    if (article.outlet) add(article.outlet.id, article.outlet.name, null, 'publisher', article.id);
    for (const wire of article.wires) add(wire.id, wire.name, wire.fullName, 'wire', article.id);
  }
  return [...outlets.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
