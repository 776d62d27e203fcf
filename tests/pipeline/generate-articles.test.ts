import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateArticles } from '../../scripts/dev/generate-articles.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { validateCorpus } from '../../src/corpus/schema.ts';

describe('the benchmark article generator', () => {
  const dirs: string[] = [];
  const generate = (count: number, days: number, seed: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'generated-'));
    dirs.push(dir);
    generateArticles(dir, count, days, seed);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('the same seed writes the same files', () => {
    const [first, second] = [generate(12, 1, 7), generate(12, 1, 7)];
    const contents = (dir: string) =>
      readdirSync(dir)
        .sort()
        .map((name) => readFileSync(join(dir, name), 'utf8'));
    expect(contents(first)).toEqual(contents(second));
  });

  test('a week of generated coverage parses into a valid corpus with people, quotes and events on several days', () => {
    const corpus = buildCorpus(readArticleFolder(generate(60, 7, 3)));
    expect(validateCorpus(corpus).ok).toBe(true);
    expect(corpus.articles).toHaveLength(60);
    expect(corpus.warnings).toEqual([]);
    expect(corpus.people.length).toBeGreaterThan(10);
    expect(corpus.quotes.length).toBeGreaterThan(60);
    expect(new Set(corpus.events.map((event) => event.start.slice(0, 10))).size).toBeGreaterThan(2);
    // 1.4 s of CPU for 60 articles; on a busy shared machine the wall time passed the default 5 s.
  }, 60_000);
});
