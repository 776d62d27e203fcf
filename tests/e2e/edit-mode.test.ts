/**
 * Edit mode, driven as an editor would from the keyboard: corrections made through the page show at
 * once, a correction without a note is refused, and the downloaded corrections.json rebuilds the
 * same view from the same articles.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/build/build-app.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { chromiumForThisFile, loadSeedCorpus, openApp, runAxe, timelineRegion } from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

const MEETING = 'meeting-shoigu-singh';
const ARRIVAL = 'arrival-lavrov-shoigu';

/** Focuses a control and presses a key on it: what a keyboard user does. */
async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.press(key);
}

async function openEditor(page: Page): Promise<Locator> {
  await press(page.getByRole('button', { name: 'Edit corrections' }));
  const panel = page.getByRole('region', { name: 'Edit corrections' });
  await panel.waitFor();
  return panel;
}

describe('Edit mode', () => {
  test('is off by default and its code is not loaded until it is turned on', async () => {
    const { page, close } = await openApp(browser);
    try {
      const toggle = page.getByRole('button', { name: 'Edit corrections' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect(await page.getByRole('region', { name: 'Edit corrections' }).count()).toBe(0);
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      expect(scripts.some((name) => /edit-panel/.test(name))).toBe(false);
      await openEditor(page);
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    } finally {
      await close();
    }
  });

  test('corrections made from the keyboard show at once, and the downloaded file rebuilds the same view', async () => {
    const { page, close } = await openApp(browser);
    try {
      const panel = await openEditor(page);
      const status = panel.locator('[aria-live="polite"]');
      const events = panel.getByRole('group', { name: 'Event', exact: true });

      // Retitle and re-time the meeting.
      await events.getByLabel('Event', { exact: true }).selectOption(MEETING);
      await events.getByLabel('Title').fill('Rajnath Singh meets Sergei Shoigu');
      await events.getByLabel('Starts (ISO date-time with offset)').fill('2021-12-06T10:00:00+05:30');
      await press(events.getByRole('button', { name: 'Save event' }));
      expect(await status.textContent()).toBe('Say why in the note first: every correction keeps its reason.');
      await events.getByLabel('Why (note)').fill('as the ministry worded it');
      await press(events.getByRole('button', { name: 'Save event' }));
      await expect.poll(() => status.textContent()).toMatch(/^Applied: corrected/);
      const timeline = timelineRegion(page);
      await timeline
        .getByRole('button', { name: /^Rajnath Singh meets Sergei Shoigu/ })
        .first()
        .waitFor();

      // Remove the arrival, the evening before.
      await events.getByLabel('Event', { exact: true }).selectOption(ARRIVAL);
      await events.getByLabel('Why (note)').fill('the evening before: background');
      await press(events.getByRole('button', { name: 'Remove event' }));
      await expect.poll(() => status.textContent()).toMatch(/^Applied: removed/);

      // Add an event from a sentence of the first article.
      const adding = panel.getByRole('group', { name: 'Add an event' });
      await adding.getByLabel('Title').fill('Delegation-level talks');
      await adding.getByLabel('Starts (ISO date-time with offset)').fill('2021-12-06T17:00:00+05:30');
      await adding.getByLabel('Ends (ISO date-time with offset)').fill('2021-12-06T18:00:00+05:30');
      await adding.getByLabel('Why (note)').fill('reported, not extracted');
      await press(adding.getByRole('button', { name: 'Add event' }));
      await expect.poll(() => status.textContent()).toMatch(/^Applied: added/);

      // An article's outlet.
      const article = panel.getByRole('group', { name: 'Article' });
      const file = corpus.articles[1]!.file;
      await article.getByLabel('Article', { exact: true }).selectOption(file);
      await article.getByLabel('Outlet').fill('Example Wire Desk');
      await article.getByLabel('Why (note)').fill('the credit line');
      await press(article.getByRole('button', { name: 'Set outlet and date' }));
      await expect.poll(() => status.textContent()).toMatch(/^Applied: corrected/);

      const list = page.getByRole('region', { name: 'Corrections' });
      expect(await list.getByRole('listitem').count()).toBe(4);
      expect(await page.getByRole('article', { name: 'Example Wire Desk' }).count()).toBe(1);
      expect(await runAxe(page)).toBe('');

      const shownTitles = (await timeline
        .locator('[data-timeline-event]')
        .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-timeline-event')))) as string[];
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        press(panel.getByRole('button', { name: 'Download corrections.json' })),
      ]);
      expect(download.suggestedFilename()).toBe('corrections.json');
      const written = await readFile(await download.path(), 'utf8');
      const rebuilt = buildCorpus({
        ...readArticleFolder(resolve(PROJECT_ROOT, 'seeds')),
        correctionsJson: written,
      });
      expect(rebuilt.warnings.filter((warning) => warning.file === 'corrections.json')).toEqual([]);
      expect(rebuilt.corrections).toHaveLength(4);
      expect(new Set(rebuilt.events.map((event) => event.id))).toEqual(new Set(shownTitles));
      expect(rebuilt.events.find((event) => event.id === MEETING)).toMatchObject({
        title: 'Rajnath Singh meets Sergei Shoigu',
        start: '2021-12-06T10:00:00+05:30',
      });
      expect(rebuilt.articles[1]!.outlet?.name).toBe('Example Wire Desk');
    } finally {
      await close();
    }
  });
});
