/**
 * The same statement carried by several articles: quotes whose words mostly recur in one another
 * are one statement, listed once with its member quotes. A partition, not a relation between
 * pairs: one wire quote in 2,000 papers is one statement of 2,000 ids, where pairwise links
 * (each quote naming every other copy) grew with the square of the copies.
 */
import type { Quote, Statement } from '../corpus/schema.ts';

/** At least this share of the shorter quote's word pairs recur in the longer one. */
const SHARED_PAIR_SHARE = 0.5;

/** Each quote with the id of its statement, and the statements in the order of their first quote. */
export function groupStatements(quotes: Omit<Quote, 'statementId'>[]): { quotes: Quote[]; statements: Statement[] } {
  const wordings = groupIdenticalWordings(quotes);
  const similar = findSimilarWordings(wordings);
  const statementOf = new SpeakerAwareUnion(quotes.map((quote) => quote.speakerId || null));
  // Copies of one wording by one speaker (or by no named speaker) are one statement.
  const buckets = wordings.map(({ members }) => bucketBySpeaker(members, quotes));
  for (const wordingBuckets of buckets) for (const members of wordingBuckets.values()) for (const member of members.slice(1)) statementOf.join(members[0]!, member);
  // Similar wordings join when their speakers allow: a quote without a speaker may be anyone's, two named speakers never share a statement.
  similar.forEach((others, wording) => {
    for (const other of others) {
      if (other < wording) continue;
      for (const members of buckets[wording]!.values()) {
        for (const otherMembers of buckets[other]!.values()) statementOf.join(members[0]!, otherMembers[0]!);
      }
    }
  });
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
  members: number[];
}

/** Quotes with the same content word pairs (wire copy repeats a statement word for word), compared once as a group. */
function groupIdenticalWordings(quotes: Array<{ text: string }>): Wording[] {
  const wordingOfKey = new Map<string, Wording>();
  const wordings: Wording[] = [];
  quotes.forEach((quote, index) => {
    const pairs = contentBigrams(quote.text);
    const key = [...pairs].sort().join('\n');
    let wording = wordingOfKey.get(key);
    if (!wording) {
      wording = { pairs, members: [] };
      wordingOfKey.set(key, wording);
      wordings.push(wording);
    }
    wording.members.push(index);
  });
  return wordings;
}

/** For each wording, the wordings (itself included) that share enough of its word pairs; an index of pairs spares comparing every two. */
function findSimilarWordings(wordings: Wording[]): number[][] {
  const holdersOfPair = new Map<string, number[]>();
  wordings.forEach(({ pairs }, index) => {
    for (const pair of pairs) {
      const holders = holdersOfPair.get(pair);
      if (holders) holders.push(index);
      else holdersOfPair.set(pair, [index]);
    }
  });
  const shared = new Int32Array(wordings.length);
  return wordings.map(({ pairs }) => {
    const touched: number[] = [];
    for (const pair of pairs) {
      for (const other of holdersOfPair.get(pair)!) {
        if (shared[other] === 0) touched.push(other);
        shared[other] = shared[other]! + 1;
      }
    }
    const similar = touched.filter((other) => shared[other]! / Math.min(pairs.size, wordings[other]!.pairs.size) >= SHARED_PAIR_SHARE);
    for (const other of touched) shared[other] = 0;
    return similar;
  });
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

const STOPWORDS = new Set('a an the and or of to in on for with at by from that this is are was were be been it its our we i you he she they their has have had will would as but not very also'.split(' '));

function contentBigrams(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word));
  return new Set(words.slice(1).map((word, index) => `${words[index]} ${word}`));
}
