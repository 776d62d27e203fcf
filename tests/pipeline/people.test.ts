import { describe, expect, test } from 'vitest';
import { areGivenNamesCompatible, cleanPersonName } from '../../src/pipeline/person-names.ts';
import { corpusOf, corpusOfTexts, textAt } from './load-folder.ts';

describe('cleanPersonName', () => {
  test.each([
    ['Minister Dr S Jaishankar', 'S Jaishankar'],
    ['Dr SJaishankar', 'S Jaishankar'],
    ['General Sergei Shoigu.', 'Sergei Shoigu'],
    ['Mr Putin', 'Putin'],
    ['Singh-', 'Singh'],
    ['President Putin.', 'Putin'],
    ['Monday', null],
    ['Russian', null],
  ])('%j → %j', (raw, clean) => expect(cleanPersonName(raw)).toBe(clean));
});

describe('areGivenNamesCompatible', () => {
  test.each([
    ['Sergei', 'Sergey', true],
    ['Serge', 'Sergey', true],
    ['S', 'Subrahmanyam', true],
    ['Dmitri', 'Dmitriy', true],
    ['Rajnath', 'Manmohan', false],
    ['Rahul', 'Rohit', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(areGivenNamesCompatible(a, b)).toBe(same));
});

describe('people in the seeds', () => {
  const corpus = corpusOf('seeds');
  const person = (id: string) => corpus.people.find((candidate) => candidate.id === id);

  test('every person the articles name, once, with spellings merged', () => {
    expect(corpus.people.map((candidate) => candidate.name).sort()).toEqual([
      'Arindam Bagchi',
      'Narendra Modi',
      'Rajnath Singh',
      'S Jaishankar',
      'Sergey Lavrov',
      'Sergey Shoigu',
      'Vladimir Putin',
    ]);
  });

  test.each([
    ['sergey-shoigu', ['Sergei Shoigu', 'Shoigu'], 'Russian Defence Minister'],
    ['sergey-lavrov', ['Serge Lavrov'], 'Russian Foreign Minister'],
    ['s-jaishankar', ['Jaishankar', 'SJaishankar'], 'External Affairs Minister'],
    ['rajnath-singh', ['Rajnath', 'Singh'], 'Defence Minister'],
    ['narendra-modi', ['Modi'], 'Prime Minister'],
    ['arindam-bagchi', ['Bagchi'], 'External Affairs Ministry Spokesperson'],
  ])('%s has aliases %j and role %s', (id, aliases, role) => {
    expect(person(id)?.aliases).toEqual(aliases);
    expect(person(id)?.role).toBe(role);
  });

  test('mentions cover the name as written, in every article that names the person', () => {
    for (const candidate of corpus.people) {
      for (const mention of candidate.mentions) {
        expect([candidate.name, ...candidate.aliases]).toContain(textAt(corpus, mention.articleId, mention));
      }
    }
    expect(new Set(person('sergey-shoigu')!.mentions.map((mention) => mention.articleId)).size).toBe(5);
    // "Singh-Shoigu talks" names both.
    const article003 = corpus.articles.find((article) => article.file.startsWith('003'))!;
    const hyphenated = article003.text.indexOf('Singh-Shoigu');
    expect(person('rajnath-singh')!.mentions.some((mention) => mention.start === hyphenated)).toBe(true);
  });

  test('no building, author or agency is taken for a person', () => {
    const names = corpus.people.flatMap((candidate) => [candidate.name, ...candidate.aliases]).join('|');
    expect(names).not.toMatch(/Sushma|Swaraj|Aalok|Sensharma|Kalashnikov|Jagran|Taliban/);
  });
});

describe('names that are not people', () => {
  test('airports, stadiums, memorials, roads, firms, agencies and wars named after or like people are not people', () => {
    const corpus = corpusOf('tests/fixtures/not-people');
    expect(corpus.people.map((person) => person.name).sort()).toEqual(['Anthony Albanese', 'Narendra Modi']);
  });
});

test('"Cyclone Irma" names a storm when the article calls it "the cyclone"; "Rose Byrne" and "Grace Mugabe" are people', () => {
  const corpus = corpusOfTexts({
    'a.txt':
      'Published 14 January 2025\n\nDARWIN - Cyclone Irma tore across the coast near Darwin on Tuesday. The cyclone cut power to 20,000 homes, Mayor Rose Byrne said, and Grace Mugabe, a resident, said her roof was gone.',
  });
  expect(corpus.people.map((person) => person.name).sort()).toEqual(['Grace Mugabe', 'Rose Byrne']);
});

test('a surname alone is the article’s subject of that name, not the relative it last named in full', () => {
  const corpus = corpusOfTexts({
    'a.txt':
      'Published 21 October 2025\n\nLISBON - Tomas Ferreira was sentenced to four years on Tuesday. Tomas Ferreira showed no emotion.\n\nHis sister Ines Ferreira wept in the gallery.\n\nPolice later drove Ferreira to Caxias prison.',
  });
  const tomas = corpus.people.find((person) => person.name === 'Tomas Ferreira')!;
  const article = corpus.articles[0]!;
  const last = article.text.lastIndexOf('Ferreira');
  expect(tomas.mentions.some((mention) => mention.start === last)).toBe(true);
});
