/**
 * Size: a 20 MB file and a single 1 MB line, generated here (never committed). The pipeline
 * must finish in seconds and keep the corpus sound. Measured on the 2-core dev machine after
 * removing two quadratic spots (compromise on whole paragraphs, a per-quote scan of every
 * mention), for one million characters: one line 10 s (was 80 s), paragraphs 8 s (was 23 s).
 * Files are read up to MAX_ARTICLE_CHARS (500,000), so each case here takes about 5 s.
 * Markup that never closes once made tag stripping quadratic: 2 MB of "<script>" took 52 s in
 * readArticleText (0.2 MB: 0.5 s); with the forward scan it takes 0.17 s.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { MAX_ARTICLE_CHARS, readArticleText } from '../../src/pipeline/article-text.ts';
import { findCorpusProblems } from './corpus-invariants.ts';

const seed = readFileSync('seeds/001_66a31c7b8a676449.txt', 'utf8');
const LIMIT_MS = 60_000;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function timedBuild(name: string, text: string) {
  const started = performance.now();
  const corpus = buildCorpus({ files: [{ name, bytes: new TextEncoder().encode(text) }], sourcesJson: null });
  const ms = performance.now() - started;
  console.info(`${name}: ${(text.length / 1e6).toFixed(1)}M characters in ${Math.round(ms)} ms`);
  return { corpus, ms };
}

describe('large inputs', () => {
  test('a 20 MB article is read up to the cap, with a warning, in reasonable time', () => {
    const { corpus, ms } = timedBuild('huge.txt', repeatTo(`${seed}\n\n`, 20_000_000));
    expect(ms).toBeLessThan(LIMIT_MS);
    const [article] = corpus.articles;
    expect(article!.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(article!.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS * 0.9);
    expect(corpus.warnings).toContainEqual({
      file: 'huge.txt',
      reason: expect.stringMatching(/^the text is 20,000,000 characters long; only the first [\d,]+ were read$/),
    });
    expect(corpus.people.length).toBeGreaterThan(0);
    expect(findCorpusProblems(corpus)).toEqual([]);
  }, 120_000);

  test('a single 1 MB line is read up to the cap at a word break, in reasonable time', () => {
    const line = repeatTo(`${seed.replace(/\s+/g, ' ')} `, 1_000_000).trim();
    const { corpus, ms } = timedBuild('one-line.txt', line);
    expect(ms).toBeLessThan(LIMIT_MS);
    const { text } = corpus.articles[0]!;
    expect(line.startsWith(text)).toBe(true);
    expect(line.charAt(text.length)).toBe(' ');
    expect(text.length).toBeGreaterThan(MAX_ARTICLE_CHARS * 0.9);
    expect(corpus.warnings).toContainEqual({
      file: 'one-line.txt',
      reason: expect.stringMatching(/^the text is 999,999 characters long; only the first [\d,]+ were read$/),
    });
    expect(corpus.quotes.length).toBeGreaterThan(100);
    expect(findCorpusProblems(corpus)).toEqual([]);
  }, 120_000);
});

describe('unclosed markup', () => {
  /** The fastest of three runs of `read`: the least disturbed by other work on a shared machine. */
  function fastest(read: () => void): number {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      read();
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  // Time that grows with the square of the length makes 10 times the input take 100 times as long;
  // linear time, 10 times. The small input is read 10 times over, so both sides time as much work
  // and neither is a few milliseconds of noise: the bound is 10 times the input in under 30 times the time.
  test.each(['<script>', '<!--', '<a "', '<a href="', `<a x="<a y='`, '<style>a<!--', '<p>\n   ', '<iframe><!--<a "'])(
    '10 times as much of %j takes under 30 times as long',
    (unit) => {
      const small = new TextEncoder().encode(repeatTo(unit, 200_000));
      const large = new TextEncoder().encode(repeatTo(unit, 2_000_000));
      const readSmallTenTimes = () => {
        for (let time = 0; time < 10; time++) readArticleText(small);
      };
      readSmallTenTimes();
      const ratio = (10 * fastest(() => readArticleText(large))) / fastest(readSmallTenTimes);
      console.info(`${JSON.stringify(unit)}: 2 MB took ${ratio.toFixed(1)} times as long as 0.2 MB`);
      expect(ratio).toBeLessThan(30);
    },
    60_000,
  );
});
