/** Markup left open keeps the text after it, with a note saying what was kept; the cap comes before the scan. */
import { describe, expect, test } from 'vitest';
import { readArticleText } from '../../src/pipeline/article-text.ts';
import { stripMarkup } from '../../src/pipeline/strip-markup.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('unclosed markup keeps the text after it', () => {
  test.each<[string, string, string, string[]]>([
    [
      'an unclosed comment in a document',
      '<p>The council met.</p><!-- note\n<p>The mayor said the lanes come in March.</p>',
      'The council met.\nnote\nThe mayor said the lanes come in March.',
      ['an unclosed <!-- at character 24; the text after it was kept'],
    ],
    [
      'an unclosed comment in prose with a tag',
      'The <b>council</b> met. <!-- cut here\n\nThe mayor spoke.',
      'The council met. cut here\n\nThe mayor spoke.',
      ['an unclosed <!-- at character 25; the text after it was kept'],
    ],
    [
      'an unclosed <script>',
      '<p>The council met.</p><script>track();\n<p>The mayor spoke.</p>',
      'The council met.\ntrack();\nThe mayor spoke.',
      ['an unclosed <script> at character 24 (no </script>); the text after it was kept'],
    ],
    [
      'an unclosed tag stays as text',
      '<p>The council <a href="x">met</a> and <a href="y then the mayor spoke.</p>',
      'The council met and <a href="y then the mayor spoke.',
      ['an unclosed <a tag at character 40; it was kept as text'],
    ],
    [
      'several of a kind are one note',
      '<p>One</p><!-- a <p>Two</p><!-- b <style>x',
      'One\na\nTwo\nb x',
      [
        '2 unclosed <!-- comments, the first at character 11; the text after each was kept',
        'an unclosed <style> at character 35 (no </style>); the text after it was kept',
      ],
    ],
    [
      'a stray quote does not swallow the page',
      '<p><img alt="5" tall">The council met.</p><p class="x">The mayor spoke.</p>',
      'The council met.\n\nThe mayor spoke.',
      [],
    ],
    [
      'tags inside the quotes of an unclosed tag are still found',
      '<p>The council <a title="<b>met</b>" on Monday.</p>',
      'The council <a title="met" on Monday.',
      ['an unclosed <a tag at character 16; it was kept as text'],
    ],
    ['a comment inside a script does not open', '<div>A</div><script>s = "<!--";</script><p>B</p>', 'A\n\nB', []],
    ['closed markup keeps nothing', '<p>A <!-- x --> B</p><script>y</script>', 'A B', []],
    ['closers are matched in any case, with spaces', '<SCRIPT>x</SCRIPT ><P>Upper</P>', 'Upper', []],
    ['an svg closed by "/>" hides nothing after it', '<svg viewBox="0 0 1 1"/><p>Kept</p>', 'Kept', []],
  ])('%s', (_name, input, text, kept) => {
    const result = stripMarkup(input);
    expect(result.text).toBe(text);
    expect(result.kept).toEqual(kept);
  });

  test('prose with no tag is left as written, unclosed comment and all', () => {
    expect(stripMarkup('Prices <!-- rose 5 < 7.')).toEqual({ text: 'Prices <!-- rose 5 < 7.', note: null, kept: [] });
  });

  test('readArticleText adds each note to the file warnings', () => {
    const result = readArticleText(utf8('<p>The council met.</p><!-- note\n<p>The mayor spoke.</p>'));
    expect(result).toEqual({
      ok: true,
      text: 'The council met.\nnote\nThe mayor spoke.',
      notes: ['read as HTML: 4 HTML tags removed', 'an unclosed <!-- at character 24; the text after it was kept'],
    });
  });
});

describe('the cap comes before the markup scan', () => {
  test('an HTML file is scanned up to 8 times the cap, with a note naming both lengths', () => {
    const html = `<p>${'word '.repeat(10_000)}</p>`;
    const result = readArticleText(utf8(html), 1000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.length).toBeLessThanOrEqual(1000);
    expect(result.notes).toContainEqual(
      expect.stringMatching(/^the file is 50,007 characters long; only the first 7,99\d were read as HTML$/),
    );
    expect(result.notes).toContainEqual(
      expect.stringMatching(/^the text is 7,99\d characters long; only the first 99\d were read$/),
    );
  });

  test('plain text cut early gets one note with the length of the whole file', () => {
    const result = readArticleText(utf8('word '.repeat(10_000)), 1000);
    expect(result.ok && result.notes).toEqual(['the text is 50,000 characters long; only the first 999 were read']);
  });

  test('markup alone in what was scanned is said so', () => {
    expect(readArticleText(utf8(`${'<script>'.repeat(2000)} text`), 1000)).toEqual({
      ok: false,
      reason: 'the first 8,000 characters of the file hold only markup, no text',
    });
  });
});
