import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { matchGlobalShortcut, SHORTCUTS } from '../../src/app/shortcuts/shortcut-list.ts';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

const key = (
  k: string,
  target: object | null = null,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) =>
  matchGlobalShortcut({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
    target: target as EventTarget | null,
  });

describe('matchGlobalShortcut', () => {
  test.each<[string, object | null, string | null]>([
    ['?', null, 'help'],
    ['/', { tagName: 'BUTTON' }, 'search'],
    ['t', { tagName: 'BODY' }, 'timeline'],
    ['T', null, 'timeline'],
    ['t', { tagName: 'INPUT', type: 'checkbox' }, 'timeline'],
    ['?', { tagName: 'INPUT', type: 'search' }, null],
    ['/', { tagName: 'INPUT' }, null],
    ['t', { tagName: 'SELECT' }, null],
    ['t', { tagName: 'DIV', isContentEditable: true }, null],
    ['x', null, null],
  ])('%s on %o gives %s', (k, target, expected) => {
    expect(key(k, target)).toBe(expected);
  });

  test('a held modifier leaves the key to the browser', () => {
    expect(key('/', null, { ctrlKey: true })).toBeNull();
    expect(key('t', null, { metaKey: true })).toBeNull();
  });
});

describe('the keyboard shortcuts dialog', () => {
  test('"?" opens a dialog named "Keyboard shortcuts" listing every shortcut; Close returns focus', async () => {
    const { user } = renderExplorer();
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    button.focus();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, { timeout: 10_000 });
    for (const shortcut of SHORTCUTS) expect(within(dialog).getByText(shortcut.action)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  test('"/" focuses the search box, and typing there does not open the dialog', async () => {
    const { user } = renderExplorer();
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search articles' });
    expect(document.activeElement).toBe(search);
    await user.keyboard('what?');
    expect((search as HTMLInputElement).value).toBe('what?');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
