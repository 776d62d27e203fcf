import type { Corpus } from '../../corpus/schema.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import type { ExportSelection } from './export-selection.ts';

export type JsonExportView = {
  q: string;
  personIds: string[];
  outletIds: string[];
  eventId: string | null;
  timeZone: string;
};

/**
 * The selection as JSON: the day, the view that produced it, the events with the sentences that
 * report them, and article summaries (no full text: the corpus JSON has that).
 */
export function serializeSelectionJson(selection: ExportSelection, corpus: Corpus, view: JsonExportView): string {
  const index = getCorpusIndex(corpus);
  const visible = new Set(selection.articles.map((article) => article.id));
  const document = {
    day: corpus.day,
    view,
    events: selection.events.map((event) => ({
      id: event.id,
      title: event.title,
      kind: event.kind,
      start: event.start,
      end: event.end,
      place: event.place,
      participants: event.participants.map((id) => index.people.get(id)?.name ?? id),
      sources: event.sources
        .filter((source) => visible.has(source.articleId))
        .map((source) => {
          const article = index.articles.get(source.articleId);
          return {
            articleId: source.articleId,
            outlet: article?.outlet?.name ?? null,
            sentences: article ? source.spans.map((span) => article.text.slice(span.start, span.end).trim()) : [],
          };
        }),
    })),
    articles: selection.articles.map((article) => ({
      id: article.id,
      file: article.file,
      outlet: article.outlet?.name ?? null,
      wires: article.wires.map((wire) => wire.name),
      author: article.author,
      headline: article.headline,
      lede: article.lede,
      published: article.published,
      publishedBasis: article.publishedBasis.kind,
      url: article.url,
      people: article.people.map((id) => index.people.get(id)?.name ?? id),
      events: article.events,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
