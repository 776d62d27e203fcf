/** The prerendered markup goes into the page as it is: `$` sequences in it are text, not replacement patterns. */
import { expect, test } from 'vitest';
import { fillRoot } from '../../scripts/build/prerender-plugin.ts';

const PAGE =
  '<html><head><title>T</title></head><body><div id="root"></div><script src="/a.js"></script></body></html>';

test.each([
  ['plain markup', '<main>Day</main>', null],
  ['$ sequences in the markup', "<h2>Price $& rises $1 $' $` $$</h2>", null],
  ['$ sequences in the markup of an event page', '<p>$&</p>', 'talks-$&'],
])('%s', (_name, markup, eventId) => {
  const html = fillRoot(PAGE, markup, eventId);
  expect(html.startsWith('<html><head><title>T</title></head><body><div id="root"')).toBe(true);
  expect(html).toContain(`>${markup}</div><script src="/a.js"></script></body></html>`);
  expect(html.match(/<div id="root"/g)).toHaveLength(1);
});

test('a page without an empty root is refused', () => {
  expect(() => fillRoot('<html><body></body></html>', '<p></p>', null)).toThrow(/no empty <div id="root"><\/div>/);
});
