/**
 * A folder of everything scrapes and copies produce, next to the seeds: each file yields an
 * article or a warning naming it, the seeds are untouched, and the corpus stays sound.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { validateCorpus, type Corpus } from '../../src/corpus/schema.ts';
import { findCorpusProblems } from './corpus-invariants.ts';
import { corpusOf } from './load-folder.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const ARTICLE =
  'NEW DELHI: The city council met on Monday to discuss new bicycle lanes. Mayor Anita Rao said the plan would be ready by March.';

/** File name → bytes, and what the corpus must make of it: an article whose text matches, or a warning. */
const FILES: Array<{ name: string; bytes: Uint8Array; article?: RegExp; warning?: RegExp }> = [
  { name: 'h-empty.txt', bytes: new Uint8Array(), warning: /empty/ },
  { name: 'h-blank.txt', bytes: utf8(' \r\n\t \n'), warning: /only whitespace/ },
  { name: 'h-nul.txt', bytes: new Uint8Array([...utf8('Looks like text'), 0, 0, 1, 2]), warning: /NUL bytes/ },
  {
    name: 'h-binary.txt',
    bytes: new Uint8Array(Array.from({ length: 2048 }, (_, index) => ((index * 131) % 254) + 1)),
    warning: /binary/,
  },
  {
    name: 'h-cp1252.txt',
    bytes: new Uint8Array([
      ...utf8('PARIS: The caf'),
      0xe9,
      ...utf8(' owner said '),
      0x93,
      ...utf8('we are open'),
      0x94,
      ...utf8(' on Monday '),
      0x96,
      ...utf8(' as before.'),
    ]),
    article: /^PARIS: The café owner said “we are open” on Monday – as before\.$/,
    warning: /Windows-1252/,
  },
  {
    name: 'h-bom-crlf.txt',
    bytes: new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8('Council meets\r\n\r\nNEW DELHI: The council met on Monday.\r\n'),
    ]),
    article: /^Council meets\n\nNEW DELHI: The council met on Monday\.\n$/,
  },
  {
    name: 'h-cr.txt',
    bytes: utf8('Old Mac file\rNEW DELHI: Lines end in CR.\rA second line.'),
    article: /^Old Mac file\nNEW DELHI: Lines end in CR\.\nA second line\.$/,
  },
  {
    name: 'h-unterminated.txt',
    bytes: utf8(
      `${ARTICLE}\n\nThe mayor said: “We will build forty kilometres of lanes and\n\nNext paragraph with a stray " mark.`,
    ),
    article: /forty kilometres/,
  },
  {
    name: 'h-markup.txt',
    bytes: utf8(
      '<html><head><title>x</title><script>alert(1)</script></head><body><h1>Council &amp; lanes</h1><p>NEW DELHI: The council met on Monday&nbsp;to&nbsp;talk.</p><p>It&#8217;s done.</p></body></html>',
    ),
    article: /^Council & lanes\n\nNEW DELHI: The council met on Monday to talk\.\n\nIt’s done\.$/,
    warning: /read as HTML/,
  },
  {
    name: 'h-headline-only.txt',
    bytes: utf8('Council approves bicycle lanes\n'),
    article: /^Council approves bicycle lanes\n$/,
  },
  {
    name: 'h-hindi.txt',
    bytes: utf8(
      'नई दिल्ली: भारत और रूस ने सोमवार को रक्षा सहयोग पर बातचीत की। दोनों देशों के मंत्रियों ने कई समझौतों पर हस्ताक्षर किए।',
    ),
    article: /^नई दिल्ली/,
  },
  {
    name: 'h-bidi.txt',
    bytes: utf8(`${ARTICLE}\n\nAccess level: \u202euser\u2066 granted.`),
    article: /Access level: user granted\./,
    warning: /bidirectional/,
  },
];

let dir: string;
let corpus: Corpus;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-folder-'));
  cpSync('seeds', dir, { recursive: true });
  for (const file of FILES) writeFileSync(join(dir, file.name), file.bytes);
  mkdirSync(join(dir, 'h-folder.txt'));
  writeFileSync(
    join(dir, 'sources.json'),
    '\ufeff{"h-cr.txt": {"url": "javascript:alert(1)"}, "h-markup.txt": {"outlet": "<img src=x onerror=alert(1)>", "url": "https://example.org/a"}, "gone.txt": {"outlet": "X"}}',
  );
  corpus = buildCorpus(readArticleFolder(dir));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder of hostile files', () => {
  test.each(FILES.map((file) => [file.name, file] as const))('%s', (name, file) => {
    const article = corpus.articles.find((candidate) => candidate.file === name);
    const reasons = corpus.warnings.filter((warning) => warning.file === name).map((warning) => warning.reason);
    if (file.article) expect(article?.text).toMatch(file.article);
    else expect(article).toBeUndefined();
    if (file.warning) expect(reasons).toContainEqual(expect.stringMatching(file.warning));
    else if (file.article) expect(reasons).toEqual([]);
  });

  test('a folder named like an article is read as a folder; empty, it is a warning', () => {
    expect(corpus.warnings).toContainEqual({
      file: 'h-folder.txt',
      reason: 'a folder, not a file, and it holds no .txt file',
    });
  });

  test('sources.json with a BOM is read; bad URLs and unknown files are named; markup in an outlet stays text', () => {
    const reasons = corpus.warnings
      .filter((warning) => warning.file === 'sources.json')
      .map((warning) => warning.reason);
    expect(reasons).toEqual([
      expect.stringMatching(/^entry "h-cr.txt" ignored: url/),
      'names "gone.txt", which is not an article in the folder',
    ]);
    const markup = corpus.articles.find((article) => article.file === 'h-markup.txt')!;
    expect(markup.outlet?.name).toBe('<img src=x onerror=alert(1)>');
    expect(corpus.articles.find((article) => article.file === 'h-cr.txt')!.url).toBeNull();
  });

  test('the seeds load as they do alone, with the same ids', () => {
    const alone = corpusOf('seeds');
    for (const article of alone.articles) {
      expect(corpus.articles.find((candidate) => candidate.id === article.id)?.text).toBe(article.text);
    }
    const eventIds = new Set(corpus.events.map((event) => event.id));
    for (const event of alone.events) expect(eventIds.has(event.id), event.id).toBe(true);
  });

  test('the corpus passes the schema and every span invariant', () => {
    const validation = validateCorpus(JSON.parse(JSON.stringify(corpus)));
    expect(validation.ok ? [] : validation.problems).toEqual([]);
    expect(findCorpusProblems(corpus)).toEqual([]);
  });
});

describe('npm run parse -- --strict', () => {
  const parse = (...args: string[]) => spawnSync('npx', ['tsx', 'src/pipeline/cli.ts', ...args], { encoding: 'utf8' });

  test('exits 1, names every bad input on stderr and prints nothing on stdout', () => {
    const result = parse('--strict', dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const bad = [...new Set(corpus.warnings.map((warning) => warning.file))];
    expect(bad.length).toBeGreaterThanOrEqual(8);
    const summary = result.stderr.split('\n').find((line) => line.startsWith('parse --strict:'))!;
    for (const file of bad) expect(summary).toContain(file);
    for (const warning of corpus.warnings)
      expect(result.stderr).toContain(`warning: ${warning.file}: ${warning.reason}`);
  }, 60_000);

  test('without --strict the same folder gives the corpus on stdout and exit 0', () => {
    const result = parse(dir);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).articles).toHaveLength(corpus.articles.length);
  }, 60_000);

  test('passes on a clean folder and refuses unknown options', () => {
    expect(parse('--strict', 'tests/fixtures/bali-meeting').status).toBe(0);
    const unknown = parse('--strcit', 'seeds');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --strcit/);
  }, 60_000);
});
