/**
 * Cases a review of the open-domain event, name and quote rules found wrong, each in articles written for it:
 * none of them may come back.
 */
import { expect, test } from 'vitest';
import { cleanPersonName } from '../../src/pipeline/person-names.ts';
import { segmentArticle } from '../../src/pipeline/segment.ts';
import { corpusOfTexts as corpusOf, speakerOfQuote as speakerOf } from './load-folder.ts';

test('the same minute on two days, with nothing else in common, is two happenings', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 2 June 2025\n\nCHUR, June 2 - A landslide buried the railway line near the pass at 2:07 p.m. on Monday.',
    'b.txt':
      'Published 5 June 2025\n\nZURICH, June 5 - Rovers scored the winner against United at 2:07 p.m. on Thursday.',
  });
  const titles = corpus.events.map((event) => event.title).sort();
  expect(titles).toEqual([
    'Landslide buried the railway line near the pass',
    'Rovers scored the winner against United',
  ]);
});

test('an untimed report from an article a week later is not a source of the happening', () => {
  const corpus = corpusOf({
    'a.txt': 'Published 2 June 2025\n\nLYON, June 2 - Police arrested a suspect near the station at 3:10 pm on Monday.',
    'b.txt':
      'Published 9 June 2025\n\nLYON, June 9 - Police arrested a suspect near the station. The trial opens in autumn.',
  });
  const arrest = corpus.events.find((event) => /arrested/.test(event.title));
  expect(arrest?.sources.map((source) => source.articleId)).toEqual(['a']);
});

test('a day said of the future does not date the clocks that follow it', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 10 March 2025\n\nBRUSSELS, March 10 - The council will vote on the plan on Friday. A gas main exploded under the square at 7:40 am, the fire service said.',
  });
  expect(corpus.events.find((event) => /exploded/.test(event.title))?.start).toBe('2025-03-10T07:40:00+01:00');
});

test('a clock with seconds and a zone is a clock; a race time with seconds is not', () => {
  const quake = corpusOf({
    'a.txt': 'Published 6 March 2025\n\nIZMIR, March 6 - An earthquake struck the coast at 01:17:35 GMT on Thursday.',
  });
  expect(quake.events.find((event) => /struck/.test(event.title))?.start).toBe('2025-03-06T04:17:00+03:00');
  const race = corpusOf({
    'b.txt':
      'Published 6 March 2025\n\nBOSTON, March 6 - Kiprono Wanyoike won the race in 2:04:11, USA Athletics said on Thursday.',
  });
  expect(race.events.some((event) => event.start.includes('T02:04'))).toBe(false);
});

test('"7:50 PM EST" reads on the stated zone, written in capitals too', () => {
  const corpus = corpusOf({
    'a.txt': 'Published 18 January 2025\n\nKOUROU, January 18 - The probe fired its engine at 7:50 PM EST on Saturday.',
  });
  expect(corpus.events.find((event) => /fired/.test(event.title))?.start).toBe('2025-01-18T21:50:00-03:00');
});

test('a colon after words about someone is not that person speaking, nor is a name after a preposition the subject', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 4 June 2025\n\nMILAN, June 4 - Paolo Rossi was cleared on Wednesday. His lawyer Sarah Miller spoke to reporters. Asked about Rossi: "He is relieved," she said.',
    'b.txt':
      'Published 4 June 2025\n\nMILAN, June 4 - Lawyer Sarah Miller wrote to the court on Wednesday. Her letter to Anna Conti was read aloud. "I meant every word," she said.',
  });
  expect(speakerOf(corpus, 'He is relieved')).not.toBe('Paolo Rossi');
  expect(speakerOf(corpus, 'I meant every word')).not.toBe('Anna Conti');
});

test('a person whose name is used as an adjective after "the" stays a person', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 4 June 2025\n\nMADRID, June 4 - Prime Minister Lena Ortiz spoke on Wednesday. Thousands marched against the Lena Ortiz government in the capital. Ortiz said she would not resign.',
  });
  expect(corpus.people.map((person) => person.name)).toEqual(['Lena Ortiz']);
});

test('a live-blog line is stamped only by a real clock and a real zone', () => {
  const kinds = (text: string) => segmentArticle(`Match LIVE\n\n${text}`).paragraphs.map((paragraph) => paragraph.kind);
  expect(kinds('14:05 Kane – he scores from the spot!')).toEqual(['meta', 'body']);
  expect(kinds('19.99: that is what fans paid for a scarf.')).toEqual(['meta', 'body']);
  expect(kinds('14:05 BST – Kane scores from the spot!')).toEqual(['meta', 'meta', 'body']);
});

test('a sentence about the future does not join a happening on a word and a person alone', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 21 October 2025\n\nBERLIN, Oct 21 - Karl Brandt was sentenced to two years in prison at 10:40 a.m. on Tuesday.',
    'b.txt':
      'Published 21 October 2025\n\nBERLIN, Oct 21 - Karl Brandt will sleep in a prison cell tonight, his lawyer said.',
  });
  const sentenced = corpus.events.find((event) => /sentenced/.test(event.title));
  expect(sentenced?.start).toBe('2025-10-21T10:40:00+02:00');
  expect(sentenced?.sources.map((source) => source.articleId)).toEqual(['a']);
});

test('names keep no particle at their ends', () => {
  expect(cleanPersonName('Karl von')).toBeNull();
});
