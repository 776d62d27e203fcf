/** Keyboard only: the "?" dialog, page-wide keys, visible focus, and every action reachable without a mouse. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  chromiumForThisFile,
  currentParams,
  focusedEvent,
  loadSeedCorpus,
  openApp,
  sourceCards,
  timelineRegion,
} from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

/** A description of the focused element, and whether it shows a focus outline. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { label: 'body', ring: false, role: '', name: '' };
    const style = getComputedStyle(element);
    return {
      label: `${element.tagName.toLowerCase()}:${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}`,
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      role: element.getAttribute('type') ?? element.tagName.toLowerCase(),
      name: element.closest('fieldset')?.querySelector('legend')?.textContent ?? '',
    };
  });
}

/** Presses Tab until `done` holds for the focused element; fails after `max` presses. */
async function tabUntil(page: Page, done: (state: Awaited<ReturnType<typeof focusState>>) => boolean, max = 80) {
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (done(state)) return state;
  }
  throw new Error('Tab never reached the wanted control');
}

describe('keyboard only', () => {
  test('"?" opens the "Keyboard shortcuts" dialog, Escape closes it and focus returns', async () => {
    const { page, close } = await openApp(browser);
    try {
      // The first stops are the search box and the zone select, which keep their typed keys.
      const before = await tabUntil(page, (state) => state.role === 'button');
      expect(before.ring, `focus ring on ${before.label}`).toBe(true);
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toMatch(/Search the articles/);
      expect(await dialog.textContent()).toMatch(/Move between events/);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect((await focusState(page)).label).toBe(before.label);
    } finally {
      await close();
    }
  });

  test('search, timeline, zoom, pan, selection and filters without a mouse, each with a visible focus ring', async () => {
    const { page, close } = await openApp(browser);
    try {
      await page.keyboard.press('/');
      await page.keyboard.type('Lavrov');
      await expect.poll(() => currentParams(page).get('q')).toBe('Lavrov');
      expect(
        await page
          .getByRole('searchbox', { name: 'Search articles' })
          .evaluate((element) => element === document.activeElement),
      ).toBe(true);
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      await expect.poll(() => sourceCards(page).count()).toBe(corpus.articles.length);

      // Leave the field, then "t" jumps to the timeline's tab stop.
      await tabUntil(page, (state) => state.label.startsWith('button:Keyboard shortcuts'));
      await page.keyboard.press('t');
      const first = await focusedEvent(page, corpus);
      expect(first).not.toBeNull();
      expect((await focusState(page)).ring).toBe(true);
      await page.keyboard.press('ArrowRight');
      const second = await focusedEvent(page, corpus);
      expect(second?.id).not.toBe(first?.id);
      await page.keyboard.press('Enter');
      await expect.poll(() => currentParams(page).get('event')).toBe(second!.id);

      const range = timelineRegion(page).getByText(/^Showing/);
      const whole = await range.textContent();
      await page.keyboard.press('+');
      await expect.poll(() => range.textContent()).not.toBe(whole);
      const zoomed = await range.textContent();
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.press('Shift+ArrowLeft');
      await expect.poll(() => range.textContent()).not.toBe(zoomed);
      await page.keyboard.press('0');
      await expect.poll(() => range.textContent()).toBe(whole);
      await page.keyboard.press('Escape');
      await expect.poll(() => currentParams(page).get('event')).toBeNull();

      const checkbox = await tabUntil(page, (state) => state.role === 'checkbox' && /^Person/.test(state.name));
      expect(checkbox.ring, 'focus ring on a filter checkbox').toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => currentParams(page).get('person')).not.toBeNull();
    } finally {
      await close();
    }
  });
});
