/** Export: the downloads hold what is on screen (the filtered articles and the events they report). */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsv } from '../app/read-csv.ts';
import { chromiumForThisFile, loadSeedCorpus, openApp, sourceCards } from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(page: Page, name: string): Promise<{ fileName: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

const person = corpus.people.find((candidate) => /Bagchi/.test(candidate.name))!;
const articles = corpus.articles.filter((article) => article.people.includes(person.id));
const articleIds = new Set(articles.map((article) => article.id));
const events = corpus.events.filter((event) => event.sources.some((source) => articleIds.has(source.articleId)));
const toIcsUtc = (iso: string) =>
  new Date(Date.parse(iso))
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

describe('export', () => {
  test('the filtered view downloads as CSV, JSON and .ics with the same articles and events', async () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.length).toBeLessThan(corpus.articles.length);
    const { page, close } = await openApp(browser, `?person=${encodeURIComponent(person.id)}`);
    try {
      await expect.poll(() => sourceCards(page).count()).toBe(articles.length);

      const csv = await download(page, 'Export CSV');
      expect(csv.fileName).toBe(`timeline-${corpus.day.date.slice(0, 10)}.csv`);
      const lines = csv.text.trimEnd().split('\r\n');
      expect(lines[0]).toMatch(/^event_id,event_title,/);
      expect(lines.length).toBeGreaterThan(1);
      // Rows are the shown articles'; evidence cells may still quote a hidden article (both sides of a discrepancy).
      const [header, ...rows] = parseCsv(csv.text);
      const files = new Set(rows.map((row) => row[header!.indexOf('file')]));
      for (const article of corpus.articles) {
        expect(files.has(article.file), `CSV row for ${article.file}`).toBe(articleIds.has(article.id));
      }
      for (const event of events) expect(csv.text).toContain(event.id);
      expect(lines[1]).toContain(`On screen: ${events.length} of ${corpus.events.length} events`);
      expect(lines[1]).toContain(`person ${person.name}`);

      const json = JSON.parse((await download(page, 'Export JSON')).text);
      expect(json.view.personIds).toEqual([person.id]);
      expect(json.articles.map((article: { id: string }) => article.id).sort()).toEqual([...articleIds].sort());
      expect(json.events.map((event: { id: string }) => event.id).sort()).toEqual(
        events.map((event) => event.id).sort(),
      );

      const ics = await download(page, 'Export ICS');
      expect(ics.fileName.endsWith('.ics')).toBe(true);
      const unfolded = ics.text.replace(/\r\n /g, '');
      expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);
      for (const event of events) {
        const block = unfolded.slice(unfolded.indexOf(`UID:${event.id}@`));
        expect(block).toContain(`DTSTART:${toIcsUtc(event.start)}\r\n`);
        expect(block).toContain(`DTEND:${toIcsUtc(event.end)}\r\n`);
      }
    } finally {
      await close();
    }
  });

  test('"Everything" exports every event and article whatever the filters, and the file says so', async () => {
    const { page, close } = await openApp(browser, `?person=${encodeURIComponent(person.id)}`);
    try {
      await expect.poll(() => sourceCards(page).count()).toBe(articles.length);
      await page.getByRole('combobox', { name: 'What to export' }).selectOption({
        label: `Everything: ${corpus.events.length} events, ${corpus.articles.length} articles`,
      });
      const csv = await download(page, 'Export CSV');
      expect(csv.fileName).toBe(`timeline-${corpus.day.date.slice(0, 10)}-everything.csv`);
      for (const article of corpus.articles) expect(csv.text, `CSV row for ${article.file}`).toContain(article.file);
      for (const event of corpus.events) expect(csv.text).toContain(event.id);
      expect(csv.text).toContain(
        `Everything: all ${corpus.events.length} events, all ${corpus.articles.length} articles`,
      );
      const json = JSON.parse((await download(page, 'Export JSON')).text);
      expect(json.view.scope).toBe('everything');
      expect(json.view.personIds).toEqual([]);
      expect(json.events).toHaveLength(corpus.events.length);
    } finally {
      await close();
    }
  });
});
