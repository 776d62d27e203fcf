/** What must hold for any corpus the pipeline writes: spans inside their article and covering what they claim, unique ids, known references. */
import type { Corpus, Span } from '../../src/corpus/schema.ts';

/** Every broken invariant as a readable line ([] when the corpus is sound). */
export function findCorpusProblems(corpus: Corpus): string[] {
  const problems: string[] = [];
  const texts = new Map(corpus.articles.map((article) => [article.id, article.text]));
  const inside = (where: string, articleId: string, span: Span | null | undefined) => {
    if (!span) return;
    const text = texts.get(articleId);
    if (text === undefined) problems.push(`${where}: unknown article ${articleId}`);
    else if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length)) {
      problems.push(`${where}: span [${span.start}, ${span.end}) outside text of length ${text.length}`);
    }
  };
  const covers = (where: string, articleId: string, span: Span, expected: string) => {
    const actual = texts.get(articleId)?.slice(span.start, span.end);
    if (actual !== expected) problems.push(`${where}: span covers ${JSON.stringify(actual)}, claims ${JSON.stringify(expected)}`);
  };
  const unique = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (id === '') problems.push(`${kind}: empty id`);
      if (seen.has(id)) problems.push(`${kind}: duplicate id ${id}`);
      seen.add(id);
    }
  };
  unique('articles', corpus.articles.map((article) => article.id));
  unique('people', corpus.people.map((person) => person.id));
  unique('events', corpus.events.map((event) => event.id));
  unique('quotes', corpus.quotes.map((quote) => quote.id));
  unique('outlets', corpus.outlets.map((outlet) => outlet.id));

  for (const article of corpus.articles) {
    const where = `article ${article.id}`;
    for (const paragraph of article.paragraphs) inside(`${where} paragraph`, article.id, paragraph);
    for (const sentence of article.sentences) {
      inside(`${where} sentence`, article.id, sentence);
      const text = article.text.slice(sentence.start, sentence.end);
      if (text.trim() === '' || text !== text.trim()) problems.push(`${where}: sentence ${JSON.stringify(text)} is blank or untrimmed`);
    }
    for (const wire of article.wires) inside(`${where} wire ${wire.id}`, article.id, wire.span);
    inside(`${where} publishedBasis`, article.id, article.publishedBasis.span);
    if (article.headline !== null && !article.text.includes(article.headline)) problems.push(`${where}: headline not in text`);
    if (!article.text.includes(article.lede)) problems.push(`${where}: lede not in text`);
  }
  for (const person of corpus.people) {
    const forms = new Set([person.name, ...person.aliases]);
    for (const mention of person.mentions) {
      inside(`person ${person.id} mention`, mention.articleId, mention);
      const written = texts.get(mention.articleId)?.slice(mention.start, mention.end) ?? '';
      if (!forms.has(written)) problems.push(`person ${person.id}: mention covers ${JSON.stringify(written)}, not a name or alias`);
    }
  }
  for (const quote of corpus.quotes) {
    inside(`quote ${quote.id}`, quote.articleId, quote.span);
    covers(`quote ${quote.id}`, quote.articleId, quote.span, quote.text);
  }
  for (const event of corpus.events) {
    for (const source of event.sources) for (const span of source.spans) inside(`event ${event.id} source`, source.articleId, span);
    for (const bound of [event.timeBasis.start, event.timeBasis.end]) if (bound.source) inside(`event ${event.id} time basis`, bound.source.articleId, bound.source);
    for (const after of event.after) inside(`event ${event.id} after`, after.source.articleId, after.source);
  }
  for (const discrepancy of corpus.discrepancies) {
    for (const claim of discrepancy.claims) inside(`discrepancy ${discrepancy.id}`, claim.articleId, claim);
  }
  const articleIds = new Set(texts.keys());
  const personIds = new Set(corpus.people.map((person) => person.id));
  const eventIds = new Set(corpus.events.map((event) => event.id));
  const quoteIds = new Set(corpus.quotes.map((quote) => quote.id));
  for (const article of corpus.articles) {
    for (const id of article.people) if (!personIds.has(id)) problems.push(`article ${article.id}: unknown person ${id}`);
    for (const id of article.events) if (!eventIds.has(id)) problems.push(`article ${article.id}: unknown event ${id}`);
    for (const id of article.quotes) if (!quoteIds.has(id)) problems.push(`article ${article.id}: unknown quote ${id}`);
  }
  for (const event of corpus.events) for (const id of event.participants) if (!personIds.has(id)) problems.push(`event ${event.id}: unknown participant ${id}`);
  for (const outlet of corpus.outlets) for (const id of outlet.articleIds) if (!articleIds.has(id)) problems.push(`outlet ${outlet.id}: unknown article ${id}`);
  return problems;
}
