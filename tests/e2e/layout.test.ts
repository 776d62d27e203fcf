/** Layout at phone, tablet and desktop widths; the theme control without inline scripts; the print stylesheet. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  allEventControls,
  chromiumForThisFile,
  filterGroup,
  gotoApp,
  loadSeedCorpus,
  openApp,
  sourceCards,
  timelineRegion,
} from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

/** The page's background as [r, g, b] (drawn on a canvas: computed colours may be lab() or oklch()). */
async function backgroundOf(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });
}
const isDark = (rgb: number[]) => rgb.reduce((sum, value) => sum + value, 0) < 150;

describe.each([
  { width: 360, height: 780 },
  { width: 768, height: 1000 },
  { width: 1440, height: 900 },
])('at $width px', (viewport) => {
  test('no sideways page scroll, every event label whole and on screen, cards stacked', async () => {
    const { page, close } = await openApp(browser, '', { viewport });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const events = allEventControls(page, corpus);
      expect(await events.count()).toBe(corpus.events.length);
      if (viewport.width < 600) {
        // The phone view lists the events top to bottom: each whole title visible, none cut.
        const boxes = await events.evaluateAll((buttons) =>
          buttons.map((button) => {
            const rect = button.getBoundingClientRect();
            const cut = [...button.querySelectorAll('span')].some((span) => span.scrollWidth > span.clientWidth + 1);
            return { left: rect.left, right: rect.right, top: rect.top, cut };
          }),
        );
        for (const box of boxes) {
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(viewport.width);
          expect(box.cut).toBe(false);
        }
        expect(boxes.map((box) => box.top)).toEqual([...boxes.map((box) => box.top)].sort((a, b) => a - b));
        for (const event of corpus.events) expect(await timelineRegion(page).textContent()).toContain(event.title);
      }
      const cards = await sourceCards(page).evaluateAll((articles) =>
        articles.map((article) => article.getBoundingClientRect().toJSON() as DOMRect),
      );
      expect(cards).toHaveLength(corpus.articles.length);
      for (const [index, card] of cards.entries()) {
        expect(card.right).toBeLessThanOrEqual(viewport.width);
        if (index > 0) {
          expect(card.left).toBe(cards[0]!.left);
          expect(card.top).toBeGreaterThanOrEqual(cards[index - 1]!.bottom);
        }
      }
    } finally {
      await close();
    }
  });
});

describe('theme', () => {
  test('follows the system, and the "Theme" control overrides it and is remembered, under a CSP without inline scripts', async () => {
    const { page, context, close } = await openApp(browser, '', { colorScheme: 'dark' });
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    try {
      // Serve the page with the policy the deployed site will use.
      await context.route(/\/(\?.*)?$/, async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-security-policy': "script-src 'self'; object-src 'none'" },
        });
      });
      await gotoApp(page);
      expect(await page.locator('script:not([src])').count()).toBe(0);
      expect(isDark(await backgroundOf(page))).toBe(true);

      await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
      await expect.poll(async () => isDark(await backgroundOf(page))).toBe(false);
      await gotoApp(page);
      expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('light');
      expect(isDark(await backgroundOf(page))).toBe(false);

      await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
      await expect.poll(async () => isDark(await backgroundOf(page))).toBe(true);
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(async () => isDark(await backgroundOf(page))).toBe(false);
      expect(cspViolations).toEqual([]);
      // The policy really was in force: an inline script is refused.
      const inlineRan = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
        return '__inlineRan' in window;
      });
      expect(inlineRan).toBe(false);
    } finally {
      await close();
    }
  });
});

describe('print', () => {
  test('prints the timeline and the cards, in light colours, without the controls', async () => {
    const { page, close } = await openApp(browser, '', { colorScheme: 'dark' });
    try {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(await timelineRegion(page).isVisible()).toBe(true);
      expect(await allEventControls(page, corpus).first().isVisible()).toBe(true);
      const cards = await sourceCards(page).all();
      expect(cards).toHaveLength(corpus.articles.length);
      for (const card of cards) expect(await card.isVisible()).toBe(true);
      expect(isDark(await backgroundOf(page))).toBe(false);
      for (const control of [
        page.getByRole('searchbox', { name: 'Search articles' }),
        page.getByRole('combobox', { name: 'Time zone' }),
        page.getByRole('combobox', { name: 'Theme' }),
        page.getByRole('button', { name: 'Keyboard shortcuts' }),
        page.getByRole('group', { name: 'Zoom' }),
        filterGroup(page, 'Person'),
      ]) {
        expect(await control.isHidden()).toBe(true);
      }
      await page.emulateMedia({ media: 'screen' });
      expect(await page.getByRole('searchbox', { name: 'Search articles' }).isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});
