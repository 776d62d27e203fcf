/** The views across the corpus: discrepancies on the timeline, cards and in their list; the coverage table. */
import { describe, expect, test } from 'vitest';
import { chromiumForThisFile, eventControl, loadSeedCorpus, openApp, sourceCards } from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

function outletOf(articleId: string): string {
  const article = corpus.articles.find((item) => item.id === articleId);
  return article?.outlet?.name ?? 'Outlet not stated';
}

describe('discrepancies', () => {
  test('the seeds have at least one discrepancy about an event (else this file tests nothing)', () => {
    expect(corpus.discrepancies.filter((item) => item.eventId).length).toBeGreaterThan(0);
  });

  test('disputed events say "sources differ" in their timeline name; the others do not', async () => {
    const { page, close } = await openApp(browser);
    try {
      const disputed = new Set(corpus.discrepancies.map((item) => item.eventId));
      for (const event of corpus.events) {
        const name = (await eventControl(page, event).first().getAttribute('aria-label')) ?? '';
        expect(name.includes('sources differ'), `${event.title}: ${name}`).toBe(disputed.has(event.id));
      }
    } finally {
      await close();
    }
  });

  test('the Discrepancies list quotes each claim with its outlet, and cards of the articles involved say so', async () => {
    const { page, close } = await openApp(browser);
    try {
      const list = page.getByRole('region', { name: 'Discrepancies', exact: true });
      await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThanOrEqual(corpus.discrepancies.length);
      const text = (await list.textContent()) ?? '';
      for (const discrepancy of corpus.discrepancies) {
        expect(text).toContain(discrepancy.description);
        for (const claim of discrepancy.claims) {
          const article = corpus.articles.find((item) => item.id === claim.articleId)!;
          expect(text).toContain(article.text.slice(claim.start, claim.end));
          expect(text).toContain(outletOf(claim.articleId));
        }
      }
      const involved = new Set(corpus.discrepancies.flatMap((item) => item.claims.map((claim) => claim.articleId)));
      const cards = await sourceCards(page).all();
      expect(cards.length).toBe(corpus.articles.length);
      let marked = 0;
      for (const card of cards) if (((await card.textContent()) ?? '').includes('Sources differ')) marked += 1;
      expect(marked).toBe(involved.size);
    } finally {
      await close();
    }
  });
});

describe('coverage', () => {
  test('a table labelled Coverage: a row per event, a column per article, reported or not in words', async () => {
    const { page, close } = await openApp(browser);
    try {
      const table = page.getByRole('table', { name: 'Coverage' });
      await expect.poll(() => table.getByRole('row').count()).toBe(corpus.events.length + 1);
      expect(await table.getByRole('columnheader').count()).toBe(corpus.articles.length + 2);
      for (const event of corpus.events) {
        const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: event.title }) });
        const cells = await row.getByRole('cell').allTextContents();
        const reported = cells.slice(0, corpus.articles.length).map((cell) => /(?<!Not )Reported/.test(cell));
        const expected = corpus.articles.map((article) =>
          event.sources.some((source) => source.articleId === article.id),
        );
        expect(reported, event.title).toEqual(expected);
      }
    } finally {
      await close();
    }
  });

  test('the row header selects its event', async () => {
    const { page, close } = await openApp(browser);
    try {
      const event = corpus.events[0]!;
      await page
        .getByRole('table', { name: 'Coverage' })
        .getByRole('button', { name: event.title, exact: true })
        .click();
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(event.id);
    } finally {
      await close();
    }
  });
});

describe('reading an article', () => {
  test('the full text opens in a modal dialog with the event, person and quotes marked; Escape returns focus', async () => {
    const event = [...corpus.events].sort((a, b) => b.sources.length - a.sources.length)[0]!;
    const source =
      event.sources.find((item) => corpus.articles.find((a) => a.id === item.articleId)!.quotes.length > 0) ??
      event.sources[0]!;
    const article = corpus.articles.find((item) => item.id === source.articleId)!;
    const person = corpus.people.find((item) => item.mentions.some((mention) => mention.articleId === article.id))!;
    const { page, close } = await openApp(browser, `?event=${event.id}&person=${person.id}`);
    try {
      // Cards reporting the event come first, in corpus order.
      const reportingIds = corpus.articles
        .filter((a) => event.sources.some((s) => s.articleId === a.id))
        .map((a) => a.id);
      const card = sourceCards(page).nth(reportingIds.indexOf(article.id));
      const opener = card.getByRole('button', { name: 'Read full text' });
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.evaluate((element) => (element as HTMLDialogElement).matches(':modal'))).toBe(true);
      const marks = await dialog.locator('mark').allTextContents();
      const marked = marks.join('');
      for (const span of source.spans) {
        const sentence = article.text.slice(span.start, span.end).trim();
        for (const word of sentence.split(/\s+/).slice(0, 3)) expect(marked).toContain(word);
      }
      const mention = person.mentions.find((item) => item.articleId === article.id)!;
      expect(marks).toContain(article.text.slice(mention.start, mention.end));
      const quote = corpus.quotes.find((item) => item.articleId === article.id);
      if (quote) expect(marked).toContain(quote.text.split(/\s+/).slice(0, 4).join(' '));
      expect(await dialog.textContent()).toContain(`sentences reporting ${event.title}`);

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
    } finally {
      await close();
    }
  });

  test('a sentence of another event in the text selects that event', async () => {
    const article = [...corpus.articles].sort((a, b) => b.events.length - a.events.length)[0]!;
    const [first, second] = article.events;
    const other = corpus.events.find((event) => event.id === second)!;
    const { page, close } = await openApp(browser, `?event=${first}`);
    try {
      const reportingIds = corpus.articles.filter((a) => a.events.includes(first!)).map((a) => a.id);
      await sourceCards(page)
        .nth(reportingIds.indexOf(article.id))
        .getByRole('button', { name: 'Read full text' })
        .click();
      const dialog = page.getByRole('dialog');
      const span = other.sources.find((source) => source.articleId === article.id)!.spans[0]!;
      const words = article.text.slice(span.start, span.end).trim().split(/\s+/).slice(0, 4).join(' ');
      await dialog.getByRole('link', { name: words }).first().click();
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(other.id);
      expect(await dialog.textContent()).toContain(`sentences reporting ${other.title}`);
      // The cards reorder under the dialog; it must stay open and modal.
      expect(await dialog.evaluate((element) => (element as HTMLDialogElement).matches(':modal'))).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('who said what', () => {
  test('every quote under its speaker; wordings of one statement side by side with differences marked', async () => {
    const { page, close } = await openApp(browser);
    try {
      const section = page.getByRole('region', { name: 'Who said what' });
      await section.waitFor();
      const text = ((await section.textContent()) ?? '').replace(/\s+/g, ' ');
      const people = new Map(corpus.people.map((person) => [person.id, person.name]));
      const speakers = await section.getByRole('heading', { level: 3 }).allTextContents();
      const quoteText = new Map(corpus.quotes.map((quote) => [quote.id, quote.text]));
      const wordingsOf = new Map(
        corpus.statements.map((statement) => [statement.id, statement.quoteIds.map((id) => quoteText.get(id))]),
      );
      for (const quote of corpus.quotes) {
        const speaker = (quote.speakerId && people.get(quote.speakerId)) || quote.speakerLabel;
        expect(
          speakers.some((heading) => heading.startsWith(speaker)),
          speaker,
        ).toBe(true);
        // Standalone quotes appear verbatim; variants at least keep their shared words.
        if (wordingsOf.get(quote.statementId)!.length === 1)
          expect(text).toContain(quote.text.replace(/\s+/g, ' ').trim());
      }
      const shared = corpus.statements.filter((statement) => statement.quoteIds.length > 1);
      if (shared.length > 0) {
        expect(text).toMatch(/Same statement, \d+ wordings/);
        const differing = shared.some((statement) => new Set(wordingsOf.get(statement.id)).size > 1);
        if (differing) expect(await section.locator('ins, del').count()).toBeGreaterThan(0);
        // Screen readers hear what is marked, not only a tint or a strike.
        expect(await section.locator('ins .sr-only, del .sr-only').count()).toBeGreaterThan(0);
      }
    } finally {
      await close();
    }
  });

  test('keyboard users reach the view from the top of the page in a few Tabs', async () => {
    const { page, close } = await openApp(browser);
    try {
      const jump = page
        .getByRole('navigation', { name: 'Jump to a view' })
        .getByRole('button', { name: 'Jump to Who said what' });
      for (let presses = 0; presses < 6; presses += 1) {
        await page.keyboard.press('Tab');
        if (await jump.evaluate((element) => element === document.activeElement)) break;
      }
      expect(await jump.evaluate((element) => element === document.activeElement)).toBe(true);
      expect((await jump.boundingBox())?.width ?? 0).toBeGreaterThan(40);
      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent]);
      expect(focused).toEqual(['H2', 'Who said what']);
      expect(await page.getByRole('heading', { name: 'Who said what', level: 2 }).isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});
