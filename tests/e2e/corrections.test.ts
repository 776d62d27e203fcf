/**
 * A build whose folder carries a corrections.json (the Mombasa berth fixture, where extraction splits
 * the port chief into two spellings, takes a ship for a person and reports one opening as three
 * events): the page shows every correction with its note, and links to the merged and removed
 * events still open, saying what became of them.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../../scripts/serve.ts';
import { buildFixtureSite, type FixtureSite } from './fixture-site.ts';
import { runAxe, timelineRegion } from './support.ts';

const OPENING = 'on-thursday-opened-a-container-berth-in';
const CEREMONY = 'ceremony-began';
const GUEST = 'transport-cabinet-secretary-grace-wanjiru-attended-the';

const CORRECTIONS = {
  people: [
    { merge: ['Yusuf Karim', 'Yusuf Kareem'], note: 'one official, two spellings' },
    { notAPerson: 'Maria Stella', note: 'a container ship' },
  ],
  articles: {
    '000_coast_herald.txt': { outlet: 'Coast Herald', note: 'from the masthead' },
    '001_daily_tide.txt': { outlet: 'Daily Tide', published: '2024-03-14', note: 'from the masthead' },
  },
  events: [
    { merge: [OPENING, CEREMONY], note: 'one opening ceremony' },
    { event: OPENING, title: 'Opening of the new container berth', note: 'a readable title' },
    { remove: GUEST, note: 'part of the opening, not an event of its own' },
  ],
};

let site: FixtureSite;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  site = await buildFixtureSite('mombasa-berth', { 'corrections.json': JSON.stringify(CORRECTIONS, null, 2) });
  ({ browser, server } = site);
}, 180_000);
afterAll(async () => {
  await site?.close();
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ colorScheme, reducedMotion: 'reduce' });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  await timelineRegion(page).waitFor();
  await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
  return {
    page,
    close: async () => {
      await context.close();
      expect(errors, 'uncaught errors').toEqual([]);
    },
  };
}

describe('a folder with corrections.json', () => {
  test.each(['light', 'dark'] as const)(
    'the Corrections list shows every correction and its note (%s)',
    async (scheme) => {
      const { page, close } = await open('', scheme);
      try {
        const list = page.getByRole('region', { name: 'Corrections' });
        await list.waitFor();
        // textContent: the section is off screen, where content-visibility leaves innerText empty.
        const items = await list.getByRole('listitem').allTextContents();
        expect(items).toHaveLength(7);
        expect(items.join('\n')).toContain('one official, two spellings');
        expect(items).toContain('PersonMaria Stella: not a personCorrected: a container ship');
        expect(await page.getByRole('checkbox', { name: /Maria Stella/ }).count()).toBe(0);
        const card = page.getByRole('article', { name: 'Coast Herald' });
        expect(await card.innerText()).toContain('Corrected: from the masthead (outlet was not found)');
        // Two entries correct it (the merge and the retitle): each names it.
        const buttons = list.getByRole('button', { name: 'Opening of the new container berth' });
        expect(await buttons.count()).toBe(2);
        await buttons.first().click();
        const detail = page.getByRole('region', { name: 'Opening of the new container berth' });
        await detail.waitFor();
        expect(await detail.innerText()).toContain('Corrected: a readable title');
        expect(await runAxe(page)).toBe('');
      } finally {
        await close();
      }
    },
  );

  test('a shared link to a merged event opens the event it became, with a notice', async () => {
    const { page, close } = await open(`events/${CEREMONY}/`);
    try {
      const notice = page.getByRole('status').filter({ hasText: 'merged into' });
      await notice.first().waitFor();
      expect(await notice.first().innerText()).toContain(
        'The event in the link was merged into “Opening of the new container berth” by an editor (one opening ceremony)',
      );
      await page.getByRole('region', { name: 'Opening of the new container berth' }).waitFor();
    } finally {
      await close();
    }
  });

  test('a shared link to a removed event opens the day and says it was removed, and why', async () => {
    const { page, close } = await open(`events/${GUEST}/`);
    try {
      const notice = page.getByRole('status').filter({ hasText: 'removed by an editor' });
      await notice.first().waitFor();
      expect(await notice.first().innerText()).toContain('(part of the opening, not an event of its own)');
    } finally {
      await close();
    }
  });
});
