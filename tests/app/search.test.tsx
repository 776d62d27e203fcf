import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import MiniSearch from 'minisearch';
import { buildArticleSearchIndex } from '../../src/app/search/article-search-index.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { searchArticles } from '../../src/app/selectors/search-matches.ts';
import { loadArticleSearchIndex } from '../../src/app/search/load-search-index.ts';
import { selectSearchMatches } from '../../src/app/selectors/search-matches.ts';
import { selectVisibleArticles } from '../../src/app/selectors/visible-articles.ts';
import { pickMatchingSnippet, splitHighlights } from '../../src/app/shared/highlight-text.ts';
import { createExplorerStore } from '../../src/app/store/explorer-store.ts';
import { startUrlSync } from '../../src/app/store/url-sync.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

const searchIndex = buildArticleSearchIndex(MiniSearch, appCorpus);
const ids = (query: string) => [...searchArticles(searchIndex, query).keys()].sort();

describe('searchArticles', () => {
  test.each<[string, string, string[]]>([
    ['a name in two articles', 'kerry', ['guardian-signing', 'reuters-accord']],
    ['every word must match', 'press conference', ['blog-royal', 'reuters-accord']],
    ['accents do not matter', 'segolene', ['blog-royal', 'reuters-accord']],
    ['a prefix matches', 'granddaugh', ['guardian-signing']],
    ['a near spelling matches', 'Morrocco', ['blog-royal']],
    ['words in no article', 'zebra', []],
    ['junk paragraphs are not indexed', 'comment', []],
    ['blank', '   ', []],
    ['markup is just words', '<b>kerry</b>', ['guardian-signing', 'reuters-accord']],
    ['a wire by its full name', 'France-Presse', ['guardian-signing']],
    ['an outlet by name', 'guardian', ['guardian-signing']],
  ])('%s: %s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  test('on the seeds, "Statesman" finds the copy credited to SNS (the Statesman News Service)', () => {
    const seeds = buildCorpus(readArticleFolder('seeds'));
    const found = [...searchArticles(buildArticleSearchIndex(MiniSearch, seeds), 'Statesman').keys()];
    expect(found).toEqual(
      seeds.articles.filter((article) => article.wires.some((wire) => wire.id === 'sns')).map((article) => article.id),
    );
    expect(found).toHaveLength(1);
  });

  test('reports the words that matched, as indexed', () => {
    expect([...(searchArticles(searchIndex, 'ségol').get('reuters-accord') ?? [])]).toEqual(['segolene']);
  });

  test('combines with the person and outlet filters', () => {
    const kerry = selectSearchMatches(searchIndex, 'kerry');
    expect(selectVisibleArticles(appCorpus, [], ['reuters'], kerry).map((a) => a.id)).toEqual(['reuters-accord']);
    expect(selectVisibleArticles(appCorpus, ['segolene-royal'], [], kerry).map((a) => a.id)).toEqual([
      'reuters-accord',
    ]);
    expect(
      selectVisibleArticles(appCorpus, [], [], selectSearchMatches(searchIndex, '')).map((a) => a.id),
    ).toHaveLength(3);
  });

  test('matches nothing and filters nothing while the index is still loading', () => {
    expect(selectSearchMatches(null, 'kerry')).toBeNull();
  });

  test('the index loads once per corpus, with the library fetched on demand', async () => {
    const first = loadArticleSearchIndex(appCorpus);
    expect(loadArticleSearchIndex(appCorpus)).toBe(first);
    expect([...searchArticles(await first, 'kerry').keys()].sort()).toEqual(['guardian-signing', 'reuters-accord']);
  });
});

describe('splitHighlights', () => {
  test('marks whole matched words, accents and case aside', () => {
    expect(splitHighlights('John Kerry and Ségolène Royal', new Set(['kerry', 'segolene']))).toEqual([
      { text: 'John ', marked: false },
      { text: 'Kerry', marked: true },
      { text: ' and ', marked: false },
      { text: 'Ségolène', marked: true },
      { text: ' Royal', marked: false },
    ]);
  });
  test('does not mark a word that merely contains a term', () => {
    expect(splitHighlights('Kerrygold', new Set(['kerry']))).toEqual([{ text: 'Kerrygold', marked: false }]);
  });
});

describe('pickMatchingSnippet', () => {
  const article = appCorpus.articles[0]!;
  test('picks the first matching sentence the card does not show yet', () => {
    expect(pickMatchingSnippet(article.text, article.sentences, new Set(['granddaughter']), [article.headline!])).toBe(
      'US secretary of state John Kerry signed with his granddaughter on his lap.',
    );
  });
  test('skips the headline the card already shows, and gives null without another hit', () => {
    expect(pickMatchingSnippet(article.text, article.sentences, new Set(['175']), [article.headline!])).toBe(
      'NEW YORK: Leaders from 175 countries signed the Paris climate agreement at the United Nations on Friday.',
    );
    expect(pickMatchingSnippet(article.text, article.sentences, new Set(['zebra']), [article.headline!])).toBeNull();
  });
  test('cuts a long sentence around the hit at word boundaries', () => {
    const text = `${'alpha '.repeat(60)}needle ${'omega '.repeat(60)}`.trim();
    const snippet = pickMatchingSnippet(text, [{ start: 0, end: text.length }], new Set(['needle']), [])!;
    expect(snippet.startsWith('…alpha')).toBe(true);
    expect(snippet.endsWith('omega…')).toBe(true);
    expect(snippet).toContain('needle');
    expect(snippet.length).toBeLessThan(240);
  });
});

describe('the search box', () => {
  test('filters the cards, marks the hits and counts the matches', async () => {
    const { user, store } = renderExplorer();
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'kerry');
    expect(store.getState().q).toBe('kerry');
    await screen.findByText('2 of 3 articles match');
    expect(
      screen.getAllByRole('article').map((card) => within(card).getByRole('heading', { level: 3 }).textContent),
    ).toEqual(['The Guardian', 'Reuters']);
    expect(screen.getByText('2 of 3 articles match')).toBeTruthy();
    const reuters = screen.getByRole('article', { name: 'Reuters' });
    // The Reuters headline lacks the word, so the matching sentence is shown with the hit marked.
    expect([...reuters.querySelectorAll('mark')].map((mark) => mark.textContent)).toContain('Kerry');
  });

  test('a query from a link is plain text: markup stays inert', () => {
    renderExplorer({ q: '<img src=x onerror=alert(1)>kerry' });
    expect((screen.getByRole('searchbox', { name: 'Search articles' }) as HTMLInputElement).value).toBe(
      '<img src=x onerror=alert(1)>kerry',
    );
    expect(document.querySelector('img')).toBeNull();
  });

  test('no match offers to clear the search', async () => {
    const { user, store } = renderExplorer({ q: 'zebra' });
    // The link's search waits for its index, and says so.
    expect(screen.getByText('Loading the search…')).toBeTruthy();
    expect(await screen.findByText('0 of 3 articles match')).toBeTruthy();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(store.getState().q).toBe('');
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });
});

describe('search in the URL', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  test('typing a search adds one history entry; a new selection adds another', () => {
    const store = createExplorerStore(appCorpus);
    const stop = startUrlSync(store, appCorpus);
    const before = window.history.length;
    act(() => {
      for (const q of ['k', 'ke', 'ker', 'kerry']) store.getState().setQuery(q);
    });
    expect(window.location.search).toBe('?q=kerry');
    expect(window.history.length).toBe(before + 1);
    store.getState().togglePerson('john-kerry');
    store.getState().setQuery('kerry signed');
    expect(window.location.search).toBe('?person=john-kerry&q=kerry%20signed');
    expect(window.history.length).toBe(before + 3);
    stop();
  });
});
