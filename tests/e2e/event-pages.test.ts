/** Each event's static page (link previews) and the Share button that hands it out. */
import { describe, expect, test } from 'vitest';
import { appUrl, chromiumForThisFile, detailRegion, loadSeedCorpus, openApp } from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

describe.each(corpus.events.map((event) => ({ event, title: event.title })))('the page of $title', ({ event }) => {
  test('has the event in its Open Graph and Twitter meta, an image that loads, and no inline script', async () => {
    const { page, close } = await openApp(browser);
    try {
      const response = await page.request.get(appUrl(`events/${event.id}/index.html`));
      expect(response.status()).toBe(200);
      const html = await response.text();
      await page.setContent(html);
      const meta = (key: string) =>
        page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
      expect(await meta('og:title')).toBe(event.title);
      const description = (await meta('og:description')) ?? '';
      const people = new Map(corpus.people.map((person) => [person.id, person.name]));
      for (const id of event.participants) expect(description).toContain(people.get(id));
      if (event.place) expect(description).toContain(event.place);
      expect(description).toMatch(/\d\d:\d\d–(?:\p{L}{3} )?\d\d:\d\d/u);
      expect(description).toContain(`reported by ${new Set(event.sources.map((s) => s.articleId)).size} article`);
      expect(await meta('og:url')).toMatch(new RegExp(`/events/${event.id}/$`));
      expect(await meta('twitter:card')).toBe('summary_large_image');
      const image = await page.request.get(new URL((await meta('og:image')) ?? '', appUrl()).href);
      expect(image.status()).toBe(200);
      expect(image.headers()['content-type']).toMatch(/^image\/png/);
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toMatch(/\ssrc="\/assets\//);
      expect(html).not.toMatch(/http-equiv="refresh"/i);
    } finally {
      await close();
    }
  });
});

test('opening an event page shows the app with that event selected, at the app\'s own address', async () => {
  const event = corpus.events[corpus.events.length - 1]!;
  const { page, close } = await openApp(browser, `events/${event.id}/`);
  try {
    await detailRegion(page, event).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).searchParams.get('event')).toBe(event.id);
    // The event's title is for link previews; the running app keeps the site's own title.
    expect(await page.title()).toBe('News timeline explorer');
  } finally {
    await close();
  }
});

describe('Share', () => {
  test('without a share sheet it copies the event page link and says "Link copied"', async () => {
    const event = corpus.events[0]!;
    const { page, context, close } = await openApp(browser, `?event=${event.id}`);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl()).origin });
      expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
      await detailRegion(page, event).getByRole('button', { name: 'Share' }).click();
      await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(appUrl(`events/${event.id}/`));
    } finally {
      await close();
    }
  });

  test('with a share sheet it offers the event page with its title', async () => {
    const event = corpus.events[1]!;
    const { page, close } = await openApp(browser, `?event=${event.id}`);
    try {
      await page.evaluate(() => {
        const calls: ShareData[] = [];
        Object.assign(window, { shareCalls: calls });
        Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void calls.push(data) });
      });
      await detailRegion(page, event).getByRole('button', { name: 'Share' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls)).toEqual([
        { url: appUrl(`events/${event.id}/`), title: event.title },
      ]);
      expect(await page.getByText('Link copied').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
