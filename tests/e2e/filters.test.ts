/** Filtering the source cards by person and by outlet, and the URL that records it. */
import { describe, expect, test } from 'vitest';
import { chromiumForThisFile, filterGroup, loadSeedCorpus, openApp, paramIds, sourceCards } from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

/** Articles that mention a person, by the corpus. */
function articlesMentioning(personId: string): string[] {
  return corpus.articles.filter((article) => article.people.includes(personId)).map((article) => article.id);
}

describe('filters', () => {
  // Shoigu is named in every seed article, so he also checks that a filter keeping everything
  // still records itself; Lavrov and Bagchi are named in fewer, so the cards must shrink.
  test.each([{ pattern: /Shoigu/ }, { pattern: /Lavrov/ }, { pattern: /Bagchi/ }])(
    'checking $pattern in the "Person" group keeps the cards that mention him and records person= in the URL',
    async ({ pattern }) => {
      const person = corpus.people.find((candidate) => pattern.test(candidate.name));
      expect(person, `a person matching ${pattern} among ${corpus.people.map((p) => p.name).join(', ')}`).toBeDefined();
      const expected = articlesMentioning(person!.id);
      expect(expected.length).toBeGreaterThan(0);

      const { page, close } = await openApp(browser);
      try {
        const checkbox = filterGroup(page, 'Person').getByRole('checkbox', { name: pattern });
        await checkbox.check();
        await expect.poll(() => sourceCards(page).count()).toBe(expected.length);
        await expect.poll(() => paramIds(page, 'person')).toEqual([person!.id]);

        await checkbox.uncheck();
        await expect.poll(() => sourceCards(page).count()).toBe(corpus.articles.length);
        expect(paramIds(page, 'person')).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  test('a person named in fewer articles than the corpus holds shrinks the cards', () => {
    const bagchi = corpus.people.find((candidate) => /Bagchi/.test(candidate.name));
    expect(articlesMentioning(bagchi!.id).length).toBeLessThan(corpus.articles.length);
  });

  test('lists the people the articles name, under their canonical names', async () => {
    const { page, close } = await openApp(browser);
    try {
      const names = (await filterGroup(page, 'Person').getByRole('checkbox').all()).length;
      expect(names).toBe(corpus.people.length);
      const text = (await filterGroup(page, 'Person').textContent()) ?? '';
      for (const pattern of [
        /Rajnath Singh/,
        /Serge[iy] Shoigu/,
        /Serge[iy] Lavrov/,
        /Jaishankar/,
        /Vladimir Putin/,
        /Narendra Modi/,
        /Arindam Bagchi/,
      ]) {
        expect(text).toMatch(pattern);
      }
    } finally {
      await close();
    }
  });

  test.each([
    { label: 'the wire ANI', pattern: /^(ANI|Asian News International)\b/ },
    { label: 'the publisher Jagran', pattern: /Jagran/ },
  ])('checking $label in the "Outlet" group keeps its cards and records outlet= in the URL', async ({ pattern }) => {
    const outlet = corpus.outlets.find((candidate) => pattern.test(candidate.name));
    expect(outlet, `an outlet matching ${pattern} among ${corpus.outlets.map((o) => o.name).join(', ')}`).toBeDefined();
    // An outlet filter keeps the articles it published and those whose copy it is credited with (wires).
    const expected = corpus.articles.filter(
      (article) => article.outlet?.id === outlet!.id || article.wires.some((wire) => wire.id === outlet!.id),
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(corpus.articles.length);

    const { page, close } = await openApp(browser);
    try {
      await filterGroup(page, 'Outlet').getByRole('checkbox', { name: pattern }).check();
      await expect.poll(() => sourceCards(page).count()).toBe(expected);
      await expect.poll(() => paramIds(page, 'outlet')).toEqual([outlet!.id]);
    } finally {
      await close();
    }
  });
});
