/** Links are untrusted input: unknown ids give a polite notice, and the page still works. */
import { describe, expect, test } from 'vitest';
import {
  chromiumForThisFile,
  filterGroup,
  loadSeedCorpus,
  openApp,
  paramIds,
  runAxe,
  sourceCards,
  timelineRegion,
} from './support.ts';

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
      await filterGroup(page, 'Person')
        .getByRole('checkbox', { name: /Shoigu/ })
        .check();
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

describe('a link with a flood of bad values', () => {
  test('?person= with 200 bogus ids: one notice with a count, a short header, and the rest of the link applied', async () => {
    const event = corpus.events[0]!;
    const bogus = Array.from({ length: 200 }, (_, index) => `bogus-person-${index}`).join(',');
    const { page, close } = await openApp(browser, `?person=${bogus}&event=${encodeURIComponent(event.id)}`, {
      viewport: { width: 1280, height: 900 },
    });
    try {
      const status = page.getByRole('status').filter({ has: page.getByRole('listitem') });
      await status.getByRole('listitem').first().waitFor();
      const items = await status.getByRole('listitem').allInnerTexts();
      expect(items.length).toBeLessThanOrEqual(4);
      expect(items.join('\n')).toMatch(
        /200 unknown person ids in the link, e\.g\. "bogus-person-0", "bogus-person-1", "bogus-person-2"; ignored them\./,
      );
      expect(await status.getAttribute('role')).toBe('status');
      const height = (await status.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
      expect(height).toBeLessThan(200);
      await page.getByRole('region', { name: event.title, exact: true }).waitFor();
      expect(await timelineRegion(page).count()).toBe(1);
    } finally {
      await close();
    }
  });

  test('bad values in every parameter: three notices and one line counting the rest, which come up as others are dismissed', async () => {
    const { page, close } = await openApp(browser, '?%E0=1&event=nope&person=a&outlet=b&q=%3Cb%3E&tz=mars');
    try {
      const status = page.getByRole('status').filter({ has: page.getByRole('listitem') });
      await status.getByRole('listitem').first().waitFor();
      expect(await status.getByRole('listitem').count()).toBe(4);
      expect(await status.getByRole('listitem').last().innerText()).toMatch(/…and 3 more notices/);
      expect((await status.boundingBox())?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(200);
      expect(await runAxe(page)).toBe('');
      for (let dismissed = 0; dismissed < 3; dismissed++)
        await status.getByRole('button', { name: 'Dismiss notice' }).first().click();
      await expect.poll(() => status.getByRole('listitem').count()).toBe(3);
      expect(await status.innerText()).toContain('Unknown time zone "mars" in the link');
      expect(await sourceCards(page).count()).toBe(corpus.articles.length);
    } finally {
      await close();
    }
  });
});
