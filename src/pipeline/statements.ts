/**
 * The same statement carried by several articles: quotes whose words mostly recur in one another
 * are one statement, listed once with its member quotes. A partition, not a relation between
 * pairs: one wire quote in 2,000 papers is one statement of 2,000 ids, where pairwise links
 * (each quote naming every other copy) grew with the square of the copies.
 */
import type { Quote, Statement } from '../corpus/schema.ts';

/** At least this share of the shorter quote's word pairs recur in the longer one… */
const SHARED_PAIR_SHARE = 0.5;
/** …or this share of its content words (stemmed), however reordered ("We delivered for humanity this morning" / "This morning we have delivered for humanity"). */
const SHARED_WORD_SHARE = 0.75;
const MIN_SHARED_WORDS = 3;
/** A word that this many wordings hold tells none apart: it is not indexed (and keeps the comparison linear). */
const MAX_HOLDERS_OF_WORD = 200;

/** Each quote with the id of its statement, and the statements in the order of their first quote. */
export function groupStatements(quotes: Omit<Quote, 'statementId'>[]): { quotes: Quote[]; statements: Statement[] } {
  const wordings = groupIdenticalWordings(quotes);
  const statementOf = new SpeakerAwareUnion(quotes.map((quote) => quote.speakerId || null));
  // Copies of one wording by one speaker (or by no named speaker) are one statement.
  const buckets = wordings.map(({ members }) => bucketBySpeaker(members, quotes));
  for (const wordingBuckets of buckets)
    for (const members of wordingBuckets.values())
      for (const member of members.slice(1)) statementOf.join(members[0]!, member);
  // Similar wordings join when their speakers allow: a quote without a speaker may be anyone's, two named speakers never share a statement.
  // Each wording's similar ones are found, joined and dropped in turn: no list of all similar pairs is ever held.
  const byPairs = similarWordings(
    wordings,
    (wording) => wording.pairs,
    Number.POSITIVE_INFINITY,
    (shared, a, b) => shared / Math.min(a.pairs.size, b.pairs.size) >= SHARED_PAIR_SHARE,
  );
  const byWords = similarWordings(
    wordings,
    (wording) => wording.words,
    MAX_HOLDERS_OF_WORD,
    (shared, a, b) => {
      const fewer = Math.min(a.words.size, b.words.size);
      return fewer >= MIN_SHARED_WORDS && shared / fewer >= SHARED_WORD_SHARE;
    },
  );
  for (let wording = 0; wording < wordings.length; wording++) {
    for (const other of byPairs.next().value ?? []) {
      if (other < wording) continue;
      for (const members of buckets[wording]!.values()) {
        for (const otherMembers of buckets[other]!.values()) statementOf.join(members[0]!, otherMembers[0]!);
      }
    }
    // Shared words in another order are a paraphrase only when one named speaker said both: "a race against time" is anyone's.
    for (const other of byWords.next().value ?? []) {
      if (other <= wording) continue;
      for (const [speaker, members] of buckets[wording]!) {
        const otherMembers = speaker === null ? undefined : buckets[other]!.get(speaker);
        if (otherMembers) statementOf.join(members[0]!, otherMembers[0]!);
      }
    }
  }
  const statementOfRoot = new Map<number, Statement>();
  const grouped = quotes.map((quote, index) => {
    const root = statementOf.find(index);
    let statement = statementOfRoot.get(root);
    if (!statement) {
      // The root is the set's first quote: the statement is named after it, so ids stay stable when later copies come.
      statement = { id: `statement-${quotes[root]!.id}`, speakerId: statementOf.speakerOf(root), quoteIds: [] };
      statementOfRoot.set(root, statement);
    }
    statement.quoteIds.push(quote.id);
    return { ...quote, statementId: statement.id };
  });
  const statements = [...statementOfRoot.values()];
  return { quotes: grouped, statements };
}

interface Wording {
  pairs: Set<string>;
  words: Set<string>;
  members: number[];
}

/** Quotes with the same content word pairs (wire copy repeats a statement word for word), compared once as a group. */
function groupIdenticalWordings(quotes: Array<{ text: string }>): Wording[] {
  const wordingOfKey = new Map<string, Wording>();
  const wordings: Wording[] = [];
  quotes.forEach((quote, index) => {
    const words = contentWords(quote.text);
    const pairs = contentBigrams(words);
    const key = `${[...pairs].sort().join('\n')}\n\n${[...new Set(words)].sort().join(' ')}`;
    let wording = wordingOfKey.get(key);
    if (!wording) {
      wording = { pairs, words: new Set(words.filter((word) => !FUNCTION_WORDS.has(word)).map(stem)), members: [] };
      wordingOfKey.set(key, wording);
      wordings.push(wording);
    }
    wording.members.push(index);
  });
  return wordings;
}

/**
 * Yields, wording by wording in order, the others that `isSimilar` accepts given how many keys they
 * share (an index of keys spares comparing every two). Counts live in one reused array, reset after
 * each wording; keys held by more than `maxHolders` wordings are not counted.
 */
function* similarWordings(
  wordings: Wording[],
  keysOf: (wording: Wording) => Set<string>,
  maxHolders: number,
  isSimilar: (shared: number, a: Wording, b: Wording) => boolean,
): Generator<number[], void, undefined> {
  const holdersOfKey = new Map<string, number[]>();
  wordings.forEach((wording, index) => {
    for (const key of keysOf(wording)) {
      const holders = holdersOfKey.get(key);
      if (holders) holders.push(index);
      else holdersOfKey.set(key, [index]);
    }
  });
  const shared = new Int32Array(wordings.length);
  for (const wording of wordings) {
    const touched: number[] = [];
    for (const key of keysOf(wording)) {
      const holders = holdersOfKey.get(key)!;
      if (holders.length > maxHolders) continue;
      for (const other of holders) {
        if (shared[other] === 0) touched.push(other);
        shared[other] = shared[other]! + 1;
      }
    }
    const similar = touched.filter((other) => isSimilar(shared[other]!, wording, wordings[other]!));
    for (const other of touched) shared[other] = 0;
    yield similar;
  }
}

function bucketBySpeaker(members: number[], quotes: Array<{ speakerId: string | null }>): Map<string | null, number[]> {
  const bySpeaker = new Map<string | null, number[]>();
  for (const member of members) {
    const speaker = quotes[member]!.speakerId || null;
    const bucket = bySpeaker.get(speaker);
    if (bucket) bucket.push(member);
    else bySpeaker.set(speaker, [member]);
  }
  return bySpeaker;
}

/** Union–find over quotes where a set takes the speaker of any member and two sets of different speakers never join. */
class SpeakerAwareUnion {
  private readonly parent: Int32Array;
  private readonly speaker: Array<string | null>;

  constructor(speakers: Array<string | null>) {
    this.parent = Int32Array.from(speakers, (_, index) => index);
    this.speaker = [...speakers];
  }

  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[index] !== root) {
      const next = this.parent[index]!;
      this.parent[index] = root;
      index = next;
    }
    return root;
  }

  speakerOf(root: number): string | null {
    return this.speaker[root]!;
  }

  /** Joins the sets of `a` and `b` unless they hold two different speakers; the smaller index stays the root (deterministic). */
  join(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    const speakerA = this.speaker[rootA];
    const speakerB = this.speaker[rootB];
    if (speakerA && speakerB && speakerA !== speakerB) return;
    const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    this.parent[child] = root;
    this.speaker[root] = speakerA ?? speakerB ?? null;
  }
}

const STOPWORDS = new Set(
  'a an the and or of to in on for with at by from that this is are was were be been it its our we i you he she they their has have had will would as but not very also'.split(
    ' ',
  ),
);

/**
 * Words that say nothing of what a paraphrase is about, compared when words are reordered: the English stop-word
 * list of NLTK (a standard resource, with the contractions' letters), plus the modals and "never", which it lacks.
 * "Not in a million years did I think" and "I never thought in a million years" then differ in think/thought only.
 * Word pairs (exact wordings) keep the short list above: "who we are, what we are" is all function words.
 */
const FUNCTION_WORDS = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself ' +
    'they them their theirs themselves what which who whom this that these those am is are was were be been being have has had ' +
    'having do does did doing a an the and but if or because as until while of at by for with about against between into through ' +
    'during before after above below to from up down in out on off over under again further then once here there when where why ' +
    'how all any both each few more most other some such no nor not only own same so than too very s t can will just don should ' +
    'now d ll m o re ve y would could might must shall may also never'
  ).split(' '),
);

function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

function contentBigrams(words: string[]): Set<string> {
  return new Set(words.slice(1).map((word, index) => `${words[index]} ${word}`));
}

/** A crude English stem: "putting" and "put", "delivered" and "delivers" meet ("put", "deliver"). */
function stem(word: string): string {
  const base = word.replace(/(?:ing|ed|es|s)$/, '');
  if (base.length < 3) return word;
  return /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : base;
}
