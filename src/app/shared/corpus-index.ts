import type { Article, Corpus, Outlet, Person, Quote, TimelineEvent } from '../../corpus/schema.ts';

export type CorpusIndex = {
  articles: ReadonlyMap<string, Article>;
  people: ReadonlyMap<string, Person>;
  outlets: ReadonlyMap<string, Outlet>;
  events: ReadonlyMap<string, TimelineEvent>;
  quotes: ReadonlyMap<string, Quote>;
};

const indexes = new WeakMap<Corpus, CorpusIndex>();

function mapById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Lookup tables by id, built once per corpus object. */
export function getCorpusIndex(corpus: Corpus): CorpusIndex {
  let index = indexes.get(corpus);
  if (!index) {
    index = {
      articles: mapById(corpus.articles),
      people: mapById(corpus.people),
      outlets: mapById(corpus.outlets),
      events: mapById(corpus.events),
      quotes: mapById(corpus.quotes),
    };
    indexes.set(corpus, index);
  }
  return index;
}
