/** A statement's wordings are one per article: a tweet an article splits in two is one wording, not two. */
import { expect, test } from 'vitest';
import { selectQuoteGroups, type Statement } from '../../src/app/quotes/quote-groups.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import type { Corpus, Quote } from '../../src/corpus/schema.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

const seeds = buildCorpus(readArticleFolder('seeds'));
const statements = selectQuoteGroups(seeds).flatMap((group) => group.statements);
const statementWith = (words: string): Statement =>
  statements.find((statement) => statement.entries.some((entry) => entry.text.includes(words)))!;

test('on the seeds, the tweet one article quotes in two passages is one wording of it', () => {
  const tweet = statementWith('Glad that a number of Agreements');
  const byArticle = tweet.entries.map((entry) => entry.quote.articleId);
  expect(new Set(byArticle).size).toBe(byArticle.length);
  const split = tweet.entries.find((entry) => entry.quotes.length === 2)!;
  expect(split.text).toMatch(/^Glad that .+ cooperation, … India deeply appreciates .+ entire region,?$/);
  expect(split.quotes.map((quote) => quote.span.start)).toEqual(
    [...split.quotes].map((quote) => quote.span.start).sort((a, b) => a - b),
  );
});

test('on the seeds, a post quoted in the prose and then embedded counts once', () => {
  const talks = statementWith('Had a productive, fruitful and substantial');
  const articleIds = talks.entries.map((entry) => entry.quote.articleId);
  expect(new Set(articleIds).size).toBe(articleIds.length);
  const repeated = seeds.quotes.filter((quote) => quote.text.startsWith('Had a productive, fruitful'));
  expect(repeated.length).toBeGreaterThan(1);
  const wording = talks.entries.find((entry) => entry.quote.articleId === repeated[0]!.articleId)!;
  expect(wording.quotes).toHaveLength(1);
  expect(wording.text).not.toContain(' … ');
});

test('passages of one article join in text order; each other article is a wording of its own', () => {
  const passage = (id: string, articleId: string, start: number, text: string): Quote => ({
    ...{ id, speakerId: null, speakerLabel: 'The port authority', text, articleId },
    ...{ span: { start, end: start + text.length }, channel: 'tweet', statementId: 's-berth' },
  });
  const quotes = [
    passage('b', 'guardian-signing', 300, 'The berth reopens at dawn.'),
    passage('a', 'guardian-signing', 100, 'Dredging finished on Tuesday,'),
    passage('c', 'reuters-accord', 50, 'Dredging finished on Tuesday, and the berth reopens at dawn.'),
    passage('d', 'guardian-signing', 500, 'The berth reopens at dawn.'),
  ];
  const corpus: Corpus = {
    ...appCorpus,
    quotes,
    statements: [{ id: 's-berth', speakerId: null, quoteIds: quotes.map((quote) => quote.id) }],
  };
  const [group] = selectQuoteGroups(corpus);
  expect(group!.quoteCount).toBe(4);
  expect(group!.statements[0]!.entries.map((entry) => [entry.source, entry.text])).toEqual([
    // The longest wording leads, as the reference.
    ['Reuters', 'Dredging finished on Tuesday, and the berth reopens at dawn.'],
    ['The Guardian', 'Dredging finished on Tuesday, … The berth reopens at dawn.'],
  ]);
});
