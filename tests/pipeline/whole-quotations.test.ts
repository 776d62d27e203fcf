/**
 * An event's sentences hold a quotation whole: a quote of several sentences is not cut at a
 * sentence end, leaving a dangling mark ("…Dialogue,” Bagchi tweeted."). Measured on the seeds and
 * on tests/fixtures/whole-quotations, a held-out set whose expectations were written before any
 * code ran on it.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Corpus, Span } from '../../src/corpus/schema.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';

/** Held-out sets: each expected.json was written before any code ran on its folder. */
const HELD_OUT = ['tests/fixtures/whole-quotations', 'tests/fixtures/whole-quotations-signing'];
const expectationsOf = (folder: string) =>
  JSON.parse(readFileSync(`${folder}/expected.json`, 'utf8')) as { quotations: { file: string; opening: string }[] };

/** The quotation around the opening words: from the mark before them to the matching mark, or the paragraph's end. */
function quotationAt(text: string, opening: string): Span {
  const at = text.indexOf(opening);
  expect(at, opening).toBeGreaterThan(0);
  const start = Math.max(text.lastIndexOf('“', at), text.lastIndexOf('"', at), text.lastIndexOf('”', at));
  const closers = text[start] === '"' ? ['"'] : ['”', '"'];
  const paragraphEnd = text.indexOf('\n\n', at) < 0 ? text.trimEnd().length : text.indexOf('\n\n', at);
  const closes = closers.map((mark) => text.indexOf(mark, at)).filter((index) => index >= 0 && index < paragraphEnd);
  return { start, end: closes.length > 0 ? Math.min(...closes) + 1 : paragraphEnd };
}

const eventSpans = (corpus: Corpus, articleId: string) =>
  corpus.events.flatMap((event) =>
    event.sources.filter((source) => source.articleId === articleId).flatMap((source) => source.spans),
  );

/** Quotation marks in pairs: as many openers as ”, and straight marks even. A ” glued to the next word (",”Had a") opens. */
function isBalanced(text: string): boolean {
  const count = (mark: RegExp) => text.match(mark)?.length ?? 0;
  const misplacedOpeners = count(/(?<!\p{L})”(?=\p{L})/gu);
  return count(/“/g) + misplacedOpeners === count(/”/g) - misplacedOpeners && count(/"/g) % 2 === 0;
}

function balancedShare(corpus: Corpus): { balanced: number; of: number } {
  const texts = corpus.articles.flatMap((article) =>
    eventSpans(corpus, article.id).map((span) => article.text.slice(span.start, span.end)),
  );
  return { balanced: texts.filter(isBalanced).length, of: texts.length };
}

/** For each expected quotation: does an event sentence touch it, and does every one that does hold it whole? */
function judgeQuotations(folder: string) {
  const corpus = buildCorpus(readArticleFolder(folder));
  const results = expectationsOf(folder).quotations.map(({ file, opening }) => {
    const article = corpus.articles.find((candidate) => candidate.file === file)!;
    const quotation = quotationAt(article.text, opening);
    const touching = eventSpans(corpus, article.id).filter(
      (span) => span.start < quotation.end && span.end > quotation.start,
    );
    const whole = touching.every((span) => span.start <= quotation.start && span.end >= quotation.end);
    return { opening, touched: touching.length > 0, whole };
  });
  return { results, balance: balancedShare(corpus) };
}

test.each(HELD_OUT)('held-out %s: every quotation an event sentence touches is held whole', (folder) => {
  const { results, balance } = judgeQuotations(folder);
  expect(results.filter((result) => !result.whole)).toEqual([]);
  expect(balance.balanced).toBe(balance.of);
});

test('seeds: every event sentence has its quotation marks in pairs', () => {
  const seeds = buildCorpus(readArticleFolder('seeds'));
  const share = balancedShare(seeds);
  expect(share.of).toBeGreaterThan(30);
  expect(share.balanced).toBe(share.of);
  const dialogue = seeds.events.find((event) => /2\+2/.test(event.title))!;
  const texts = dialogue.sources.flatMap((source) => {
    const article = seeds.articles.find((candidate) => candidate.id === source.articleId)!;
    return source.spans.map((span) => article.text.slice(span.start, span.end));
  });
  // The spokesman's post opens a sentence before the one that names the dialogue: both are reported.
  expect(texts.find((text) => text.includes('Bagchi tweeted'))).toMatch(
    /^“A milestone .+ EAM Dr SJaishankar .+,” .+ tweeted\.$/,
  );
});
