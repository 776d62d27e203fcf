/**
 * A folder is untrusted: real files in a temp dir, with real symbolic links and subfolders. Links
 * out of the folder are named and never read, subfolders are read under their relative paths,
 * link loops end, and the limits are named.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { buildCorpusFromFolder } from '../../src/pipeline/parallel-corpus.ts';
import { listArticleFolder, readArticleFolder, readInputFile } from '../../src/pipeline/read-folder.ts';
import type { Corpus } from '../../src/corpus/schema.ts';
import { findCorpusProblems } from './corpus-invariants.ts';

const SECRET = 'root:x:0:0:SECRET-LINE';
const article = (place: string, person: string) =>
  `${place.toUpperCase()}: The city council met on Monday to discuss new bicycle lanes. Mayor ${person} said the plan would be ready by March.`;
const LINK_OUT = 'a symbolic link to a file outside the folder; not read';

let base: string;
let dir: string;
let corpus: Corpus;

function write(path: string, text: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'folder-walk-'));
  dir = join(base, 'articles');
  write(join(base, 'secret', 'passwd.txt'), SECRET);
  write(join(base, 'secret', 'inner', 'x.txt'), SECRET);
  write(join(dir, 'a.txt'), article('Pune', 'Anita Rao'));
  write(join(dir, '2021', 'c.txt'), article('Delhi', 'Ravi Kumar'));
  write(join(dir, '2021', 'dec', 'b.txt'), article('Mumbai', 'Sunita Shah'));
  write(join(dir, 'raw', 'notes.md'), article('Goa', 'Leela Nair'));
  write(join(dir, '.hidden.txt'), article('Agra', 'Arjun Mehta'));
  symlinkSync(join(base, 'secret', 'passwd.txt'), join(dir, 'leak.txt'));
  symlinkSync('../secret/passwd.txt', join(dir, 'relative-leak.txt'));
  symlinkSync('/etc/passwd', join(dir, 'etc-passwd.txt'));
  symlinkSync('a.txt', join(dir, 'alias.txt'));
  symlinkSync('raw/notes.md', join(dir, 'notes.txt'));
  symlinkSync('missing.txt', join(dir, 'dangling.txt'));
  symlinkSync('.', join(dir, 'loop'));
  symlinkSync('..', join(dir, '2021', 'up'));
  symlinkSync(join(base, 'secret'), join(dir, 'outside-folder'));
  symlinkSync(join(base, 'secret', 'passwd.txt'), join(dir, 'sources.json'));
  corpus = buildCorpus(readArticleFolder(dir));
}, 60_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

const reasonsOf = (file: string) =>
  corpus.warnings.filter((warning) => warning.file === file).map((warning) => warning.reason);

describe('symbolic links', () => {
  test.each(['leak.txt', 'relative-leak.txt', 'etc-passwd.txt'])(
    '%s, a link out of the folder, is named and not read',
    (file) => {
      expect(corpus.articles.find((candidate) => candidate.file === file)).toBeUndefined();
      expect(reasonsOf(file)).toEqual([LINK_OUT]);
    },
  );

  test('no byte of a file outside the folder reaches the corpus, sources.json included', () => {
    expect(JSON.stringify(corpus)).not.toContain('SECRET');
    expect(JSON.stringify(corpus)).not.toContain('root:x');
    expect(reasonsOf('sources.json')).toEqual([LINK_OUT]);
  });

  test('a link to a folder outside is named; links to folders inside are not followed, so they never loop', () => {
    expect(reasonsOf('outside-folder')).toEqual(['a symbolic link to a folder outside the folder; not read']);
    expect(corpus.articles.some((candidate) => /^(loop|2021\/up)\//.test(candidate.file))).toBe(false);
    expect(reasonsOf('loop')).toEqual([]);
  });

  test('a link to a file inside is read under its name, unless that file is read under its own', () => {
    expect(corpus.articles.find((candidate) => candidate.file === 'notes.txt')?.text).toMatch(/^GOA: /);
    expect(corpus.articles.find((candidate) => candidate.file === 'alias.txt')).toBeUndefined();
    expect(corpus.articles.find((candidate) => candidate.file === 'a.txt')?.text).toMatch(/^PUNE: /);
  });

  test('a FIFO named like an article is named, and reading the folder does not wait on it', () => {
    const folder = join(base, 'fifo');
    write(join(folder, 'a.txt'), article('Pune', 'Anita Rao'));
    if (spawnSync('mkfifo', [join(folder, 'pipe.txt')]).status !== 0) return;
    expect(readArticleFolder(folder).files.map(({ name, readError }) => [name, readError])).toEqual([
      ['a.txt', undefined],
      ['pipe.txt', 'not a regular file'],
    ]);
  });

  test('a link to nothing is named', () => {
    expect(reasonsOf('dangling.txt')).toEqual(['a symbolic link to nothing that exists; not read']);
  });
});

describe('subfolders', () => {
  test('are read, named by their path from the folder with forward slashes, in name order', () => {
    expect(corpus.articles.map((candidate) => candidate.file)).toEqual([
      '.hidden.txt',
      '2021/c.txt',
      '2021/dec/b.txt',
      'a.txt',
      'notes.txt',
    ]);
    expect(listArticleFolder(dir).files.map((file) => file.name)).toEqual([
      '.hidden.txt',
      '2021/c.txt',
      '2021/dec/b.txt',
      'a.txt',
      'dangling.txt',
      'etc-passwd.txt',
      'leak.txt',
      'notes.txt',
      'outside-folder',
      'relative-leak.txt',
    ]);
  });

  test('a file in a subfolder gets a stable, valid id from its path', () => {
    expect(corpus.articles.find((candidate) => candidate.file === '2021/dec/b.txt')?.id).toBe('2021-dec-b');
    for (const { id } of corpus.articles) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('a folder of only subfolders gives their articles', () => {
    const only = join(base, 'only-subfolders');
    write(join(only, 'x', 'y', 'z.txt'), article('Pune', 'Anita Rao'));
    const built = buildCorpus(readArticleFolder(only));
    expect(built.articles.map((candidate) => candidate.file)).toEqual(['x/y/z.txt']);
    expect(built.warnings.filter((warning) => warning.file !== '(corpus)')).toEqual([]);
  });

  test('sources.json names a file in a subfolder by its path', () => {
    const folder = join(base, 'with-sources');
    write(join(folder, '2021', 'a.txt'), article('Pune', 'Anita Rao'));
    write(join(folder, 'sources.json'), JSON.stringify({ '2021/a.txt': { outlet: 'City Times' } }));
    expect(buildCorpus(readArticleFolder(folder)).articles[0]?.outlet?.name).toBe('City Times');
  });

  test('the corpus is sound', () => {
    expect(findCorpusProblems(corpus)).toEqual([]);
  });

  test('worker threads, sent paths and the entries not read, build the same corpus', async () => {
    expect(await buildCorpusFromFolder(dir, 2)).toEqual(corpus);
  }, 60_000);
});

describe('limits', () => {
  const folder = () => {
    const root = mkdtempSync(join(base, 'limits-'));
    for (const name of ['a', 'b', 'c']) write(join(root, name, 'one.txt'), article('Pune', 'Anita Rao'));
    write(join(root, 'a', 'deep', 'deeper', 'two.txt'), article('Pune', 'Anita Rao'));
    return root;
  };
  const reasons = (files: ReturnType<typeof listArticleFolder>['files']) =>
    files.flatMap((file) => ('readError' in file ? [[file.name, file.readError]] : []));

  test.each<[string, { depth: number; folders: number; files: number }, string[], string[][]]>([
    [
      'none reached',
      { depth: 16, folders: 100, files: 100 },
      ['a/deep/deeper/two.txt', 'a/one.txt', 'b/one.txt', 'c/one.txt'],
      [],
    ],
    [
      'depth',
      { depth: 2, folders: 100, files: 100 },
      ['a/one.txt', 'b/one.txt', 'c/one.txt'],
      [['a/deep/deeper', 'a folder more than 2 levels down; its files were not read']],
    ],
    [
      'folders',
      { depth: 16, folders: 3, files: 100 },
      ['a/deep/deeper/two.txt', 'a/one.txt'],
      [['b', 'past the limit of 3 subfolders; this folder and the rest were not read']],
    ],
    [
      'files',
      { depth: 16, folders: 100, files: 2 },
      ['a/deep/deeper/two.txt', 'a/one.txt'],
      [['b/one.txt', 'past the limit of 2 .txt files; this file and the rest were not read']],
    ],
  ])('%s', (_name, limits, read, named) => {
    const { files } = listArticleFolder(folder(), limits);
    expect(files.filter((file) => 'path' in file).map((file) => file.name)).toEqual(read);
    expect(reasons(files)).toEqual(named);
  });
});

describe('npm run parse on such a folder', () => {
  const parse = (...args: string[]) => spawnSync('npx', ['tsx', 'src/pipeline/cli.ts', ...args], { encoding: 'utf8' });

  test('--strict exits 1 naming each link out of the folder, and prints none of its bytes', () => {
    const result = parse('--strict', dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const summary = result.stderr.split('\n').find((line) => line.startsWith('parse --strict:'))!;
    for (const file of ['leak.txt', 'relative-leak.txt', 'etc-passwd.txt', 'outside-folder', 'sources.json'])
      expect(summary).toContain(file);
    expect(result.stderr).toContain(`warning: leak.txt: ${LINK_OUT}`);
    expect(result.stderr).not.toContain('SECRET');
  }, 60_000);

  test('control characters in file names are escaped in every line printed', () => {
    const folder = join(base, 'names');
    const evil = 'evil\x1b[2J\nwarning: forged.txt';
    write(join(folder, evil), '');
    write(join(folder, 'bidi\u202etxt.exe.txt'), '');
    write(join(folder, 'c1\u009b31m.txt'), '');
    write(join(folder, 'good.txt'), article('Pune', 'Anita Rao'));
    const result = parse('--strict', folder);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('warning: forged'))).toEqual([]);
    expect(result.stderr).toContain('warning: evil\\x1b[2J\\nwarning: forged.txt: the file is empty');
    expect(result.stderr).toContain('bidi\\u202etxt.exe.txt');
    expect(result.stderr).toContain('c1\\x9b31m.txt');
    const summary = result.stderr.split('\n').find((line) => line.startsWith('parse --strict:'))!;
    expect(summary).toContain('evil\\x1b[2J\\nwarning: forged.txt');
    // Without --strict the names reach stdout only inside JSON strings, escaped there too.
    const built = parse(folder);
    expect(built.status).toBe(0);
    expect(built.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(built.stdout).warnings.map((warning: { file: string }) => warning.file)).toContain(evil);
  }, 60_000);

  test('an error names the folder escaped, too', () => {
    const result = parse(join(base, 'missing\x1b[2J'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing\\x1b[2J');
    expect(result.stderr).not.toContain('\x1b');
  }, 60_000);
});

test('a subfolder swapped for a link out of the folder after listing is not read through', () => {
  const root = mkdtempSync(join(tmpdir(), 'folder-race-'));
  const outside = mkdtempSync(join(tmpdir(), 'folder-race-outside-'));
  try {
    write(join(root, 'dec', 'a.txt'), article('Lagos', 'Ada Obi'));
    write(join(outside, 'a.txt'), SECRET);
    const listed = listArticleFolder(root);
    rmSync(join(root, 'dec'), { recursive: true });
    symlinkSync(outside, join(root, 'dec'));
    const file = listed.files.find((entry) => entry.name === 'dec/a.txt');
    if (!file || !('path' in file)) throw new Error('dec/a.txt was not listed for reading');
    const read = readInputFile(file.path, file.name);
    expect(read.readError).toBe('reached through a symbolic link after the folder was listed; not read');
    expect(new TextDecoder().decode(read.bytes)).not.toContain('SECRET');
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});
