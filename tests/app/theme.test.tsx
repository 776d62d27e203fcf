import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import {
  applyThemePreference,
  parseThemePreference,
  readThemePreference,
  THEME_STORAGE_KEY,
  writeThemePreference,
} from '../../src/app/theme/theme-preference.ts';
import { renderExplorer } from './render-explorer.tsx';

afterEach(() => {
  cleanup();
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

const refusing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('theme preference', () => {
  test.each<[unknown, string]>([
    ['dark', 'dark'],
    ['light', 'light'],
    ['system', 'system'],
    ['DARK', 'system'],
    ['<script>', 'system'],
    [null, 'system'],
  ])('parses %o as %s', (value, expected) => {
    expect(parseThemePreference(value)).toBe(expected);
  });

  test('a storage that refuses access leaves the system theme and does not throw', () => {
    expect(readThemePreference(refusing)).toBe('system');
    expect(() => writeThemePreference(refusing, 'dark')).not.toThrow();
    expect(readThemePreference(null)).toBe('system');
  });

  test('applies as data-theme on the root, and "system" removes it', () => {
    const root = { dataset: {} as DOMStringMap };
    applyThemePreference(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    applyThemePreference(root, 'system');
    expect(root.dataset.theme).toBeUndefined();
  });
});

describe('the "Theme" control', () => {
  test('remembers the choice and applies it to the page', async () => {
    const { user } = renderExplorer();
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect((select as HTMLSelectElement).value).toBe('system');
    await user.selectOptions(select, 'Dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.selectOptions(select, 'System');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  test('shows the remembered choice after mounting', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    renderExplorer();
    expect((screen.getByRole('combobox', { name: 'Theme' }) as HTMLSelectElement).value).toBe('light');
  });
});
