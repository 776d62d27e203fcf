/**
 * The colour theme: follow the system (prefers-color-scheme) or force light or dark. The choice
 * is remembered in localStorage and applied as data-theme on <html>, which the CSS `dark`
 * variant reads; no inline script is involved (the page's CSP allows only its own scripts).
 */
export type ThemePreference = 'system' | 'light' | 'dark';

export const THEME_STORAGE_KEY = 'news-timeline-explorer:theme';

const PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** Reads a stored value; anything unknown (or tampered with) means "system". */
export function parseThemePreference(value: unknown): ThemePreference {
  return PREFERENCES.find((preference) => preference === value) ?? 'system';
}

/** The stored preference; storage may be missing or refuse access (private modes, sandboxed frames). */
export function readThemePreference(storage: Pick<Storage, 'getItem'> | null | undefined): ThemePreference {
  try {
    return parseThemePreference(storage?.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

/** Remembers the preference ("system" clears it); a refusing storage only loses the memory. */
export function writeThemePreference(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null | undefined,
  preference: ThemePreference,
): void {
  try {
    if (preference === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Nothing to do: the theme still applies for this visit.
  }
}

/** Sets or clears data-theme on the root element. */
export function applyThemePreference(root: Pick<HTMLElement, 'dataset'>, preference: ThemePreference): void {
  if (preference === 'system') delete root.dataset.theme;
  else root.dataset.theme = preference;
}

/** localStorage, or null where reading the property itself throws. */
export function getLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
