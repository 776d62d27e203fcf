/**
 * The corpus' corrections (corrections.json as applied by the pipeline), looked up by what they
 * corrected: the views show "Corrected: <note>" beside a value, and links to a merged or removed
 * id learn what became of it.
 */
import type { Corpus, Correction } from '../../corpus/schema.ts';

type Subject = Correction['subject'];

type CorrectionsIndex = {
  /** Corrections of each subject still in the corpus, by "subject:id". */
  current: ReadonlyMap<string, readonly Correction[]>;
  /** The correction that took each id out of the corpus (a removal, "not a person", a merge), by "subject:id". */
  retired: ReadonlyMap<string, Correction>;
};

const indexes = new WeakMap<Corpus, CorrectionsIndex>();

const NONE: readonly Correction[] = [];

function indexCorrections(corpus: Corpus): CorrectionsIndex {
  let index = indexes.get(corpus);
  if (index) return index;
  const current = new Map<string, Correction[]>();
  const retired = new Map<string, Correction>();
  for (const correction of corpus.corrections) {
    const key = `${correction.subject}:${correction.subjectId}`;
    if (correction.action === 'remove' || correction.action === 'not-a-person') retired.set(key, correction);
    else current.set(key, [...(current.get(key) ?? []), correction]);
    for (const id of correction.mergedIds) retired.set(`${correction.subject}:${id}`, correction);
  }
  index = { current, retired };
  indexes.set(corpus, index);
  return index;
}

/** The corrections applied to a person, an article or an event that is in the corpus; [] when none. */
export function correctionsOf(corpus: Corpus, subject: Subject, id: string): readonly Correction[] {
  return indexCorrections(corpus).current.get(`${subject}:${id}`) ?? NONE;
}

/** The correction that took `id` out of the corpus (removed, not a person, merged into another), if one did. */
export function retiringCorrection(corpus: Corpus, subject: Subject, id: string): Correction | undefined {
  return indexCorrections(corpus).retired.get(`${subject}:${id}`);
}

const FIELD_LABEL: Record<string, string> = {
  title: 'title',
  start: 'start',
  end: 'end',
  place: 'place',
  name: 'name',
  role: 'role',
  outlet: 'outlet',
  published: 'date',
};

/**
 * What a correction changed, in words: "title was “…”", "merged from A / B", "added by an editor", "removed".
 * `formatValue` renders a field's extracted value (times in the reader's zone).
 */
export function describeCorrectionChanges(
  correction: Correction,
  formatValue: (field: string, value: string) => string = (_field, value) => value,
): string {
  if (correction.action === 'add') return 'added by an editor';
  if (correction.action === 'merge') return `merged from ${correction.changes[0]?.extracted ?? 'several'}`;
  if (correction.action === 'remove') return 'removed';
  if (correction.action === 'not-a-person') return 'not a person';
  return correction.changes
    .map((change) => {
      const label = FIELD_LABEL[change.field] ?? change.field;
      return change.extracted === null
        ? `${label} was not found`
        : `${label} was “${formatValue(change.field, change.extracted)}”`;
    })
    .join('; ');
}
