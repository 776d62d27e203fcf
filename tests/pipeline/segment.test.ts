import { describe, expect, test } from 'vitest';
import { parseDatelinePrefix } from '../../src/pipeline/dateline-prefix.ts';
import { segmentArticle } from '../../src/pipeline/segment.ts';
import { splitSentences } from '../../src/pipeline/split-sentences.ts';
import { decodeArticleBytes } from '../../src/pipeline/decode-text.ts';
import { corpusOf, articleOf } from './load-folder.ts';

describe('parseDatelinePrefix', () => {
  test.each([
    ['NEW DELHI: India and Russia signed', 'New Delhi', null, null],
    ['New Delhi : Defence Minister held talks', 'New Delhi', null, null],
    [
      ' date 2021-12-06 New Delhi | Jagran News Desk: India and Russia',
      'New Delhi',
      'date 2021-12-06',
      'Jagran News Desk',
    ],
    ['MOSCOW, June 16 (Reuters) - The Kremlin said', 'Moscow', 'June 16', null],
    ['BALI, Indonesia, Nov 14 (Reuters) - U.S. President', 'Bali', 'Nov 14', null],
  ])('%j', (line, place, stamp, signature) => {
    const start = line.length - line.trimStart().length;
    const prefix = parseDatelinePrefix(line, start, line.length);
    expect(prefix?.place).toBe(place);
    expect(prefix?.stamp?.text ?? null).toBe(stamp);
    expect(prefix?.signature?.text ?? null).toBe(signature);
  });

  test.each([
    'Defence Minister Rajnath Singh on Monday said that',
    'India’s External Affairs Minister said: “Our partnership”',
    'The summit: an overview',
  ])('is not a dateline: %j', (line) => expect(parseDatelinePrefix(line, 0, line.length)).toBeNull());
});

describe('splitSentences', () => {
  test('keeps initials, titles and abbreviations inside a sentence', () => {
    const text =
      'Dr. S. Jaishankar met Mr. Lavrov at 5 p.m. on Monday. They spoke for an hour. “It went well.” He left.';
    const sentences = splitSentences(text, 0, text.length).map((span) => text.slice(span.start, span.end));
    expect(sentences).toEqual([
      'Dr. S. Jaishankar met Mr. Lavrov at 5 p.m. on Monday.',
      'They spoke for an hour.',
      '“It went well.”',
      'He left.',
    ]);
  });

  test('a clock glossed in brackets after "a.m." goes on with its sentence; a new sentence after "p.m." still starts one', () => {
    const text = 'The judge began at 9:30 a.m. (0730 GMT) in a packed room. She ended at 11 p.m. The crowd left.';
    const sentences = splitSentences(text, 0, text.length).map((span) => text.slice(span.start, span.end));
    expect(sentences).toEqual([
      'The judge began at 9:30 a.m. (0730 GMT) in a packed room.',
      'She ended at 11 p.m.',
      'The crowd left.',
    ]);
  });

  test('a byline with the place it was filed from is not body text', () => {
    const text = 'Storm hits coast\n\nBy Maya Lindqvist in Bergen\n\nThe storm made landfall at noon.';
    const { paragraphs } = segmentArticle(text);
    expect(paragraphs.map((paragraph) => paragraph.kind)).toEqual(['meta', 'meta', 'body']);
  });

  test('a live-blog stamp leading its line is set apart from the entry’s text', () => {
    const text = 'Final LIVE\n\n9:12 PM: Rovers win the cup! The crowd roars.\n\n21:05 – Extra time begins.';
    const { paragraphs } = segmentArticle(text);
    expect(paragraphs.map((paragraph) => [paragraph.kind, text.slice(paragraph.start, paragraph.end)])).toEqual([
      ['meta', 'Final LIVE'],
      ['meta', '9:12 PM'],
      ['body', 'Rovers win the cup! The crowd roars.'],
      ['meta', '21:05'],
      ['body', 'Extra time begins.'],
    ]);
  });
});

describe('segmentArticle on the seeds', () => {
  const corpus = corpusOf('seeds');

  test('a headline line above an agency line is the headline (004)', () => {
    expect(articleOf(corpus, '004').headline).toBe(
      '2 Plus 2 held: Indo-Russia meets take closer view at ‘over centralized globalization’',
    );
    expect(articleOf(corpus, '000').headline).toBeNull();
  });

  test('trailing junk and metadata are not body text', () => {
    const kinds = (prefix: string) => {
      const article = articleOf(corpus, prefix);
      return article.paragraphs.map((paragraph) => [
        paragraph.kind,
        article.text.slice(paragraph.start, paragraph.end).slice(0, 20),
      ]);
    };
    expect(kinds('001')).toContainEqual(['junk', 'Comment']);
    expect(kinds('000')).toContainEqual(['meta', 'Posted By: Aalok Sen']);
    expect(kinds('002')).toContainEqual(['meta', 'Published on: Monday']);
    expect(kinds('003')).toContainEqual(['junk', 'As an independent me']);
    expect(kinds('003')).toContainEqual(['embed', '— Rajnath Singh (@ra']);
  });

  test('no sentence holds an appeal, a byline, a stamp or a bare wire credit', () => {
    for (const article of corpus.articles) {
      for (const sentence of article.sentences) {
        const text = article.text.slice(sentence.start, sentence.end);
        expect(text).not.toMatch(/Posted By|Published on|Please contribute|^\(ANI\)$|^Comment$/);
      }
    }
  });

  test('the dateline prefix of 000 is cut off the first sentence', () => {
    const article = articleOf(corpus, '000');
    expect(article.lede.startsWith('India and Russia on Monday held the first-ever 2+2')).toBe(true);
  });
});

describe('decodeArticleBytes', () => {
  test('drops a BOM and normalises CRLF and CR', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('A\r\nB\rC')]);
    expect(decodeArticleBytes(bytes)).toEqual({ ok: true, text: 'A\nB\nC', note: null });
  });
  test('reads Windows-1252 when the bytes are not UTF-8', () => {
    const result = decodeArticleBytes(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]));
    expect(result).toMatchObject({ ok: true, text: '“Hi” é' });
  });
  test.each([
    [new Uint8Array([]), /empty/],
    [new TextEncoder().encode('  \n\t '), /whitespace/],
    [new Uint8Array([0x41, 0x00, 0x42]), /NUL/],
  ])('refuses unreadable input %#', (bytes, reason) => {
    const result = decodeArticleBytes(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
  test('segments an article that has only a headline without throwing', () => {
    expect(segmentArticle('Just a headline').sentences.length).toBe(1);
  });
});
