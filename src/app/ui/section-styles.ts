/** The frame every top-level view shares: a white card on the page's grey. */
export const SECTION_FRAME =
  'rounded-xl border border-neutral-200 bg-white p-4 shadow-sm sm:p-5 dark:border-neutral-800 dark:bg-neutral-900';
