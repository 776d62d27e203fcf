/**
 * Size: a 20 MB file and a single 1 MB line, generated here (never committed). The pipeline
 * must finish in seconds and keep the corpus sound. Measured on the 2-core dev machine after
 * removing two quadratic spots (compromise on whole paragraphs, a per-quote scan of every
 * mention), for one million characters: one line 10 s (was 80 s), paragraphs 8 s (was 23 s).
 * Files are read up to MAX_ARTICLE_CHARS (500,000), so each case here takes about 5 s.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { MAX_ARTICLE_CHARS } from '../../src/pipeline/article-text.ts';
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
    expect(corpus.warnings).toContainEqual({ file: 'huge.txt', reason: expect.stringMatching(/^the text is 20,000,000 characters long; only the first [\d,]+ were read$/) });
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
    expect(corpus.warnings).toContainEqual({ file: 'one-line.txt', reason: expect.stringMatching(/^the text is 999,999 characters long; only the first [\d,]+ were read$/) });
    expect(corpus.quotes.length).toBeGreaterThan(100);
    expect(findCorpusProblems(corpus)).toEqual([]);
  }, 120_000);
});
