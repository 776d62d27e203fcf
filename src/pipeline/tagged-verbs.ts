/** The verbs the tagger (compromise) finds in a sentence, located in its text, and the verbs it misreads as nouns ("The quake hit at 3.42pm"). */
import nlp from 'compromise';

export interface TaggedVerb {
  text: string;
  offset: { start: number; length: number };
  verb?: { infinitive?: string; auxiliary?: string; grammar?: { tense?: string } };
}

/** Gives each tagged phrase its offset in `slice`, searching forward from the previous one; phrases not found are dropped. */
export function locate<T extends { text: string }>(
  slice: string,
  phrases: T[],
): Array<T & { offset: { start: number; length: number } }> {
  const located: Array<T & { offset: { start: number; length: number } }> = [];
  let from = 0;
  for (const phrase of phrases) {
    const written = phrase.text.trim();
    const at = written === '' ? -1 : indexOfWord(slice, written, from);
    if (at < 0) continue;
    located.push({ ...phrase, offset: { start: at, length: written.length } });
    from = at + written.length;
  }
  return located;
}

/** Where `phrase` starts in `text` at or after `from` as whole words ("hit", not the "hit" inside "white"), or -1. */
function indexOfWord(text: string, phrase: string, from: number): number {
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!isWordChar(text[at - 1]) && !(isWordChar(phrase.at(-1)) && isWordChar(text[at + phrase.length]))) return at;
  }
  return -1;
}

interface TaggedTerm {
  text: string;
  offset: { start: number; length: number };
  terms: Array<{ tags: string[] }>;
}

/**
 * "The quake hit at 3.42pm": a tagger reads "quake hit" as a compound noun when a preposition
 * follows. A noun right after a noun, before a preposition, that the tagger reads as a verb in a
 * plain frame ("it hit the town") is taken as that verb.
 */
export function verbsTaggedAsNouns(slice: string, doc: ReturnType<typeof nlp>): TaggedVerb[] {
  const terms = locate(slice, doc.terms().json() as Array<Omit<TaggedTerm, 'offset'>>);
  const found: TaggedVerb[] = [];
  for (let index = 1; index < terms.length - 1; index++) {
    const [previous, term, next] = [terms[index - 1]!, terms[index]!, terms[index + 1]!];
    const isNoun = (entry: TaggedTerm) =>
      entry.terms[0]?.tags.includes('Noun') && !entry.terms[0]?.tags.includes('Pronoun');
    if (!isNoun(previous) || !isNoun(term) || !next.terms[0]?.tags.includes('Preposition')) continue;
    const word = term.text.replace(/[^\p{L}'-]/gu, '');
    const verb = readAsVerb(word);
    if (verb) found.push({ text: word, offset: { start: term.offset.start, length: word.length }, verb });
  }
  return found;
}

const verbReadings = new Map<string, TaggedVerb['verb'] | null>();

/** How the tagger reads `word` as the verb of a plain clause ("it hit the town"), or null when it does not; remembered per word. */
function readAsVerb(word: string): TaggedVerb['verb'] | null {
  let reading = verbReadings.get(word);
  if (reading === undefined) {
    const verbs = nlp(`it ${word} the town`).verbs().json() as TaggedVerb[];
    reading = verbs.length === 1 && verbs[0]!.text.replace(/[^\p{L}'-]/gu, '') === word ? (verbs[0]!.verb ?? {}) : null;
    verbReadings.set(word, reading);
  }
  return reading;
}
