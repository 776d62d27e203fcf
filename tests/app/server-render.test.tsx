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
  const { FIRST_WINDOW_ROWS } = await import('../../src/app/cards/use-card-window.ts');
  const corpus = createManyArticlesCorpus(1000);
  const html = renderToString(<App corpus={corpus} syncUrl={false} />);
  expect(html.match(/<article\b/g)?.length).toBe(FIRST_WINDOW_ROWS);
  expect(html).toContain('aria-setsize="1000"');
  expect(html).toContain(`aria-posinset="${FIRST_WINDOW_ROWS}"`);
  expect(html).not.toContain(`aria-posinset="${FIRST_WINDOW_ROWS + 1}"`);
  expect(html).toMatch(/padding-bottom:\d{5,}(\.\d+)?px/);
});
