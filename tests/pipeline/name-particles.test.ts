/** Names with particles and joined articles stay whole, and one person written with and without the article is one person. */
import { expect, test } from 'vitest';
import { cleanPersonName } from '../../src/pipeline/person-names.ts';
import { corpusOfTexts as corpusOf } from './load-folder.ts';

test.each([
  ['President Khalid al-Mansour', 'Khalid al-Mansour'],
  ['Dr Pieter van der Berg', 'Pieter van der Berg'],
  ['Anouk de Wit', 'Anouk de Wit'],
  ['Prince Faisal bin Turki', 'Faisal bin Turki'],
  ['al-Mansour', 'al-Mansour'],
  ['de Wit', null],
  ['Anouk de', null],
])('cleanPersonName(%j) → %j', (raw, clean) => expect(cleanPersonName(raw)).toBe(clean));

test('a particle or a joined article keeps the whole name, and the bare surname finds the same person', () => {
  const corpus = corpusOf({
    'a.txt':
      'AMMAN, March 3 - Energy Minister Khalid al-Mansour opened the pipeline on Tuesday. Mansour said gas would flow by noon.',
    'b.txt': 'Khalid al-Mansour cut the ribbon on Tuesday, and al-Mansour thanked the engineers who built it.',
    'c.txt':
      'The contractor, represented by Pieter van der Berg, said the work finished early. Van der Berg praised the crews on Tuesday.',
    'd.txt': 'Residents watched as the minister, Khalid Mansour, toured the station on Tuesday.',
    'e.txt': 'Geologist Hanna Okonkwo Adeyemi-Brandt, who surveyed the route, said the ground was stable on Tuesday.',
  });
  const names = corpus.people.map((person) => person.name);
  expect(names).toContain('Khalid al-Mansour');
  expect(names).toContain('Pieter van der Berg');
  const minister = corpus.people.find((person) => person.name === 'Khalid al-Mansour')!;
  expect(new Set(minister.mentions.map((mention) => mention.articleId))).toEqual(new Set(['a', 'b', 'd']));
  expect(names.filter((name) => /Mansour|Khalid/.test(name))).toEqual(['Khalid al-Mansour']);
  expect(names.some((name) => name.startsWith('Hanna'))).toBe(true);
});

test('a name the language model cuts after two words keeps its third before a comma', () => {
  const corpus = corpusOf({
    'a.txt': 'Dr Amara Tesfaye Woldemichael, head of the regional health bureau, said clinics stayed open on Friday.',
    'b.txt': '"We are ready," Woldemichael said on Friday.',
  });
  const doctor = corpus.people.find((person) => person.name.includes('Woldemichael'));
  expect(doctor?.name).toBe('Amara Tesfaye Woldemichael');
  expect(new Set(doctor!.mentions.map((mention) => mention.articleId))).toEqual(new Set(['a', 'b']));
});

test('a name the language model leaves untagged is a person when the article also calls them by the surname alone', () => {
  const corpus = corpusOf({
    'a.txt':
      'NAIROBI, June 2 - Opener Kiprono Wanyoike made 71 and Odhiambo Ndirangu took four wickets on Sunday. Wanyoike said the pitch was slow. The Cheza Trophy final drew a full house at the Nyayo Arena, and Ngong Racecourse hosted the fan zone.',
  });
  const names = corpus.people.map((person) => person.name);
  expect(names).toContain('Kiprono Wanyoike');
  // Named once in full and never alone, and things that are called by their last word with "the": not people.
  expect(names).not.toContain('Odhiambo Ndirangu');
  expect(names.some((name) => /Cheza|Nyayo|Ngong/.test(name))).toBe(false);
});

test('a full name that copy sets after "the" names a thing, not a person', () => {
  const corpus = corpusOf({
    'a.txt':
      'ROTTERDAM, May 2 - The Maria Delgado ran aground at the port entrance on Friday. Tugs pulled the Maria Delgado free by noon, said harbour master Pieter van der Berg.',
    'b.txt': 'The container ship Maria Delgado was refloated on Friday. Van der Berg said the channel reopened.',
  });
  const names = corpus.people.map((person) => person.name);
  expect(names).not.toContain('Maria Delgado');
  expect(names).toContain('Pieter van der Berg');
});
