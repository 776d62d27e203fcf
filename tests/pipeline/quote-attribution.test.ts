/** Who said a quote when copy sets it after a colon or after a possessive and a role, and paraphrases by one speaker. */
import { expect, test } from 'vitest';
import { corpusOfTexts as corpusOf, speakerOfQuote as speakerOf } from './load-folder.ts';

test('a named person and a colon before a quote is its speaker, not the last one quoted', () => {
  const corpus = corpusOf({
    'live.txt':
      'LIVE: Verdict in Lyon\n\nPublished 4 June 2025\n\n10:05\nDefence lawyer Marc Olivier Brun says: "We will appeal."\n\n10:20\nJudge Claire Fontaine reads the ruling.\n\n10:31\nFontaine: "No one is above the law in this court."',
  });
  expect(speakerOf(corpus, 'No one is above')).toBe('Claire Fontaine');
});

test('"she said" after "Rossi’s lawyer Sarah Miller read …" is the lawyer, not Rossi', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 4 June 2025\n\nMILAN, June 4 - Paolo Rossi was cleared on Wednesday. Rossi\'s lawyer Sarah Miller read a statement outside. "We always knew he was innocent," she said.',
  });
  expect(speakerOf(corpus, 'We always knew')).toBe('Sarah Miller');
});

test('one speaker’s statement in other words and order, with "never" for "did not", is one statement', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 4 June 2025\n\nLONDON, June 4 - Striker Amara Diallo scored twice. "I never expected the fans to stay and sing," Diallo said.',
    'b.txt':
      'Published 4 June 2025\n\nLONDON, June 4 - Amara Diallo was the hero. "We did not expect the fans to stay so long tonight," Diallo told reporters.',
  });
  const statementIds = new Set(
    corpus.quotes.filter((quote) => /fans/.test(quote.text)).map((quote) => quote.statementId),
  );
  expect(corpus.quotes.filter((quote) => /fans/.test(quote.text))).toHaveLength(2);
  expect(statementIds.size).toBe(1);
});

test('"he said" after "Kenya captain Daniel Walker admitted …" is the captain, not the last name before him', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 4 June 2025\n\nNAIROBI, June 4 - Coach Tom Hale praised the bowlers. Kenya captain Daniel Walker admitted the side fell short. "We were not good enough with the bat," he said.',
  });
  expect(corpus.people.map((person) => person.name).sort()).toEqual(['Daniel Walker', 'Tom Hale']);
  expect(speakerOf(corpus, 'We were not good enough')).toBe('Daniel Walker');
});

test('a capitalised word and a verb before a name do not make it the subject', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 4 June 2025\n\nNAIROBI, June 4 - Coach Tom Hale spoke first. Officials told Daniel Walker to wait. "We will appeal the decision," he said.',
  });
  expect(speakerOf(corpus, 'We will appeal')).not.toBe('Daniel Walker');
});
