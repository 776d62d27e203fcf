/** axe-core finds no violations in the states the accessibility contract names, in light and dark. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  allEventControls,
  chromiumForThisFile,
  filterGroup,
  loadSeedCorpus,
  openApp,
  runAxe,
  sourceCards,
} from './support.ts';

const corpus = loadSeedCorpus();
const browser = await chromiumForThisFile();

/** Selects the first event from the keyboard, as the detail region's state. */
async function selectFirstEvent(page: Page): Promise<void> {
  await allEventControls(page, corpus).first().focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/[?&]event=/);
}

const STATES: { name: string; apply: (page: Page) => Promise<void> }[] = [
  { name: 'the initial page', apply: async () => {} },
  {
    name: 'person and outlet filters applied',
    apply: async (page) => {
      await filterGroup(page, 'Person')
        .getByRole('checkbox', { name: /Shoigu/ })
        .check();
      await filterGroup(page, 'Outlet')
        .getByRole('checkbox', { name: /^(ANI|Asian News International)\b/ })
        .check();
    },
  },
  { name: 'an event selected', apply: selectFirstEvent },
  {
    name: 'a search with highlighted hits',
    apply: async (page) => {
      await page.getByRole('searchbox', { name: 'Search articles' }).fill('Lavrov');
      await page.locator('mark').first().waitFor();
    },
  },
  {
    name: 'the keyboard shortcuts dialog open',
    apply: async (page) => {
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).focus();
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    },
  },
  {
    name: 'an article open in the reader, with an event and a person selected',
    apply: async (page) => {
      await selectFirstEvent(page);
      await filterGroup(page, 'Person')
        .getByRole('checkbox', { name: /Shoigu/ })
        .check();
      await sourceCards(page).first().getByRole('button', { name: 'Read full text' }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
];

describe.each(['light', 'dark'] as const)('axe-core, %s colour scheme', (colorScheme) => {
  test.each(STATES)('no violations with $name', async ({ apply }) => {
    const { page, close } = await openApp(browser, '', { colorScheme });
    try {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await apply(page);
      const violations = await runAxe(page);
      expect(violations, `axe-core violations (${colorScheme}):\n${violations}`).toBe('');
    } finally {
      await close();
    }
  });
});

test('no violations on a phone-width screen, dark, with an event selected', async () => {
  const { page, close } = await openApp(browser, '', { colorScheme: 'dark', viewport: { width: 360, height: 780 } });
  try {
    await selectFirstEvent(page);
    const violations = await runAxe(page);
    expect(violations, `axe-core violations (phone, dark):\n${violations}`).toBe('');
  } finally {
    await close();
  }
});

test('no violations on a phone-width screen, light, with a search', async () => {
  const { page, close } = await openApp(browser, '?q=Lavrov', {
    colorScheme: 'light',
    viewport: { width: 360, height: 780 },
  });
  try {
    const violations = await runAxe(page);
    expect(violations, `axe-core violations (phone, light):\n${violations}`).toBe('');
  } finally {
    await close();
  }
});

test.each(['dark', 'light'] as const)('no violations with the %s theme picked against the system', async (theme) => {
  const { page, close } = await openApp(browser, '', { colorScheme: theme === 'dark' ? 'light' : 'dark' });
  try {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    await selectFirstEvent(page);
    const violations = await runAxe(page);
    expect(violations, `axe-core violations (${theme} theme):\n${violations}`).toBe('');
  } finally {
    await close();
  }
});
