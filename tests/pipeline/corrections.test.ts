import { mkdtempSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { corpusOf } from './load-folder.ts';
import { BERTH, SEEDS, correct, expectValid, reasons } from './correct-corpus.ts';

describe('people corrections', () => {
  test('merging two spellings of one official leaves one person with both, mentioned in both articles', () => {
    const before = corpusOf(BERTH);
    expect(before.people.map((person) => person.name)).toEqual(expect.arrayContaining(['Yusuf Karim', 'Yusuf Kareem']));
    const after = correct(before, {
      people: [{ merge: ['Yusuf Karim', 'Yusuf Kareem'], name: 'Yusuf Karim', note: 'one official, two spellings' }],
    });
    const karim = after.people.filter((person) => /Yusuf/.test(person.name));
    expect(karim).toHaveLength(1);
    expect(karim[0]!.id).toBe('yusuf-karim');
    expect(karim[0]!.aliases).toContain('Yusuf Kareem');
    expect(new Set(karim[0]!.mentions.map((mention) => mention.articleId))).toEqual(
      new Set(['000-coast-herald', '001-daily-tide']),
    );
    expect(after.articles.find((article) => article.id === '001-daily-tide')!.people).toContain('yusuf-karim');
    expect(after.articles.flatMap((article) => article.people)).not.toContain('yusuf-kareem');
    expect(after.corrections).toEqual([
      {
        entry: 'people[0]',
        subject: 'person',
        subjectId: 'yusuf-karim',
        action: 'merge',
        mergedIds: ['yusuf-kareem'],
        changes: [{ field: 'name', extracted: 'Yusuf Karim / Yusuf Kareem', corrected: 'Yusuf Karim' }],
        note: 'one official, two spellings',
      },
    ]);
    expect(reasons(after)).toEqual([]);
    expectValid(after);
  });

  test('a ship marked as not a person leaves the people, the articles and the quotes', () => {
    const after = correct(corpusOf(BERTH), { people: [{ notAPerson: 'maria stella', note: 'a container ship' }] });
    expect(after.people.map((person) => person.id)).not.toContain('maria-stella');
    expect(after.articles.flatMap((article) => article.people)).not.toContain('maria-stella');
    expect(after.corrections[0]).toMatchObject({
      action: 'not-a-person',
      subjectId: 'maria-stella',
      changes: [{ field: 'person', extracted: 'Maria Stella', corrected: null }],
    });
    expectValid(after);
  });

  test('a person found by another spelling gets a new role, and keeps the old name as a spelling when renamed', () => {
    const after = correct(corpusOf(SEEDS), {
      people: [
        { person: 'Sergei Shoigu', name: 'Sergei Shoigu', role: 'Minister of Defence of Russia', note: 'house style' },
      ],
    });
    const shoigu = after.people.find((person) => person.id === 'sergey-shoigu')!;
    expect(shoigu.name).toBe('Sergei Shoigu');
    expect(shoigu.role).toBe('Minister of Defence of Russia');
    expect(shoigu.aliases).toContain('Sergey Shoigu');
    expect(after.corrections[0]!.changes).toEqual([
      { field: 'name', extracted: 'Sergey Shoigu', corrected: 'Sergei Shoigu' },
      { field: 'role', extracted: 'Russian Defence Minister', corrected: 'Minister of Defence of Russia' },
    ]);
  });
});

describe('article corrections', () => {
  test('an outlet and a date set by file name, with the basis "corrected" and the outlet list rebuilt', () => {
    const before = corpusOf(BERTH);
    const after = correct(before, {
      articles: {
        '000_coast_herald.txt': {
          outlet: 'Coast Herald',
          published: '2024-03-14T17:20:00+03:00',
          note: 'from the masthead',
        },
      },
    });
    const article = after.articles.find((candidate) => candidate.file === '000_coast_herald.txt')!;
    expect(article.outlet).toEqual({ id: 'coast-herald', name: 'Coast Herald' });
    expect(article.outletBasis).toBe('Corrected: from the masthead');
    expect(article.published).toBe('2024-03-14T17:20:00+03:00');
    expect(article.publishedBasis).toEqual({ kind: 'corrected', reason: 'from the masthead', span: null });
    expect(after.outlets).toContainEqual({
      id: 'coast-herald',
      name: 'Coast Herald',
      fullName: null,
      kind: 'publisher',
      articleIds: [article.id],
    });
    expect(after.corrections[0]!.changes.map((change) => change.field)).toEqual(['outlet', 'published']);
    expect(before.articles[0]!.outlet).toBeNull();
    expectValid(after);
  });
});

describe('corrections.json in the articles folder', () => {
  test('is read beside the articles and gives the same corpus on every build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corrections-'));
    try {
      cpSync(BERTH, dir, { recursive: true });
      writeFileSync(
        join(dir, 'corrections.json'),
        JSON.stringify({
          people: [{ merge: ['Yusuf Karim', 'Yusuf Kareem'], note: 'one official' }],
          articles: { '001_daily_tide.txt': { outlet: 'Daily Tide', published: '2024-03-14', note: 'masthead' } },
        }),
      );
      const first = buildCorpus(readArticleFolder(dir));
      const second = buildCorpus(readArticleFolder(dir));
      expect(JSON.stringify(first)).toBe(JSON.stringify(second));
      expect(first.corrections.map((correction) => correction.entry)).toEqual([
        'people[0]',
        'articles["001_daily_tide.txt"]',
      ]);
      expectValid(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('corrected dates are evidence for the day: undated articles move the timeline onto the date given', () => {
    const input = readArticleFolder(BERTH);
    expect(buildCorpus(input).day.date).toBe('1970-01-01');
    const corpus = buildCorpus({
      ...input,
      correctionsJson: JSON.stringify({
        articles: {
          '000_coast_herald.txt': { published: '2024-03-14T17:20:00+03:00', note: 'the page says 17:20 EAT' },
          '001_daily_tide.txt': { published: '2024-03-14', note: 'the masthead' },
        },
      }),
    });
    expect(corpus.day.date).toBe('2024-03-14');
    expect(corpus.events.find((event) => event.id === 'ceremony-began')?.start).toBe('2024-03-14T10:00:00+03:00');
    expect(corpus.articles.map((article) => [article.published, article.publishedBasis.kind])).toEqual([
      ['2024-03-14T17:20:00+03:00', 'corrected'],
      ['2024-03-14', 'corrected'],
    ]);
    // The text stated no date: nothing was extracted, so nothing is shown as replaced.
    expect(corpus.corrections.map((correction) => correction.changes)).toEqual([
      [{ field: 'published', extracted: null, corrected: '2024-03-14T17:20:00+03:00' }],
      [{ field: 'published', extracted: null, corrected: '2024-03-14' }],
    ]);
    expect(reasons(corpus)).toEqual([]);
  });

  test('without one, the corpus records no corrections', () => {
    expect(corpusOf(SEEDS).corrections).toEqual([]);
  });
});
