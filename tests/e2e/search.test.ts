/** Full-text search: the search box, the URL's q=, highlighted hits, filtered cards, history. */
import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/corpus/schema.ts';
import { chromiumForThisFile, currentParams, filterGroup, loadSeedCorpus, openApp, sourceCards } from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

/** Whether the article's readable text holds a word starting with `word` (what a reader expects a search to find). */
function mentions(article: Article, word: string): boolean {
  const readable = article.paragraphs
    .filter((paragraph) => paragraph.kind !== 'junk')
    .map((paragraph) => article.text.slice(paragraph.start, paragraph.end))
    .join('\n');
  return new RegExp(`(^|[^\\p{L}])${word}`, 'iu').test(readable);
}

const WORD = 'Lavrov';
const expected = corpus.articles.filter((article) => mentions(article, WORD));

describe('search', () => {
  test('the word is in some but not all seed articles', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(corpus.articles.length);
  });

  test('typing filters the cards to the matches, marks the hits, counts them and records q=', async () => {
    const { page, close } = await openApp(browser);
    try {
      await page.getByRole('searchbox', { name: 'Search articles' }).fill(WORD);
      await expect.poll(() => sourceCards(page).count()).toBe(expected.length);
      await expect.poll(() => currentParams(page).get('q')).toBe(WORD);
      expect(await page.getByText(`${expected.length} of ${corpus.articles.length} articles match`).count()).toBe(1);
      for (const card of await sourceCards(page).all()) {
        const marks = await card.locator('mark').allTextContents();
        expect(marks.length, 'each matching card marks a hit').toBeGreaterThan(0);
        for (const mark of marks) expect(mark).toMatch(new RegExp(`^${WORD}`, 'i'));
      }
    } finally {
      await close();
    }
  });

  test('combines with the Outlet filter, and Back/Forward step through the search', async () => {
    const outlet = corpus.outlets.find((candidate) => /^(ANI|Asian News International)\b/.test(candidate.name))!;
    const byOutlet = (article: Article) =>
      article.outlet?.id === outlet.id || article.wires.some((wire) => wire.id === outlet.id);
    const both = expected.filter(byOutlet).length;
    const { page, close } = await openApp(browser);
    try {
      await filterGroup(page, 'Outlet')
        .getByRole('checkbox', { name: /^(ANI|Asian News International)\b/ })
        .check();
      await page.getByRole('searchbox', { name: 'Search articles' }).fill(WORD);
      await expect.poll(() => sourceCards(page).count()).toBe(both);
      await page.goBack();
      await expect.poll(() => currentParams(page).get('q')).toBeNull();
      await expect.poll(() => sourceCards(page).count()).toBe(corpus.articles.filter(byOutlet).length);
      expect(await page.getByRole('searchbox', { name: 'Search articles' }).inputValue()).toBe('');
      await page.goForward();
      await expect.poll(() => page.getByRole('searchbox', { name: 'Search articles' }).inputValue()).toBe(WORD);
      await expect.poll(() => sourceCards(page).count()).toBe(both);
    } finally {
      await close();
    }
  });

  test('markup in q= is dropped with a notice, never runs, and its text is searched', async () => {
    const query = `<img src=x onerror="window.__pwned=1">${WORD}`;
    const { page, close } = await openApp(browser, `?q=${encodeURIComponent(query)}`);
    try {
      expect(await page.getByRole('searchbox', { name: 'Search articles' }).inputValue()).toBe(WORD);
      await page
        .getByRole('status')
        .getByText(/held HTML markup/)
        .waitFor();
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => 'x__pwned' in window || '__pwned' in window)).toBe(false);
      expect(await sourceCards(page).count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});
