/**
 * What the schema's shapes cannot say: ids are unique, every id a corpus names exists, and every
 * span lies inside its article's text. A corpus that breaks these would crash or mislead the
 * views (a quote pointing past the end of its text), so the build and the app refuse it alike.
 */
import type { Corpus, Span } from './schema.ts';

const MAX_PROBLEMS = 20;

/** Each broken rule as "path: what is wrong" (at most 20), [] when the corpus holds together. */
export function findIntegrityProblems(corpus: Corpus): string[] {
  const problems: string[] = [];
  const report = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const lengths = new Map(corpus.articles.map((article) => [article.id, article.text.length]));
  const articleIds = new Set(lengths.keys());
  const personIds = new Set(corpus.people.map((person) => person.id));
  const eventIds = new Set(corpus.events.map((event) => event.id));
  const quoteIds = new Set(corpus.quotes.map((quote) => quote.id));
  const statementIds = new Set(corpus.statements.map((statement) => statement.id));
  const quoteById = new Map(corpus.quotes.map((quote) => [quote.id, quote]));

  const checkUnique = (path: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (id === '') report(`${path}.${index}.id: is empty`);
      else if (seen.has(id)) report(`${path}.${index}.id: "${id}" is used twice`);
      seen.add(id);
    });
  };
  // Paths are built only for a problem: a 10,000-article corpus has millions of references.
  const checkKnown = (path: () => string, id: string, known: Set<string>, kind: string) => {
    if (!known.has(id)) report(`${path()}: names ${kind} "${id}", which the corpus does not hold`);
  };
  const checkSpan = (path: () => string, articleId: string, span: Span | null) => {
    if (span === null) return;
    const length = lengths.get(articleId);
    if (length === undefined) return checkKnown(path, articleId, articleIds, 'article');
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
      report(`${path()}: span [${start}, ${end}) lies outside the article's ${length} characters`);
    }
  };

  checkUnique(
    'articles',
    corpus.articles.map((article) => article.id),
  );
  checkUnique(
    'people',
    corpus.people.map((person) => person.id),
  );
  checkUnique(
    'events',
    corpus.events.map((event) => event.id),
  );
  checkUnique(
    'quotes',
    corpus.quotes.map((quote) => quote.id),
  );
  checkUnique(
    'outlets',
    corpus.outlets.map((outlet) => outlet.id),
  );
  checkUnique(
    'statements',
    corpus.statements.map((statement) => statement.id),
  );
  checkUnique(
    'discrepancies',
    corpus.discrepancies.map((discrepancy) => discrepancy.id),
  );

  corpus.articles.forEach((article, index) => {
    const path = `articles.${index}`;
    article.paragraphs.forEach((span, at) => checkSpan(() => `${path}.paragraphs.${at}`, article.id, span));
    article.sentences.forEach((span, at) => checkSpan(() => `${path}.sentences.${at}`, article.id, span));
    article.wires.forEach((wire, at) => checkSpan(() => `${path}.wires.${at}.span`, article.id, wire.span));
    checkSpan(() => `${path}.publishedBasis.span`, article.id, article.publishedBasis.span);
    article.people.forEach((id, at) => checkKnown(() => `${path}.people.${at}`, id, personIds, 'person'));
    article.events.forEach((id, at) => checkKnown(() => `${path}.events.${at}`, id, eventIds, 'event'));
    article.quotes.forEach((id, at) => checkKnown(() => `${path}.quotes.${at}`, id, quoteIds, 'quote'));
  });
  corpus.people.forEach((person, index) => {
    person.mentions.forEach((mention, at) =>
      checkSpan(() => `people.${index}.mentions.${at}`, mention.articleId, mention),
    );
  });
  corpus.outlets.forEach((outlet, index) => {
    outlet.articleIds.forEach((id, at) =>
      checkKnown(() => `outlets.${index}.articleIds.${at}`, id, articleIds, 'article'),
    );
  });
  corpus.events.forEach((event, index) => {
    const path = `events.${index}`;
    event.participants.forEach((id, at) => checkKnown(() => `${path}.participants.${at}`, id, personIds, 'person'));
    event.sources.forEach((source, at) =>
      source.spans.forEach((span, s) => checkSpan(() => `${path}.sources.${at}.spans.${s}`, source.articleId, span)),
    );
    for (const bound of ['start', 'end'] as const) {
      const source = event.timeBasis[bound].source;
      if (source) checkSpan(() => `${path}.timeBasis.${bound}.source`, source.articleId, source);
    }
    event.after.forEach((after, at) => {
      checkKnown(() => `${path}.after.${at}.eventId`, after.eventId, eventIds, 'event');
      checkSpan(() => `${path}.after.${at}.source`, after.source.articleId, after.source);
    });
  });
  corpus.quotes.forEach((quote, index) => {
    if (quote.speakerId !== null) checkKnown(() => `quotes.${index}.speakerId`, quote.speakerId, personIds, 'person');
    checkSpan(() => `quotes.${index}.span`, quote.articleId, quote.span);
    checkKnown(() => `quotes.${index}.statementId`, quote.statementId, statementIds, 'statement');
  });
  // Statements partition the quotes: each quote is listed once, by the statement it names.
  const listedIn = new Map<string, string>();
  corpus.statements.forEach((statement, index) => {
    if (statement.speakerId !== null)
      checkKnown(() => `statements.${index}.speakerId`, statement.speakerId, personIds, 'person');
    if (statement.quoteIds.length === 0) report(`statements.${index}.quoteIds: is empty`);
    statement.quoteIds.forEach((id, at) => {
      const path = () => `statements.${index}.quoteIds.${at}`;
      const quote = quoteById.get(id);
      if (!quote) return checkKnown(path, id, quoteIds, 'quote');
      if (listedIn.has(id)) report(`${path()}: quote "${id}" is listed twice`);
      else if (quote.statementId !== statement.id)
        report(`${path()}: quote "${id}" names statement "${quote.statementId}"`);
      if (quote.speakerId && quote.speakerId !== statement.speakerId)
        report(`${path()}: quote "${id}" is by "${quote.speakerId}", the statement by "${statement.speakerId}"`);
      listedIn.set(id, statement.id);
    });
  });
  corpus.quotes.forEach((quote, index) => {
    if (!listedIn.has(quote.id)) report(`quotes.${index}.statementId: no statement lists quote "${quote.id}"`);
  });
  corpus.discrepancies.forEach((discrepancy, index) => {
    if (discrepancy.eventId !== null)
      checkKnown(() => `discrepancies.${index}.eventId`, discrepancy.eventId, eventIds, 'event');
    discrepancy.claims.forEach((claim, at) =>
      checkSpan(() => `discrepancies.${index}.claims.${at}`, claim.articleId, claim),
    );
  });
  return problems;
}
