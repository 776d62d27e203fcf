/** Every keyboard shortcut, as the help dialog lists them; the global ones are also handled here. */
export type Shortcut = { keys: readonly string[]; action: string; where: 'anywhere' | 'timeline' | 'dialogs' };

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['?'], action: 'Show these keyboard shortcuts', where: 'anywhere' },
  { keys: ['/'], action: 'Search the articles', where: 'anywhere' },
  { keys: ['t'], action: 'Go to the timeline', where: 'anywhere' },
  { keys: ['←', '→'], action: 'Move between events', where: 'timeline' },
  { keys: ['Home', 'End'], action: 'First or last event', where: 'timeline' },
  { keys: ['Enter'], action: 'Select the event (again to clear it)', where: 'timeline' },
  { keys: ['Esc'], action: 'Clear the selected event', where: 'timeline' },
  { keys: ['+', '−'], action: 'Zoom in or out', where: 'timeline' },
  { keys: ['0'], action: 'Show the whole day', where: 'timeline' },
  { keys: ['Shift', '←', '→'], action: 'Pan the zoomed timeline', where: 'timeline' },
  { keys: ['Esc'], action: 'Close this dialog', where: 'dialogs' },
];

export type GlobalCommand = 'help' | 'search' | 'timeline';

/** Where typing belongs to the control: no single-key shortcut may steal it. */
function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean; type?: string } | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    (target.type ?? 'text').toLowerCase(),
  );
}

type KeyInput = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null };

/** The page-wide command a key press stands for, or null (typing in a field, modifier held, other keys). */
export function matchGlobalShortcut(input: KeyInput): GlobalCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (isTypingTarget(input.target as Parameters<typeof isTypingTarget>[0])) return null;
  if (input.key === '?') return 'help';
  if (input.key === '/') return 'search';
  if (input.key === 't' || input.key === 'T') return 'timeline';
  return null;
}
