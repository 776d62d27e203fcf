/** Bytes to plain article text: encodings, line endings, markup, controls and the length cap. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readArticleText } from '../../src/pipeline/article-text.ts';
import { countUtf8Sequences, decodeArticleBytes } from '../../src/pipeline/decode-text.ts';
import { stripMarkup } from '../../src/pipeline/strip-markup.ts';
import { chunkSpan } from '../../src/pipeline/text-chunks.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticleBytes', () => {
  test.each<[string, Uint8Array, string, RegExp | null]>([
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café')]), 'Café', null],
    ['CRLF and lone CR', utf8('A\r\nB\rC\n'), 'A\nB\nC\n', null],
    [
      'Windows-1252 smart quotes and Latin-1 accents',
      new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9, 0x80]),
      '“Hi” é€',
      /Windows-1252/,
    ],
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0, 0x20, 0, 0x13, 0x20]), 'Hi –', /UTF-16/],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, 0, 0x48, 0, 0x69]), 'Hi', /UTF-16/],
    // Mostly UTF-8 with one broken byte: keep the UTF-8 (no mojibake), mark the one byte.
    [
      'UTF-8 with a stray byte',
      new Uint8Array([...utf8('naïve “quote” — '), 0xff, ...utf8(' ok')]),
      'naïve “quote” — \ufffd ok',
      /1 byte is not valid UTF-8/,
    ],
    [
      'a BOM declares UTF-8 even when bytes are broken',
      new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe9, 0x42]),
      'A\ufffdB',
      /not valid UTF-8/,
    ],
  ])('%s', (_name, bytes, text, note) => {
    const result = decodeArticleBytes(bytes);
    expect(result).toMatchObject({ ok: true, text });
    if (result.ok) note === null ? expect(result.note).toBeNull() : expect(result.note).toMatch(note);
  });

  test.each<[string, Uint8Array, RegExp]>([
    ['empty', new Uint8Array(), /empty/],
    ['whitespace only', utf8(' \n\t\r\n '), /only whitespace/],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42]), /NUL/],
    [
      'binary without NUL',
      new Uint8Array(Array.from({ length: 400 }, (_, index) => ((index * 37) % 255) + 1)),
      /binary/,
    ],
  ])('refuses %s', (_name, bytes, reason) => {
    const result = decodeArticleBytes(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  test('counts UTF-8 sequences and stray bytes', () => {
    expect(countUtf8Sequences(utf8('é–😀'))).toEqual({ validSequences: 3, invalidBytes: 0 });
    expect(countUtf8Sequences(new Uint8Array([0xe9, 0x41, 0xc3]))).toEqual({ validSequences: 0, invalidBytes: 2 });
  });
});

describe('stripMarkup', () => {
  test.each<[string, string, string]>([
    [
      'paragraph tags become lines',
      '<p>First  line.</p>\n<p>Second\nline &amp; more.</p>',
      'First line.\n\nSecond line & more.',
    ],
    [
      'scripts, styles and comments vanish with their content',
      '<style>p{}</style><p>Text<script>alert(1)</script></p><!-- hidden -->',
      'Text',
    ],
    [
      'inline tags go, attributes with ">" inside quotes too',
      'A <a href="x>y" onclick=\'go()\'>link</a> and <img src=x onerror=alert(1)>here.',
      'A link and here.',
    ],
    ['numeric and named entities', 'R&#8377;5 &#x2014; &ldquo;ok&rdquo; &unknown; &#0;', 'R₹5 — “ok” &unknown; \ufffd'],
    ['escaped markup stays as text', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['a document: <br> breaks, source newlines are spaces', '<div>One\ntwo<br>three</div>', 'One two\nthree'],
  ])('%s', (_name, input, expected) => {
    const result = stripMarkup(input);
    expect(result.text).toBe(expected);
    expect(result.note).toMatch(/^read as HTML/);
  });

  test.each(['Prices rose 5 < 7 > 3 in <unknown> ways.', 'AT&T and Q&A', 'Plain text.\n\nTwo paragraphs.'])(
    'leaves prose alone: %s',
    (text) => {
      expect(stripMarkup(text)).toEqual({ text, note: null, kept: [] });
    },
  );
});

describe('readArticleText', () => {
  test('drops controls and bidi overrides, keeps joiners and marks', () => {
    const result = readArticleText(utf8('Safe\u202e txet\u2066 here\u0007.\u200d\u200f'));
    expect(result).toEqual({
      ok: true,
      text: 'Safe txet here.\u200d\u200f',
      notes: ['1 control character removed', '2 bidirectional override characters removed'],
    });
  });

  test('markup with no text is refused', () => {
    expect(readArticleText(utf8('<div><script>x()</script></div>'))).toEqual({
      ok: false,
      reason: 'the file holds only markup, no text',
    });
  });

  test('an over-long text is cut at a paragraph break, with a note', () => {
    const paragraph = `${'word '.repeat(199)}end.`;
    const result = readArticleText(utf8(Array(30).fill(paragraph).join('\n\n')), 10_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.length).toBeLessThanOrEqual(10_000);
    expect(result.text.endsWith('end.')).toBe(true);
    expect(result.notes).toEqual([
      expect.stringMatching(/^the text is 30,028 characters long; only the first 9,007 were read$/),
    ]);
  });
});

describe('chunkSpan', () => {
  test('short spans stay whole', () => {
    expect(chunkSpan('abc', { start: 0, end: 3 }, [], 10)).toEqual([{ start: 0, end: 3 }]);
  });

  test('cuts after sentences, else at spaces, covering the span exactly', () => {
    const text = 'One two. Three four five. Six seven eight nine ten eleven twelve';
    const sentences = [
      { start: 0, end: 8 },
      { start: 9, end: 25 },
    ];
    const chunks = chunkSpan(text, { start: 0, end: text.length }, sentences, 20);
    expect(chunks[0]).toEqual({ start: 0, end: 8 });
    expect(chunks.every((chunk) => chunk.end - chunk.start <= 20)).toBe(true);
    expect(chunks.map((chunk) => text.slice(chunk.start, chunk.end)).join('')).toBe(text);
    expect(chunks.at(-1)!.end).toBe(text.length);
  });

  test('never splits a surrogate pair', () => {
    const text = '😀'.repeat(50);
    const chunks = chunkSpan(text, { start: 0, end: text.length }, [], 7);
    for (const chunk of chunks) expect(chunk.start % 2).toBe(0);
  });
});

describe('readArticleText on any bytes (fast-check)', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 300 }).map((text) => utf8(text)),
    fc
      .array(
        fc.constantFrom(
          '<p>',
          '</div>',
          '<script>x</script>',
          '&amp;',
          '&#x1F600;',
          '&#0;',
          '\r\n',
          '\r',
          '\u202e',
          '\u0000',
          'Text',
          ' ',
          'é',
          '“',
        ),
        { maxLength: 40 },
      )
      .map((parts) => utf8(parts.join(''))),
  );

  test('never throws; text is non-blank, LF-only, free of controls and bidi overrides, within the cap', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const result = readArticleText(input, 200);
        if (!result.ok) {
          expect(result.reason).not.toBe('');
          return;
        }
        expect(result.text.trim()).not.toBe('');
        expect(result.text.length).toBeLessThanOrEqual(200);
        expect(result.text).not.toMatch(/[\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 1000 },
    );
  });
});
