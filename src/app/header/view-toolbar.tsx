import { SearchBox } from '../search/search-box.tsx';
import { TimeZoneSelect } from './time-zone-select.tsx';
import { KeyboardHelp } from '../shortcuts/keyboard-help.tsx';
import { ThemeSelect } from '../theme/theme-select.tsx';
import { EditModeButton } from '../edit/edit-mode.tsx';

/** Search and the view settings, under the day's title. */
export function ViewToolbar() {
  return (
    <div className="mt-4 flex flex-col gap-x-4 gap-y-2 sm:flex-row sm:flex-wrap sm:items-start print:hidden">
      <SearchBox />
      <div className="grid grid-cols-2 items-end gap-x-3 gap-y-2 sm:flex sm:flex-wrap sm:gap-x-4">
        <TimeZoneSelect />
        <ThemeSelect />
      </div>
      <div className="flex flex-wrap items-end gap-2 sm:ml-auto sm:self-start sm:pt-6">
        <EditModeButton />
        {/* Phones rarely have a keyboard; the "?" key still opens the list there. */}
        <span className="hidden sm:inline-flex">
          <KeyboardHelp />
        </span>
      </div>
    </div>
  );
}
