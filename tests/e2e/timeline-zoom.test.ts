/**
 * Zoom and pan by pointer, wheel and touch (d3-zoom): a plain wheel scrolls the page and hints at
 * Ctrl; Ctrl+wheel (a trackpad pinch) zooms; drag pans without selecting; on a touch screen two
 * fingers pinch and one finger pans once zoomed in.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForThisFile, currentParams, openApp, timelineRegion } from './support.ts';

const browser = await chromiumForThisFile();

/** The plot's box on the page (its svg spans it). */
async function plotBox(page: Page) {
  const box = await timelineRegion(page).locator('svg').first().boundingBox();
  if (!box) throw new Error('the timeline plot is not on screen');
  return box;
}

const showing = (page: Page) => timelineRegion(page).getByText(/^Showing/);

describe('the timeline plot by pointer and wheel', () => {
  test('a plain wheel scrolls the page and hints at Ctrl; Ctrl+wheel zooms; a drag pans and selects nothing', async () => {
    const { page, close } = await openApp(browser, '', { viewport: { width: 1280, height: 700 } });
    try {
      const whole = await showing(page).textContent();
      const box = await plotBox(page);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 240);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await timelineRegion(page).getByText('Ctrl + scroll to zoom').waitFor();
      expect(await showing(page).textContent()).toBe(whole);

      await page.evaluate(() => window.scrollTo(0, 0));
      const again = await plotBox(page);
      await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2);
      await page.keyboard.down('Control');
      for (let notch = 0; notch < 4; notch++) await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
      await expect.poll(() => showing(page).textContent()).not.toBe(whole);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const zoomed = await showing(page).textContent();

      // Drag from an empty strip of the plot (its axis row), right to left: later times come into view.
      const y = again.y + again.height - 6;
      await page.mouse.move(again.x + again.width * 0.7, y);
      await page.mouse.down();
      await page.mouse.move(again.x + again.width * 0.5, y, { steps: 6 });
      await page.mouse.move(again.x + again.width * 0.3, y, { steps: 6 });
      await page.mouse.up();
      await expect.poll(() => showing(page).textContent()).not.toBe(zoomed);
      expect(currentParams(page).get('event')).toBeNull();

      await timelineRegion(page).getByRole('button', { name: 'Reset zoom' }).click();
      await expect.poll(() => showing(page).textContent()).toBe(whole);
    } finally {
      await close();
    }
  });

  test('on a 1024×768 touch screen two fingers pinch the range and one finger then pans it', async () => {
    const { page, context, close } = await openApp(browser, '', {
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
    });
    try {
      const whole = await showing(page).textContent();
      const box = await plotBox(page);
      const cdp = await context.newCDPSession(page);
      const y = box.y + box.height - 8;
      const mid = box.x + box.width / 2;
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Array<[number, number]>) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: points.map(([x, pointY], id) => ({ x, y: pointY, id })),
        });
      await touch('touchStart', [
        [mid - 40, y],
        [mid + 40, y],
      ]);
      for (let step = 1; step <= 8; step++) {
        await touch('touchMove', [
          [mid - 40 - step * 30, y],
          [mid + 40 + step * 30, y],
        ]);
      }
      await touch('touchEnd', []);
      await expect.poll(() => showing(page).textContent()).not.toBe(whole);
      const pinched = await showing(page).textContent();

      await touch('touchStart', [[mid + 150, y]]);
      for (let step = 1; step <= 8; step++) await touch('touchMove', [[mid + 150 - step * 30, y]]);
      await touch('touchEnd', []);
      await expect.poll(() => showing(page).textContent()).not.toBe(pinched);
    } finally {
      await close();
    }
  });
});
