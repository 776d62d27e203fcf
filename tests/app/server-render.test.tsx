// @vitest-environment node
/**
 * The page will be prerendered with React's server renderer: rendering must not touch window,
 * document or the clock. This file runs without a DOM, so any such access throws here.
 */
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { createExplorerStore } from '../../src/app/store/explorer-store.ts';
import { DEFAULT_URL_STATE } from '../../src/app/store/url-state.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

test('the whole day renders on the server', () => {
  const html = renderToString(<App corpus={appCorpus} syncUrl={false} />);
  expect(html).toContain('Friday 22 April 2016');
  expect(html).toContain('aria-label="Timeline of Friday 22 April 2016"');
  expect(html).toContain('Outlet not stated');
});

test('an event page renders on the server with its detail', () => {
  const store = createExplorerStore(appCorpus, { ...DEFAULT_URL_STATE, eventId: 'ban-ki-moon-john-kerry-signing' });
  const html = renderToString(<App corpus={appCorpus} store={store} syncUrl={false} />);
  expect(html).toContain('Reports the selected event');
  expect(html).toContain('What the sources say');
});

test('a large corpus prerenders only the first window of cards, with the rest as space', async () => {
  const { createManyArticlesCorpus } = await import('../fixtures/many-articles-corpus.ts');
  const { FIRST_RENDERED_ROWS } = await import('../../src/app/cards/use-virtual-cards.ts');
  const corpus = createManyArticlesCorpus(1000);
  const html = renderToString(<App corpus={corpus} syncUrl={false} />);
  expect(html.match(/<article\b/g)?.length).toBe(FIRST_RENDERED_ROWS);
  expect(html).toContain('aria-setsize="1000"');
  expect(html).toContain(`aria-posinset="${FIRST_RENDERED_ROWS}"`);
  expect(html).not.toContain(`aria-posinset="${FIRST_RENDERED_ROWS + 1}"`);
  expect(html).toMatch(/padding-bottom:\d{5,}(\.\d+)?px/);
});

test('before the timeline is measured both layouts are in the HTML, each with one tab stop, the list’s on its first event', async () => {
  const { createDenseCorpus } = await import('../fixtures/dense-corpus.ts');
  const { HIDDEN_WHEN_NARROW, HIDDEN_WHEN_WIDE, VERTICAL_BELOW_WIDTH } =
    await import('../../src/app/timeline/timeline-geometry.ts');
  // The container queries switch where the measured timeline does.
  expect(HIDDEN_WHEN_NARROW).toBe(`@max-[${VERTICAL_BELOW_WIDTH}px]:hidden`);
  expect(HIDDEN_WHEN_WIDE).toBe(`@min-[${VERTICAL_BELOW_WIDTH}px]:hidden`);
  // A crowded day: the plot's first mark is a cluster, which the list does not have.
  const html = renderToString(<App corpus={createDenseCorpus(300)} syncUrl={false} />);
  const list =
    new RegExp(`<ol class="[^"]*${HIDDEN_WHEN_WIDE.replace(/[[\]]/g, '\\$&')}[^"]*">([\\s\\S]*?)</ol>`).exec(
      html,
    )?.[1] ?? '';
  expect(list).not.toBe('');
  expect(list.match(/tabindex="0"/g)).toHaveLength(1);
  expect(/<li\b[^>]*>\s*<button\b[^>]*tabindex="(-?\d)"/.exec(list)?.[1]).toBe('0');
  const plot = html.slice(html.indexOf(HIDDEN_WHEN_NARROW, html.indexOf('</ol>')));
  expect(plot.slice(0, plot.indexOf('</section>')).match(/tabindex="0"/g)).toHaveLength(1);
  expect(html).toMatch(/aria-label="\d+ events, /);
});
