import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { validateCorpus } from '../../src/corpus/schema.ts';
import type { PipelineInput } from '../../src/pipeline/pipeline-input.ts';

const seeds = readArticleFolder('seeds');
const encode = (text: string) => new TextEncoder().encode(text);

function ids(input: PipelineInput) {
  const corpus = buildCorpus(input);
  return {
    articles: corpus.articles.map((article) => article.id).sort(),
    people: corpus.people.map((person) => person.id).sort(),
    events: corpus.events.map((event) => event.id).sort(),
    quotes: corpus.quotes.map((quote) => quote.id).sort(),
  };
}

describe('buildCorpus', () => {
  test('the seeds corpus passes the schema', () => {
    const validation = validateCorpus(buildCorpus(seeds));
    expect(validation.ok ? [] : validation.problems).toEqual([]);
  });

  test('the same files in another order give the same ids', () => {
    const reversed = { ...seeds, files: [...seeds.files].reverse() };
    expect(ids(reversed)).toEqual(ids(seeds));
  });

  test('adding an unrelated article leaves existing ids alone', () => {
    const extra = {
      name: '900_unrelated.txt',
      bytes: encode('PARIS: The city council met on Tuesday to discuss bicycle lanes.\n'),
    };
    const before = ids(seeds);
    const after = ids({ ...seeds, files: [...seeds.files, extra] });
    for (const key of ['people', 'events', 'quotes'] as const)
      expect(after[key]).toEqual(expect.arrayContaining(before[key]));
  });

  test('an unreadable file becomes a warning and the other articles still load', () => {
    const files = [
      ...seeds.files,
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'binary.txt', bytes: new Uint8Array([1, 0, 2]) },
    ];
    const corpus = buildCorpus({ ...seeds, files });
    expect(corpus.articles).toHaveLength(5);
    // Files are read in name order, whatever order they are given in.
    expect(corpus.warnings).toEqual([
      { file: 'binary.txt', reason: 'the file holds NUL bytes: it looks binary, not text' },
      { file: 'empty.txt', reason: 'the file is empty' },
    ]);
  });

  test('sources.json fills the outlet, URL and time the text lacks, and its mistakes are named', () => {
    const sourcesJson = JSON.stringify({
      '002_11999c88fcf75634.txt': { outlet: 'Free Press Journal', url: 'https://example.org/fpj' },
      '004_f2e3b3650f1839a3.txt': { outlet: 'The Statesman', published: '2021-12-06T20:15:00+05:30' },
      '003_ee13145404f6f04f.txt': { url: 'javascript:alert(1)' },
      'missing.txt': { outlet: 'Nobody' },
    });
    const corpus = buildCorpus({ ...seeds, sourcesJson });
    const article = (prefix: string) => corpus.articles.find((candidate) => candidate.file.startsWith(prefix))!;
    expect(article('002')).toMatchObject({
      outlet: { id: 'free-press-journal', name: 'Free Press Journal' },
      url: 'https://example.org/fpj',
      outletBasis: 'Named in sources.json',
    });
    expect(article('004')).toMatchObject({
      published: '2021-12-06T20:15:00+05:30',
      publishedBasis: { kind: 'explicit', reason: 'Given in sources.json' },
    });
    expect(article('003').url).toBeNull();
    expect(article('000').outlet?.name).toBe('Jagran');
    expect(corpus.warnings.map((warning) => warning.reason)).toEqual([
      expect.stringMatching(/^entry "003_ee13145404f6f04f.txt" ignored: url/),
      'names "missing.txt", which is not an article in the folder',
    ]);
  });

  test('malformed sources.json is a warning, not a failure', () => {
    const corpus = buildCorpus({ ...seeds, sourcesJson: '{ not json' });
    expect(corpus.articles).toHaveLength(5);
    expect(corpus.warnings[0]).toMatchObject({
      file: 'sources.json',
      reason: expect.stringMatching(/^not valid JSON/),
    });
  });
});

// Each case starts a tsx process that loads the NLP libraries: seconds on a busy machine.
describe('npm run parse', { timeout: 60_000 }, () => {
  test('prints only the corpus JSON on stdout', () => {
    const stdout = execFileSync('npx', ['tsx', 'src/pipeline/cli.ts', 'seeds'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const corpus = JSON.parse(stdout);
    expect(validateCorpus(corpus).ok).toBe(true);
    expect(corpus.articles).toHaveLength(5);
  }, 60_000);

  test('names a missing folder on stderr and exits non-zero', () => {
    const result = spawnSync('npx', ['tsx', 'src/pipeline/cli.ts', 'no-such-folder'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/Articles folder not found: no-such-folder/);
  }, 60_000);
});
