/** Shared class lists so every control has the same shape and the same visible focus ring. */
export const FOCUS_RING =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400';

export const SECONDARY_BUTTON = `inline-flex items-center justify-center gap-1.5 rounded-md border border-neutral-300 bg-white px-3 py-1.5 text-sm font-medium text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800 aria-disabled:cursor-not-allowed aria-disabled:text-neutral-500 aria-disabled:hover:bg-white dark:aria-disabled:text-neutral-400 dark:aria-disabled:hover:bg-neutral-900 ${FOCUS_RING}`;

export const LINK_BUTTON = `rounded text-left font-medium text-blue-700 underline decoration-blue-700/30 underline-offset-2 hover:decoration-blue-700 dark:text-blue-400 dark:decoration-blue-400/40 dark:hover:decoration-blue-400 ${FOCUS_RING}`;

const SELECT_BOX = `rounded-md border border-neutral-400 bg-white py-1.5 pl-2.5 pr-8 text-sm text-neutral-900 dark:border-neutral-600 dark:bg-neutral-950 dark:text-neutral-100 ${FOCUS_RING}`;

/** A select as wide as its column (forms, the header's controls). */
export const SELECT = `block w-full ${SELECT_BOX}`;

/** A select as wide as its longest option, in a row of other controls. */
export const INLINE_SELECT = `max-w-full ${SELECT_BOX}`;

export const TEXT_INPUT = `block w-full rounded-md border border-neutral-400 bg-white px-3 py-1.5 text-sm text-neutral-900 placeholder:text-neutral-500 dark:border-neutral-600 dark:bg-neutral-950 dark:text-neutral-100 dark:placeholder:text-neutral-400 ${FOCUS_RING}`;

/** A form control's label, above it. */
export const FIELD_LABEL = 'block text-sm font-medium text-neutral-800 dark:text-neutral-200';
