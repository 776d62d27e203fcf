import type { Corpus, Outlet } from '../../corpus/schema.ts';
import { memoizeLast } from '../shared/memoize-last.ts';
import { articleMatchesFilters } from '../selectors/visible-articles.ts';
import type { SearchMatches } from '../selectors/search-matches.ts';

/** `count`: articles it would show with the other filters; `total`: articles in the corpus. */
export type PersonOption = { id: string; name: string; role: string | null; count: number; total: number };
export type OutletOption = {
  id: string;
  name: string;
  fullName: string | null;
  kind: Outlet['kind'];
  count: number;
  total: number;
};

/** Most articles first, then by name: the order of the whole corpus, which a filter click does not change. */
function byCountThenName(a: { total: number; name: string }, b: { total: number; name: string }): number {
  return b.total - a.total || a.name.localeCompare(b.name);
}

/**
 * People in the order of how many articles mention them, each with the number of articles that
 * mention them among those the other filters (outlets) and the search let through: what ticking
 * the person would show. The order stays that of the whole corpus, so checkboxes do not move.
 */
export const selectPersonOptions = memoizeLast(
  (corpus: Corpus, outletIds: readonly string[], matches: SearchMatches | null): PersonOption[] => {
    const totals = new Map<string, number>();
    const counts = new Map<string, number>();
    for (const article of corpus.articles) {
      const passes = articleMatchesFilters(article, [], outletIds) && (matches === null || matches.has(article.id));
      for (const id of new Set(article.people)) {
        totals.set(id, (totals.get(id) ?? 0) + 1);
        if (passes) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    return corpus.people
      .map((person) => ({
        id: person.id,
        name: person.name,
        role: person.role,
        total: totals.get(person.id) ?? 0,
        count: counts.get(person.id) ?? 0,
      }))
      .sort(byCountThenName);
  },
);

/** Outlets (publishers and wires), each with the number of articles it would show under the person filter and the search. */
export const selectOutletOptions = memoizeLast(
  (corpus: Corpus, personIds: readonly string[], matches: SearchMatches | null): OutletOption[] => {
    const passing = corpus.articles.filter(
      (article) => articleMatchesFilters(article, personIds, []) && (matches === null || matches.has(article.id)),
    );
    return corpus.outlets
      .map((outlet) => ({
        id: outlet.id,
        name: outlet.name,
        fullName: outlet.fullName,
        kind: outlet.kind,
        total: corpus.articles.filter((article) => articleMatchesFilters(article, [], [outlet.id])).length,
        count: passing.filter((article) => articleMatchesFilters(article, [], [outlet.id])).length,
      }))
      .sort(byCountThenName);
  },
);
