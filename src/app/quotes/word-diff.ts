/**
 * A word-level diff of two wordings of the same statement: the longest common subsequence of
 * their words, so "added" and "removed" mark what one outlet's wording has that the other's
 * lacks. Words compare without case, punctuation or quote style ("India’s," = "indias"), since
 * outlets re-punctuate freely; the text shown keeps each wording's own spelling and spacing. The
 * gap mark between two passages of one article's wording (PASSAGE_GAP) is neither added nor
 * removed: it is where that article's own words came between the quoted ones.
 */

/** Joins the passages of one article's wording. */
export const PASSAGE_GAP = ' … ';

const isGap = (token: Token) => token.text.trim() === PASSAGE_GAP.trim();

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

type Token = { text: string; key: string };

// Above this many cells the table costs more than the answer is worth: mark everything as changed.
const MAX_CELLS = 250_000;

/** Words with their trailing space, each with the key it is compared by. */
export function tokenizeWords(text: string): Token[] {
  return (text.match(/\S+\s*/g) ?? []).map((token) => {
    const key = token.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    return { text: token, key: key || token.trim() };
  });
}

/** Appends a token; each wording's last word gets a space, as the other wording may go on after it. */
function push(parts: DiffPart[], kind: DiffPart['kind'], token: string): void {
  const text = /\s$/.test(token) ? token : `${token} `;
  const last = parts.at(-1);
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** The variant's wording against the reference: same, added (only in variant), removed (only in reference). */
export function diffWords(reference: string, variant: string): DiffPart[] {
  const a = tokenizeWords(reference).filter((token) => !isGap(token));
  const b = tokenizeWords(variant);
  const parts: DiffPart[] = [];
  if (a.length * b.length > MAX_CELLS) {
    if (reference) push(parts, 'removed', reference);
    if (variant) push(parts, 'added', variant);
    return parts;
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..], filled from the end so the walk goes forward.
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] =
        a[i]!.key === b[j]!.key ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j < b.length && isGap(b[j]!)) {
      push(parts, 'same', b[j]!.text);
      j += 1;
    } else if (i < a.length && j < b.length && a[i]!.key === b[j]!.key) {
      push(parts, 'same', b[j]!.text);
      i += 1;
      j += 1;
    } else if (j >= b.length || (i < a.length && lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
      push(parts, 'removed', a[i]!.text);
      i += 1;
    } else {
      push(parts, 'added', b[j]!.text);
      j += 1;
    }
  }
  const last = parts.at(-1);
  if (last) last.text = last.text.trimEnd();
  return parts;
}
