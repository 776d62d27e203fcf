import type { Corpus, Outlet } from '../../corpus/schema.ts';
import { memoizeLast } from '../shared/memoize-last.ts';
import { articleMatchesFilters } from '../selectors/visible-articles.ts';

export type PersonOption = { id: string; name: string; role: string | null; count: number };
export type OutletOption = { id: string; name: string; kind: Outlet['kind']; count: number };

/**
 * Counts are over the whole corpus, not the current filters, so a checkbox keeps its name
 * while the reader clicks around (and "(0)" never hides a person the reader just picked).
 */
function byCountThenName(a: { count: number; name: string }, b: { count: number; name: string }): number {
  return b.count - a.count || a.name.localeCompare(b.name);
}

/** People with the number of articles that mention them, most mentioned first. */
export const selectPersonOptions = memoizeLast((corpus: Corpus): PersonOption[] => {
  const counts = new Map<string, number>();
  for (const article of corpus.articles) {
    for (const id of new Set(article.people)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return corpus.people
    .map((person) => ({ id: person.id, name: person.name, role: person.role, count: counts.get(person.id) ?? 0 }))
    .sort(byCountThenName);
});

/** Outlets (publishers and wires) with the number of articles the outlet filter would show. */
export const selectOutletOptions = memoizeLast((corpus: Corpus): OutletOption[] =>
  corpus.outlets
    .map((outlet) => ({
      id: outlet.id,
      name: outlet.name,
      kind: outlet.kind,
      count: corpus.articles.filter((article) => articleMatchesFilters(article, [], [outlet.id])).length,
    }))
    .sort(byCountThenName),
);
