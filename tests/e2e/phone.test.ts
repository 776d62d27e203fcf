/**
 * The seeds on a 360 px touch phone: the list shows where sources differ, tapping an event brings
 * its detail into view with focus on its heading, hints speak of taps, zooming narrows the list,
 * and no control is cut off.
 */
import { describe, expect, test } from 'vitest';
import { chromiumForThisFile, loadSeedCorpus, openApp, timelineRegion } from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();
const PHONE = { viewport: { width: 360, height: 780 }, hasTouch: true } as const;

describe('on a phone', () => {
  test('the list marks events whose sources differ, as the plot does', async () => {
    const { page, close } = await openApp(browser, '', PHONE);
    try {
      const differing = new Set(corpus.discrepancies.flatMap((discrepancy) => discrepancy.eventId ?? []));
      expect(differing.size).toBeGreaterThan(0);
      const items = timelineRegion(page).locator('li');
      const marked = await items.evaluateAll((elements) =>
        elements.map((element) => ({
          id: element.querySelector('[data-timeline-event]')?.getAttribute('data-timeline-event'),
          marked: /≠?\s*sources differ/.test((element as HTMLElement).innerText),
        })),
      );
      expect(marked.filter((item) => item.marked).map((item) => item.id)).toEqual(
        corpus.events.filter((event) => differing.has(event.id)).map((event) => event.id),
      );
    } finally {
      await close();
    }
  });

  test('tapping an event brings its detail into view and focus to its heading', async () => {
    const { page, close } = await openApp(browser, '', PHONE);
    try {
      const event = corpus.events.find((candidate) => /2\+2/.test(candidate.title))!;
      await timelineRegion(page)
        .getByRole('button', { name: new RegExp(`^${event.title.replace(/[+]/g, '\\+')}`) })
        .tap();
      const heading = page.getByRole('heading', { level: 2, name: event.title });
      await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
      const box = (await heading.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(780);
    } finally {
      await close();
    }
  });

  test('hints speak of taps, not keys, and zooming in narrows the list to the range', async () => {
    const { page, close } = await openApp(browser, '', PHONE);
    try {
      const timeline = timelineRegion(page);
      const hint = await timeline.locator('p').last().innerText();
      expect(hint).toMatch(/^Tap an event/);
      expect(hint).not.toMatch(/Enter|Ctrl/);
      const count = () => timeline.locator('[data-timeline-event]').count();
      expect(await count()).toBe(corpus.events.length);
      // The arrival ends at midnight, as the day begins: zooming in on the middle of the day leaves it out.
      await timeline.getByRole('button', { name: 'Zoom in' }).tap();
      await expect.poll(count).toBeLessThan(corpus.events.length);
      await timeline.getByRole('button', { name: 'Reset zoom' }).tap();
      await expect.poll(count).toBe(corpus.events.length);
    } finally {
      await close();
    }
  });

  test('no control is cut off: the time-zone box shows its whole choice', async () => {
    const { page, close } = await openApp(browser, '', PHONE);
    try {
      const fits = await page.getByLabel('Time zone').evaluate((select) => {
        const element = select as HTMLSelectElement;
        const style = getComputedStyle(element);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = element.selectedOptions[0]!.text;
        const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text, width: context.measureText(text).width, room };
      });
      expect(fits.width, `"${fits.text}" in ${fits.room}px`).toBeLessThanOrEqual(fits.room);
    } finally {
      await close();
    }
  });
});
