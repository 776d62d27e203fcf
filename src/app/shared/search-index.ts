/**
 * What a full-text index of the articles is, for the store that holds it and the views that query
 * it; search/ builds and loads it (the library itself is not in the page's first script).
 */
import type MiniSearch from 'minisearch';

/** `sources`: the outlet and the credited wires, by code and full name ("Statesman" finds SNS copy). */
export type SearchDocument = { id: string; headline: string; lede: string; body: string; sources: string };

/** One corpus' full-text index. */
export type ArticleSearchIndex = MiniSearch<SearchDocument>;
