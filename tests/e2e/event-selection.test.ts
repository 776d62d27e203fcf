/** Selecting an event from the keyboard, the link that reopens it, and history. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { TimelineEvent } from '../../src/corpus/schema.ts';
import {
  allEventControls,
  chromiumForThisFile,
  currentParams,
  detailRegion,
  focusedEvent,
  loadSeedCorpus,
  openApp,
  sourceCards,
} from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

/** Focuses the first event control, moves right once, presses Enter; returns the event it selected. */
async function selectSecondEventByKeyboard(page: Page): Promise<TimelineEvent> {
  await allEventControls(page, corpus).first().focus();
  const first = await focusedEvent(page, corpus);
  expect(first, 'focus on an event control of the timeline').not.toBeNull();
  await page.keyboard.press('ArrowRight');
  const second = await focusedEvent(page, corpus);
  expect(second, 'ArrowRight keeps focus on an event control').not.toBeNull();
  expect(second!.id, 'ArrowRight moves to another event').not.toBe(first!.id);
  await page.keyboard.press('Enter');
  await expect.poll(() => currentParams(page).get('event')).toBe(second!.id);
  return second!;
}

describe('selecting an event', () => {
  test('arrow keys move between events, Enter selects: a detail region named by the title, event= in the URL, its cards marked', async () => {
    const { page, close } = await openApp(browser);
    try {
      const event = await selectSecondEventByKeyboard(page);
      await detailRegion(page, event).waitFor();

      const reporting = new Set(event.sources.map((source) => source.articleId));
      expect(reporting.size).toBeGreaterThan(0);
      const cards = await sourceCards(page).all();
      const marked = await Promise.all(cards.map((card) => card.getAttribute('aria-current')));
      expect(marked.filter((value) => value !== null && value !== 'false')).toHaveLength(reporting.size);
    } finally {
      await close();
    }
  });

  test('the event link opens the same detail in a fresh browser context', async () => {
    const first = await openApp(browser);
    let link: string;
    let event: TimelineEvent;
    try {
      event = await selectSecondEventByKeyboard(first.page);
      link = first.page.url();
    } finally {
      await first.close();
    }
    const second = await openApp(browser, new URL(link).search);
    try {
      await detailRegion(second.page, event).waitFor();
      expect(currentParams(second.page).get('event')).toBe(event.id);
    } finally {
      await second.close();
    }
  });

  test('Back returns to the view before the selection', async () => {
    const { page, close } = await openApp(browser);
    try {
      const event = await selectSecondEventByKeyboard(page);
      await detailRegion(page, event).waitFor();
      await page.goBack();
      await expect.poll(() => currentParams(page).get('event')).toBeNull();
      await detailRegion(page, event).waitFor({ state: 'detached' });
      expect(await sourceCards(page).count()).toBe(corpus.articles.length);
      await page.goForward();
      await detailRegion(page, event).waitFor();
    } finally {
      await close();
    }
  });

  test('Escape clears the selection', async () => {
    const { page, close } = await openApp(browser);
    try {
      const event = await selectSecondEventByKeyboard(page);
      await detailRegion(page, event).waitFor();
      await page.keyboard.press('Escape');
      await detailRegion(page, event).waitFor({ state: 'detached' });
      expect(currentParams(page).get('event')).toBeNull();
    } finally {
      await close();
    }
  });
});
