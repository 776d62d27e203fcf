import { validateCorpus, type Corpus } from '../corpus/schema.ts';
import { isValidTimeZone } from '../corpus/zoned-time.ts';

export type PreparedCorpus = { ok: true; corpus: Corpus; notices: string[] } | { ok: false; problems: string[] };

/**
 * Validates the bundled corpus. A zone name Intl does not know would throw on every formatted
 * time, so it degrades to UTC with a notice instead of failing the whole page.
 */
export function prepareCorpus(raw: unknown): PreparedCorpus {
  const validation = validateCorpus(raw);
  if (!validation.ok) return { ok: false, problems: validation.problems };
  const { corpus } = validation;
  if (isValidTimeZone(corpus.day.timeZone)) return { ok: true, corpus, notices: [] };
  return {
    ok: true,
    corpus: { ...corpus, day: { ...corpus.day, timeZone: 'UTC' } },
    notices: [`The corpus names an unknown time zone "${corpus.day.timeZone}"; times are shown in UTC.`],
  };
}
