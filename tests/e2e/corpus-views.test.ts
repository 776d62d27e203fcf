/** The views across the corpus: discrepancies on the timeline, cards and in their list; the coverage table. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { eventControl, loadSeedCorpus, openApp, sourceCards } from './support.ts';

const corpus = loadSeedCorpus();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function outletOf(articleId: string): string {
  const article = corpus.articles.find((item) => item.id === articleId);
  return article?.outlet?.name ?? 'Outlet not stated';
}

describe('discrepancies', () => {
  test('the seeds have at least one discrepancy about an event (else this file tests nothing)', () => {
    expect(corpus.discrepancies.filter((item) => item.eventId).length).toBeGreaterThan(0);
  });

  test('disputed events say "sources differ" in their timeline name; the others do not', async () => {
    const { page, close } = await openApp(browser);
    try {
      const disputed = new Set(corpus.discrepancies.map((item) => item.eventId));
      for (const event of corpus.events) {
        const name = (await eventControl(page, event).first().getAttribute('aria-label')) ?? '';
        expect(name.includes('sources differ'), `${event.title}: ${name}`).toBe(disputed.has(event.id));
      }
    } finally {
      await close();
    }
  });

  test('the Discrepancies list quotes each claim with its outlet, and cards of the articles involved say so', async () => {
    const { page, close } = await openApp(browser);
    try {
      const list = page.getByRole('region', { name: 'Discrepancies', exact: true });
      await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThanOrEqual(corpus.discrepancies.length);
      const text = (await list.textContent()) ?? '';
      for (const discrepancy of corpus.discrepancies) {
        expect(text).toContain(discrepancy.description);
        for (const claim of discrepancy.claims) {
          const article = corpus.articles.find((item) => item.id === claim.articleId)!;
          expect(text).toContain(article.text.slice(claim.start, claim.end));
          expect(text).toContain(outletOf(claim.articleId));
        }
      }
      const involved = new Set(corpus.discrepancies.flatMap((item) => item.claims.map((claim) => claim.articleId)));
      const cards = await sourceCards(page).all();
      expect(cards.length).toBe(corpus.articles.length);
      let marked = 0;
      for (const card of cards) if (((await card.textContent()) ?? '').includes('Sources differ')) marked += 1;
      expect(marked).toBe(involved.size);
    } finally {
      await close();
    }
  });
});

describe('coverage', () => {
  test('a table labelled Coverage: a row per event, a column per article, reported or not in words', async () => {
    const { page, close } = await openApp(browser);
    try {
      const table = page.getByRole('table', { name: 'Coverage' });
      await expect.poll(() => table.getByRole('row').count()).toBe(corpus.events.length + 1);
      expect(await table.getByRole('columnheader').count()).toBe(corpus.articles.length + 2);
      for (const event of corpus.events) {
        const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: event.title }) });
        const cells = await row.getByRole('cell').allTextContents();
        const reported = cells.slice(0, corpus.articles.length).map((cell) => /(?<!Not )Reported/.test(cell));
        const expected = corpus.articles.map((article) => event.sources.some((source) => source.articleId === article.id));
        expect(reported, event.title).toEqual(expected);
      }
    } finally {
      await close();
    }
  });

  test('the row header selects its event', async () => {
    const { page, close } = await openApp(browser);
    try {
      const event = corpus.events[0]!;
      await page.getByRole('table', { name: 'Coverage' }).getByRole('button', { name: event.title, exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(event.id);
    } finally {
      await close();
    }
  });
});
