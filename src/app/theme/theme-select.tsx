import { useEffect, useId, useState } from 'react';
import { SELECT } from '../ui/button-styles.ts';
import {
  applyThemePreference,
  getLocalStorage,
  parseThemePreference,
  readThemePreference,
  writeThemePreference,
  type ThemePreference,
} from './theme-preference.ts';

/** "Theme": follow the system, or light, or dark; remembered on this device. */
export function ThemeSelect() {
  // "system" on the server and the first render; the stored choice is read after mounting.
  const [preference, setPreference] = useState<ThemePreference>('system');
  const id = useId();

  useEffect(() => setPreference(readThemePreference(getLocalStorage())), []);

  const choose = (next: ThemePreference) => {
    setPreference(next);
    writeThemePreference(getLocalStorage(), next);
    applyThemePreference(document.documentElement, next);
  };

  return (
    <div className="min-w-0 shrink-0">
      <label htmlFor={id} className="block text-sm font-medium text-neutral-800 dark:text-neutral-200">
        Theme
      </label>
      <select
        id={id}
        value={preference}
        onChange={(event) => choose(parseThemePreference(event.target.value))}
        className={`mt-1 ${SELECT}`}
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
