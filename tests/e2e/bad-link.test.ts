/** Links are untrusted input: unknown ids give a polite notice, and the page still works. */
import { describe, expect, test } from 'vitest';
import { chromiumForThisFile, filterGroup, loadSeedCorpus, openApp, paramIds, sourceCards, timelineRegion } from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

describe('a link with unknown values', () => {
  test('?event=nope&person=zzz shows a polite notice naming the bad value and the full, working page', async () => {
    const { page, close } = await openApp(browser, '?event=nope&person=zzz');
    try {
      const notice = page.getByRole('status').filter({ hasText: /nope|zzz/ });
      await notice.first().waitFor();
      expect(await notice.first().textContent()).toMatch(/nope|zzz/);
      expect(await timelineRegion(page).count()).toBe(1);
      expect(await sourceCards(page).count()).toBe(corpus.articles.length);

      const person = corpus.people.find((candidate) => /Shoigu/.test(candidate.name))!;
      await filterGroup(page, 'Person').getByRole('checkbox', { name: /Shoigu/ }).check();
      await expect.poll(() => paramIds(page, 'person')).toEqual([person.id]);
    } finally {
      await close();
    }
  });

  test('applies the valid rest of a partly bad link', async () => {
    const event = corpus.events.find((candidate) => /2\+2/.test(candidate.title))!;
    const { page, close } = await openApp(browser, `?event=${encodeURIComponent(event.id)}&person=zzz`);
    try {
      await page.getByRole('status').filter({ hasText: /zzz/ }).first().waitFor();
      await page.getByRole('region', { name: event.title, exact: true }).waitFor();
    } finally {
      await close();
    }
  });
});
