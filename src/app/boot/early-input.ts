/**
 * Input a reader gives the prerendered page before the app has taken it over. The HTML looks ready
 * at once, but until React hydrates it a click on a filter only toggles a native checkbox that
 * hydration then resets, and a search typed meanwhile stays in the box while nothing is searched.
 * So the boot script holds that input (clicks on the explorer's controls, their native effect
 * stopped; what was typed or picked in fields), and the app replays it once it has hydrated, in
 * order, as if it had come then. Links keep working natively throughout.
 */

type HeldInput =
  | { kind: 'click'; control: HTMLElement }
  | { kind: 'value'; field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement; value: string };

// The explorer's own controls; a <details> summary (the footer's) works natively and is left alone.
const CLICKABLE = 'button, input[type="checkbox"], input[type="radio"], [role="button"]';
const FIELDS = 'input:not([type="checkbox"]):not([type="radio"]), textarea, select';

let stopHolding: (() => HeldInput[]) | null = null;

/** The control a click acts on: the clicked one, or the one a clicked label is for; null for links and the rest. */
function controlFor(target: EventTarget | null, root: Element): HTMLElement | null {
  if (!(target instanceof Element) || !root.contains(target)) return null;
  if (target.closest('a[href]')) return null;
  const label = target.closest('label');
  const control = label?.control ?? target.closest<HTMLElement>(CLICKABLE);
  return control && control.matches(CLICKABLE) && !(control as HTMLButtonElement).disabled ? control : null;
}

/** Starts holding input given inside `root` (the boot script, before the app's code loads). */
export function holdEarlyInput(root: Element): void {
  if (stopHolding) return;
  const held: HeldInput[] = [];
  const onClick = (event: MouseEvent) => {
    const control = controlFor(event.target, root);
    if (!control) return;
    // No native toggle now, and nothing for a half-attached app to act on: the replayed click will
    // make the change, with the app's state behind it.
    event.preventDefault();
    event.stopPropagation();
    held.push({ kind: 'click', control });
  };
  const onValue = (event: Event) => {
    const field = event.target;
    if (!(
      field instanceof HTMLInputElement ||
      field instanceof HTMLTextAreaElement ||
      field instanceof HTMLSelectElement
    ))
      return;
    if (!root.contains(field) || !field.matches(FIELDS)) return;
    event.stopPropagation();
    const last = held.at(-1);
    if (last?.kind === 'value' && last.field === field) last.value = field.value;
    else held.push({ kind: 'value', field, value: field.value });
  };
  // A field's form would submit natively (a page load that drops the app): the app handles Enter.
  const onSubmit = (event: SubmitEvent) => {
    if (event.target instanceof Element && root.contains(event.target)) event.preventDefault();
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('input', onValue, true);
  document.addEventListener('change', onValue, true);
  document.addEventListener('submit', onSubmit, true);
  stopHolding = () => {
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('input', onValue, true);
    document.removeEventListener('change', onValue, true);
    document.removeEventListener('submit', onSubmit, true);
    return held;
  };
}

/** Sets a field's value so that React sees a change (its value tracker must not already hold the new value), and tells it. */
function enterValue(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const prototype = Object.getPrototypeOf(field) as object;
  const setNative = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  // Through the element's own setter first (React's tracker, if any, records it), then the native one.
  field.value = value === '' ? ' ' : '';
  if (setNative) setNative.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Stops holding input and drops what was held: the app will not start (its code or its corpus failed). */
export function releaseEarlyInput(): void {
  stopHolding?.();
  stopHolding = null;
}

/** Stops holding input and replays what was held, in order (the app, once hydrated). Returns how many inputs were replayed. */
export function replayEarlyInput(): number {
  const held = stopHolding?.() ?? [];
  stopHolding = null;
  for (const input of held) {
    if (input.kind === 'click') {
      if (input.control.isConnected) input.control.click();
    } else if (input.field.isConnected) {
      enterValue(input.field, input.value);
    }
  }
  return held.length;
}
