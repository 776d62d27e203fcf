/**
 * The views whose code loads after the page's first script: when a chunk cannot be fetched (offline,
 * a deploy that replaced it) the region says so, the rest of the page keeps working, and its
 * "Try again" fetches the chunk afresh once the network is back, with no page reload.
 */
import { expect, test } from 'vitest';
import { inject } from 'vitest';
import { chromiumForThisFile, eventControl, gotoApp, loadSeedCorpus, sourceCards } from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

test('an event detail whose chunk failed to load comes back with Try again', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  try {
    let offline = true;
    await context.route(/\/assets\/event-detail-[^/]*\.js$/, (route) =>
      offline ? route.abort('internetdisconnected') : route.continue(),
    );
    const page = await context.newPage();
    await gotoApp(page, '', inject('baseUrl'));
    const event = corpus.events[0]!;
    await eventControl(page, event).first().click();
    const alert = page.getByRole('alert').filter({ hasText: 'The event detail could not be shown.' });
    await alert.waitFor();
    // The rest of the page still works: the cards are there.
    expect(await sourceCards(page).count()).toBeGreaterThan(0);
    offline = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 2, name: event.title }).waitFor();
    expect(await alert.count()).toBe(0);
  } finally {
    await context.close();
  }
});
