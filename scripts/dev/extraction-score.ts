/** Scores a corpus against hand-written expectations: precision and recall of people, quotes and event sources. */
import type { Corpus, TimelineEvent } from '../../src/corpus/schema.ts';

export interface Expectations {
  folder: string;
  people: Array<{ name: string; aliases: string[] }>;
  quotes: Array<{ file: string; opening: string; speaker: string }>;
  events: Array<{ label: string; participants?: string[]; titleIncludes?: string; kind?: string; files: string[] }>;
}

export interface Score {
  found: number;
  expected: number;
  matched: number;
  precision: number;
  recall: number;
}

function score(found: number, expected: number, matchedFound: number, matchedExpected: number): Score {
  return {
    found,
    expected,
    matched: matchedExpected,
    precision: found === 0 ? 1 : matchedFound / found,
    recall: expected === 0 ? 1 : matchedExpected / expected,
  };
}

/** People: a found person matches an expected one when any of its names is one of the expected names. */
export function scorePeople(corpus: Corpus, expectations: Expectations): Score {
  const matches = (person: Corpus['people'][number], expected: Expectations['people'][number]) => {
    const names = new Set([expected.name, ...expected.aliases]);
    return names.has(person.name) || person.aliases.some((alias) => names.has(alias));
  };
  const matchedFound = corpus.people.filter((person) =>
    expectations.people.some((expected) => matches(person, expected)),
  ).length;
  const matchedExpected = expectations.people.filter((expected) =>
    corpus.people.some((person) => matches(person, expected)),
  ).length;
  return score(corpus.people.length, expectations.people.length, matchedFound, matchedExpected);
}

/** Quotes: same article, the text opens with the expected words, and the same speaker. */
export function scoreQuotes(corpus: Corpus, expectations: Expectations): Score {
  const nameOf = new Map(corpus.people.map((person) => [person.id, person.name]));
  const fileOf = new Map(corpus.articles.map((article) => [article.id, article.file]));
  const matches = (quote: Corpus['quotes'][number], expected: Expectations['quotes'][number]) =>
    fileOf.get(quote.articleId) === expected.file &&
    quote.text.startsWith(expected.opening) &&
    (quote.speakerId ? nameOf.get(quote.speakerId) : quote.speakerLabel) === expected.speaker;
  const matchedFound = corpus.quotes.filter((quote) =>
    expectations.quotes.some((expected) => matches(quote, expected)),
  ).length;
  const matchedExpected = expectations.quotes.filter((expected) =>
    corpus.quotes.some((quote) => matches(quote, expected)),
  ).length;
  return score(corpus.quotes.length, expectations.quotes.length, matchedFound, matchedExpected);
}

/** Event sources: (event, article) pairs; a found event stands for the expected one it matches. */
export function scoreEventSources(corpus: Corpus, expectations: Expectations): Score {
  const nameOf = new Map(corpus.people.map((person) => [person.id, person.name]));
  const fileOf = new Map(corpus.articles.map((article) => [article.id, article.file]));
  const matches = (event: TimelineEvent, expected: Expectations['events'][number]) => {
    if (expected.kind && event.kind !== expected.kind) return false;
    if (expected.titleIncludes && !event.title.includes(expected.titleIncludes)) return false;
    if (expected.participants) {
      const names = event.participants.map((id) => nameOf.get(id));
      if (!expected.participants.every((name) => names.includes(name)) || names.length !== expected.participants.length)
        return false;
    }
    return true;
  };
  const expectedPairs = new Set(
    expectations.events.flatMap((expected) => expected.files.map((file) => `${expected.label}|${file}`)),
  );
  const foundPairs = corpus.events.flatMap((event) => {
    const label = expectations.events.find((expected) => matches(event, expected))?.label ?? `unexpected:${event.id}`;
    return event.sources.map((source) => `${label}|${fileOf.get(source.articleId)}`);
  });
  const matchedFound = foundPairs.filter((pair) => expectedPairs.has(pair)).length;
  const matchedExpected = [...expectedPairs].filter((pair) => foundPairs.includes(pair)).length;
  return score(foundPairs.length, expectedPairs.size, matchedFound, matchedExpected);
}
