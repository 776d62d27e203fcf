/** One person under accented and plain spellings or a middle name; one statement in other words by the same speaker. */
import { expect, test } from 'vitest';
import { corpusOfTexts as corpusOf } from './load-folder.ts';
import { groupStatements } from '../../src/pipeline/statements.ts';
import type { Quote } from '../../src/corpus/schema.ts';

test('accented and plain spellings, and a middle name, are one person', () => {
  const corpus = corpusOf({
    'a.txt': 'Mayor José Alberto Núñez opened the bridge on Monday. Núñez thanked the engineers.',
    'b.txt': 'Mayor Jose Alberto Nunez opened the new bridge on Monday, and Nunez said it was overdue.',
    'c.txt': 'Alberto Núñez, the mayor, cut the ribbon on Monday.',
  });
  const mayors = corpus.people.filter((person) => /N[uú][nñ]ez/.test(person.name));
  expect(mayors).toHaveLength(1);
  expect(mayors[0]!.aliases).toEqual(expect.arrayContaining(['Nunez', 'Núñez']));
  expect(new Set(mayors[0]!.mentions.map((mention) => mention.articleId))).toEqual(new Set(['a', 'b', 'c']));
});

const quote = (id: string, speakerId: string | null, text: string): Omit<Quote, 'statementId'> => ({
  id,
  speakerId,
  speakerLabel: speakerId ?? 'someone',
  text,
  articleId: id,
  span: { start: 0, end: text.length },
  channel: 'speech',
});

test('the same words in another order are one statement when one named speaker said both, not otherwise', () => {
  const { quotes } = groupStatements([
    quote('a', 'stephane-israel', 'We delivered for humanity this morning'),
    quote('b', 'stephane-israel', 'This morning we have delivered for humanity'),
    quote('c', 'raed-saleh', 'We are in a race against time'),
    quote('d', 'tedros-adhanom', 'It is now a race against time'),
    quote('e', null, 'Time runs against us in this race'),
  ]);
  const statementOf = new Map(quotes.map((one) => [one.id, one.statementId]));
  expect(statementOf.get('a')).toBe(statementOf.get('b'));
  expect(statementOf.get('c')).not.toBe(statementOf.get('d'));
  expect(statementOf.get('e')).not.toBe(statementOf.get('c'));
});
