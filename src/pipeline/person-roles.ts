/** The roles and titles copy writes before a person's name ("Prime Minister", "Dr"), and the one a person is given. */
import { HONORIFICS, ROLE_ABBREVIATIONS, ROLE_HEADS } from './gazetteer.ts';

/** Every role and role abbreviation, longest first, as a regular expression alternation. */
export const ROLE_ALTERNATION = [...ROLE_HEADS, ...Object.keys(ROLE_ABBREVIATIONS)]
  .sort((a, b) => b.length - a.length)
  .join('|');
/** The honorifics ("Dr", "Mrs") as a regular expression alternation. */
export const HONORIFIC_ALTERNATION = HONORIFICS.join('|');
const ROLE_BEFORE_NAME = new RegExp(
  `((?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${ROLE_ALTERNATION}))\\s+(?:(?:${HONORIFIC_ALTERNATION})\\.?\\s+)?$`,
  'u',
);

/** The role written just before a name ("Finance Minister" in "… Finance Minister Lena Ortiz"), abbreviations spelt out; null if none. */
export function findRoleBefore(before: string): string | null {
  const match = ROLE_BEFORE_NAME.exec(before);
  if (!match?.[1]) return null;
  const words = match[1].trim().split(/\s+/);
  // Drop sentence-initial words that are capitalised only because they start the sentence.
  while (words.length > 1 && /^(The|At|In|During|On|And|As|With|By|Union|His|Her)$/.test(words[0]!)) words.shift();
  const role = words.join(' ');
  return ROLE_ABBREVIATIONS[role] ?? role;
}

/** The role written most often before a person's name (of equal counts, the longer, then the first alphabetically); null if none. */
export function chooseRole(counts: Map<string, number>): string | null {
  const ranked = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]),
  );
  return ranked[0]?.[0] ?? null;
}
