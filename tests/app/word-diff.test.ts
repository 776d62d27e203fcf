import { describe, expect, test } from 'vitest';
import { diffWords, tokenizeWords, type DiffPart } from '../../src/app/quotes/word-diff.ts';

/** The parts as "=same", "+added", "-removed" strings, trimmed, for compact tables. */
function compact(parts: DiffPart[]): string[] {
  const sign = { same: '=', added: '+', removed: '-' } as const;
  return parts.map((part) => `${sign[part.kind]}${part.text.trim()}`);
}

describe('tokenizeWords', () => {
  test('keeps trailing space for display and compares without case, punctuation or quote style', () => {
    expect(tokenizeWords('India’s strong, “support”.')).toEqual([
      { text: 'India’s ', key: 'indias' },
      { text: 'strong, ', key: 'strong' },
      { text: '“support”.', key: 'support' },
    ]);
    expect(tokenizeWords('— ok')[0]).toEqual({ text: '— ', key: '—' });
    expect(tokenizeWords('   ')).toEqual([]);
  });
});

describe('diffWords', () => {
  test.each([
    ['same words', 'We hope for peace.', 'we hope for peace', ['=we hope for peace']],
    ['a word added', 'We hope for peace', 'We hope for lasting peace', ['=We hope for', '+lasting', '=peace']],
    ['a word removed', 'We hope for lasting peace', 'We hope for peace', ['=We hope for', '-lasting', '=peace']],
    [
      'a word replaced',
      'very special partnership',
      'very unique partnership',
      ['=very', '-special', '+unique', '=partnership'],
    ],
    [
      'an excerpt',
      'Had a productive, fruitful and substantial talk',
      'productive, fruitful and substantial,',
      ['-Had a', '=productive, fruitful and substantial,', '-talk'],
    ],
    ['nothing in common', 'alpha beta', 'gamma', ['-alpha beta', '+gamma']],
    ['empty reference', '', 'new words', ['+new words']],
    ['both empty', '', '', []],
    // The gap between two passages of one article is neither words it added nor words it lacks.
    ['a gap in the variant', 'we met today and agreed', 'we met … and agreed', ['=we met …', '-today', '=and agreed']],
    ['a gap in the reference', 'we met … and agreed', 'we met and agreed', ['=we met and agreed']],
  ])('%s', (_name, reference, variant, expected) => {
    expect(compact(diffWords(reference, variant))).toEqual(expected);
  });

  test('the same and added parts rebuild the variant; the same and removed parts rebuild the reference (as words)', () => {
    const reference = 'India-Russia partnership is unique. We are very conscious that in a world of rapid change';
    const variant = 'Our partnership is indeed very special, it is very unique. And we are very conscious';
    const parts = diffWords(reference, variant);
    const words = (text: string) => tokenizeWords(text).map((token) => token.key);
    expect(
      words(
        parts
          .filter((p) => p.kind !== 'removed')
          .map((p) => p.text)
          .join(''),
      ),
    ).toEqual(words(variant));
    expect(
      words(
        parts
          .filter((p) => p.kind !== 'added')
          .map((p) => p.text)
          .join(''),
      ),
    ).toEqual(words(reference));
    expect(compact(parts).slice(0, 3)).toEqual(['-India-Russia', '+Our', '=partnership is']);
  });

  test('very long inputs fall back to whole-text replacement instead of a huge table', () => {
    const long = Array.from({ length: 600 }, (_, i) => `w${i}`).join(' ');
    expect(diffWords(long, `${long} x`).map((part) => part.kind)).toEqual(['removed', 'added']);
  });
});
