/** Each event's static page (link previews) and the Share button that hands it out. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { TimelineEvent } from '../../src/corpus/schema.ts';
import {
  appUrl,
  chromiumForThisFile,
  currentParams,
  detailRegion,
  eventControl,
  loadSeedCorpus,
  openApp,
} from './support.ts';

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

test("opening an event page shows the app with that event selected, at the app's own address", async () => {
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

/** Selects `event` on the timeline and waits for the address bar to follow. */
async function selectOnTimeline(page: Page, event: TimelineEvent): Promise<void> {
  await eventControl(page, event).first().click();
  await detailRegion(page, event).waitFor();
  await expect.poll(() => currentParams(page).get('event')).toBe(event.id);
}

describe('an event page without its final slash', () => {
  const [first, second] = [corpus.events[0]!, corpus.events[corpus.events.length - 1]!];

  test('the static server redirects it, keeping the query, and the app opens that event', async () => {
    const { page, close } = await openApp(browser);
    try {
      const reply = await page.request.get(appUrl(`events/${first.id}?person=x`), { maxRedirects: 0 });
      expect([301, 308]).toContain(reply.status());
      expect(reply.headers().location).toBe(`/events/${first.id}/?person=x`);
    } finally {
      await close();
    }
    const opened = await openApp(browser, `events/${first.id}`);
    try {
      await detailRegion(opened.page, first).waitFor();
      expect(new URL(opened.page.url()).pathname).toBe('/');
      expect(currentParams(opened.page).get('event')).toBe(first.id);
      await selectOnTimeline(opened.page, second);
      const url = new URL(opened.page.url());
      expect(`${url.pathname}${url.search}`).toBe(`/?event=${encodeURIComponent(second.id)}`);
    } finally {
      await opened.close();
    }
  });

  test('served as is (a host that adds no slash), the app still opens that event and links from its own base', async () => {
    const { page, context, close } = await openApp(browser);
    try {
      const html = await (await page.request.get(appUrl(`events/${first.id}/index.html`))).text();
      // What a host without the redirect does: the event's page at the slash-less address.
      await context.route(appUrl(`events/${first.id}`), (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
      await page.goto(appUrl(`events/${first.id}`));
      await page.locator('#root[data-interactive]').waitFor({ state: 'attached' });
      await detailRegion(page, first).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(currentParams(page).get('event')).toBe(first.id);
      await selectOnTimeline(page, second);
      const url = new URL(page.url());
      expect(`${url.pathname}${url.search}`).toBe(`/?event=${encodeURIComponent(second.id)}`);
    } finally {
      await close();
    }
  });
});

describe('?event= on an event page', () => {
  const [own, other] = [corpus.events[0]!, corpus.events[corpus.events.length - 1]!];

  test("that disagrees: the page's own event is shown, with a polite notice naming both", async () => {
    const { page, close } = await openApp(browser, `events/${own.id}/?event=${other.id}`);
    try {
      await detailRegion(page, own).waitFor();
      const notice = page.getByRole('status').filter({ hasText: "ignored the link's other event" });
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain(
        `Showing this page's event "${own.title.length > 120 ? own.title.slice(0, 120) : own.title}`,
      );
      expect(text).toContain(`"${other.id.length > 40 ? other.id.slice(0, 40) : other.id}`);
      expect(await detailRegion(page, other).count()).toBe(0);
      expect(currentParams(page).get('event')).toBe(own.id);
    } finally {
      await close();
    }
  });

  test('that agrees: no notice', async () => {
    const { page, close } = await openApp(browser, `events/${own.id}/?event=${own.id}`);
    try {
      await detailRegion(page, own).waitFor();
      expect(await page.getByRole('status').getByRole('listitem').count()).toBe(0);
    } finally {
      await close();
    }
  });
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
        Object.defineProperty(navigator, 'share', {
          configurable: true,
          value: async (data: ShareData) => void calls.push(data),
        });
      });
      await detailRegion(page, event).getByRole('button', { name: 'Share' }).click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls))
        .toEqual([{ url: appUrl(`events/${event.id}/`), title: event.title }]);
      expect(await page.getByText('Link copied').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
