/**
 * The article's text cut into runs for the reader: which runs report an event (and which one),
 * which belong to the selected event, mention a selected person, or sit inside a quote. Pure:
 * the reader renders runs as text nodes (sliced from the corpus text, never parsed as HTML).
 */
import type { Article, Corpus, Paragraph, Span } from '../../corpus/schema.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';

export type EventSpan = Span & { eventId: string };

export type HighlightInput = {
  /** Every span of the article that reports an event, in the order events should win overlaps. */
  eventSpans: readonly EventSpan[];
  selectedEventId: string | null;
  personSpans: readonly Span[];
  quoteSpans: readonly Span[];
};

export type TextRun = {
  start: number;
  text: string;
  selectedEvent: boolean;
  person: boolean;
  quote: boolean;
};

/** Consecutive runs that report the same event (eventId null: reports none) become one link. */
export type RunGroup = { eventId: string | null; runs: TextRun[] };

export type ReadingParagraph = { start: number; kind: Paragraph['kind']; groups: RunGroup[] };

function covers(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => span.start <= start && span.end >= end);
}

/** The event a piece of text links to: the selected one when it reports it, else the first that does. */
function eventAt(input: HighlightInput, start: number, end: number): string | null {
  const covering = input.eventSpans.filter((span) => span.start <= start && span.end >= end);
  if (covering.some((span) => span.eventId === input.selectedEventId)) return input.selectedEventId;
  return covering[0]?.eventId ?? null;
}

/** Cuts one paragraph at every span edge inside it and merges neighbours that look the same. */
function cutParagraph(text: string, paragraph: Paragraph, input: HighlightInput): RunGroup[] {
  const from = Math.max(0, paragraph.start);
  const to = Math.min(text.length, paragraph.end);
  const selected = input.eventSpans.filter((span) => span.eventId === input.selectedEventId);
  const edges = new Set([from, to]);
  for (const span of [...input.eventSpans, ...input.personSpans, ...input.quoteSpans]) {
    for (const edge of [span.start, span.end]) if (edge > from && edge < to) edges.add(edge);
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const groups: RunGroup[] = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const run: TextRun = {
      start,
      text: text.slice(start, end),
      selectedEvent: covers(selected, start, end),
      person: covers(input.personSpans, start, end),
      quote: covers(input.quoteSpans, start, end),
    };
    const eventId = eventAt(input, start, end);
    const group = groups.at(-1);
    const previous = group?.runs.at(-1);
    if (group && group.eventId === eventId) {
      if (
        previous &&
        previous.selectedEvent === run.selectedEvent &&
        previous.person === run.person &&
        previous.quote === run.quote
      ) {
        previous.text += run.text;
      } else {
        group.runs.push(run);
      }
    } else {
      groups.push({ eventId, runs: [run] });
    }
  }
  return groups;
}

/** The article's paragraphs (junk left out) cut into highlight runs. */
export function buildReadingParagraphs(
  article: Pick<Article, 'text' | 'paragraphs'>,
  input: HighlightInput,
): ReadingParagraph[] {
  return article.paragraphs
    .filter((paragraph) => paragraph.kind !== 'junk' && paragraph.end > paragraph.start)
    .map((paragraph) => ({
      start: paragraph.start,
      kind: paragraph.kind,
      groups: cutParagraph(article.text, paragraph, input),
    }));
}

/** What the reader highlights in one article, from the corpus and the view state. */
export function selectHighlightInput(
  corpus: Corpus,
  articleId: string,
  selectedEventId: string | null,
  personIds: readonly string[],
): HighlightInput {
  const index = getCorpusIndex(corpus);
  const article = index.articles.get(articleId);
  const eventSpans = corpus.events.flatMap((event) =>
    event.sources
      .filter((source) => source.articleId === articleId)
      .flatMap((source) => source.spans.map((span) => ({ ...span, eventId: event.id }))),
  );
  const personSpans = personIds.flatMap((id) =>
    (index.people.get(id)?.mentions ?? []).filter((mention) => mention.articleId === articleId),
  );
  const quoteSpans = (article?.quotes ?? []).flatMap((id) => {
    const quote = index.quotes.get(id);
    return quote && quote.articleId === articleId ? [quote.span] : [];
  });
  return { eventSpans, selectedEventId, personSpans, quoteSpans };
}
