/**
 * Whether two verbs can report the same happening ("declared" / "announced", "hit" / "struck", "beat" / "defeated"),
 * from WordNet (verb-senses.json, written by scripts/dev/build-verb-senses.ts): they can when one of the first senses of
 * one is a first sense of the other, or is what that sense is a kind of ("murder" is a kind of "kill") when that kind
 * has few kinds under it (everything is a kind of "change").
 * Verbs of many uses ("go", "take", "get") are related to nothing: any two would share some sense.
 */
import verbSenses from './verb-senses.json' with { type: 'json' };

const LIGHT_VERBS = new Set('be have do make go come get take give put set keep let bring run turn hold'.split(' '));
const senses = verbSenses.senses as Record<string, number[] | undefined>;
const hypernyms = verbSenses.hypernyms as number[][];
/** A kind with more kinds under it than this ("change", "move", "hit") says too little: verbs under it are not related by it. */
const MAX_KINDS_UNDER = 12;
const kindsUnder = new Map<number, number>();
for (const kinds of hypernyms) for (const kind of kinds) kindsUnder.set(kind, (kindsUnder.get(kind) ?? 0) + 1);
const kindsOf = (sense: number) =>
  (hypernyms[sense] ?? []).filter((kind) => (kindsUnder.get(kind) ?? 0) <= MAX_KINDS_UNDER);

function sensesOf(lemma: string): number[] {
  return LIGHT_VERBS.has(lemma) ? [] : (senses[lemma] ?? []);
}

/** The senses of a verb and the senses they are kinds of: two related verbs share one of these (an index key). */
export function senseKeys(lemma: string): number[] {
  const own = sensesOf(lemma);
  return [...new Set([...own, ...own.flatMap(kindsOf)])];
}

export function verbsRelated(a: string, b: string): boolean {
  if (a === b) return true;
  const ofA = sensesOf(a);
  const ofB = sensesOf(b);
  if (ofA.length === 0 || ofB.length === 0) return false;
  const isKindOf = (sense: number, of: number[]) => kindsOf(sense).some((kind) => of.includes(kind));
  return ofA.some((sense) => ofB.includes(sense) || isKindOf(sense, ofB)) || ofB.some((sense) => isKindOf(sense, ofA));
}
