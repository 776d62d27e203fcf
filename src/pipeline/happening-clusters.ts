/**
 * Happenings of any field ("the tanker was refloated", "a second quake hit") merged across articles: the same verb
 * or one of its senses, shared words or people, compatible days and clocks; "it" in the next sentence and "the
 * second" keep a mention with its own happening.
 */
import type { EventMention } from './event-mentions.ts';
import { senseKeys, verbsRelated } from './verb-senses.ts';
import { addParticipants, type EventCluster } from './event-cluster.ts';

/** Clock readings this close (in minutes of the UTC day) can be one happening reported by different clocks. */
const SAME_CLOCK_MINUTES = 20;

/**
 * Happenings that are one: readings of the same clock time (or none) with the same verb, a shared
 * content word in what did and what underwent it, or a shared person. Mentions join the first
 * cluster they fit, in corpus order, so the result does not depend on anything but the text.
 */
export function clusterHappenings(mentions: EventMention[]): EventCluster[] {
  type HappeningCluster = EventCluster & {
    words: Set<string>;
    objectWords: Set<string>;
    lemmas: Set<string>;
    verbs: Set<string>;
    ordinals: Set<string>;
    clocks: number[];
    roughClocks: number[];
    exactClocks: number[];
    stamps: number[];
    days: Set<string>;
  };
  const clusters: HappeningCluster[] = [];
  // Every way to fit needs a shared verb, word or person: clusters are looked up by those, not scanned.
  const clustersByKey = new Map<string, number[]>();
  const index = (key: string, cluster: number) => {
    const list = clustersByKey.get(key);
    if (!list) clustersByKey.set(key, [cluster]);
    else if (list.at(-1) !== cluster) list.push(cluster);
  };
  /** Each article's last happening mention and the cluster it joined: what "it" in the next sentence reports. */
  const previousInArticle = new Map<string, { mention: EventMention; cluster: number }>();
  for (const mention of mentions) {
    const words = contentWords(mention);
    const objectWords = contentWords(mention, mention.predicate?.objectNouns ?? '');
    const verb = mention.predicate?.lemma ?? '';
    const lemma = verbStem(verb);
    const keys = [
      `verb:${lemma}`,
      ...senseKeys(verb).map((sense) => `sense:${sense}`),
      ...[...words].map(wordKey),
      ...mention.participants.map((id) => `person:${id}`),
    ];
    const candidates = [...new Set(keys.flatMap((key) => clustersByKey.get(key) ?? []))].sort((a, b) => a - b);
    const exact = isExactClock(mention);
    const fits = (candidate: number): boolean => {
      const cluster = clusters[candidate]!;
      if (!clockAgrees(cluster, mention)) return false;
      // "The first quake" and "the second" are two happenings, whatever else they share.
      const ordinal = mention.predicate?.subjectOrdinal;
      if (ordinal && cluster.ordinals.size > 0 && !cluster.ordinals.has(ordinal)) return false;
      // One blog's two entries are two moments: an entry does not join another entry of its own article.
      if (
        mention.clock?.fromEntryStamp &&
        cluster.mentions.some((other) => other.articleId === mention.articleId && other.clock?.fromEntryStamp)
      )
        return false;
      // The same verb, its event noun ("separate" / "separation"), or a verb of the same sense in WordNet ("declare" / "announce").
      const sameVerb = cluster.lemmas.has(lemma) || [...cluster.verbs].some((other) => verbsRelated(verb, other));
      const sharedWord = [...words].some((word) => hasRelatedWord(cluster.words, word));
      const sharedPerson = mention.participants.some((id) => cluster.participants.includes(id));
      // One minute stated to the minute ("13:24", "4:17 a.m.") with a verb, word or person in common is one moment even
      // when the days differ: a blog's "on Sunday" against everyone's Monday is then a day discrepancy, not a second event.
      if (exact && cluster.exactClocks.includes(mention.clockUtcMinute!)) return sameVerb || sharedWord || sharedPerson;
      // Days stated or implied apart ("on Tuesday" against Monday's paper) are two happenings.
      if (!daysAgree(cluster.days, mention)) return false;
      const bothClocked = mention.clockUtcMinute !== null && cluster.clocks.length + cluster.stamps.length > 0;
      // Two readings of one clock need one more tie; without clocks the verb and a word (or a person) must agree, and a
      // sentence about the future ("will sleep in a cell tonight") does not join on a word and a person alone.
      if (bothClocked) return sameVerb || sharedWord || sharedPerson;
      // A clock joining reports that give none (or the reverse) dates them all: that takes the same verb, or a person and
      // two words of what was done ("declared seven days of national mourning" / "announced seven days of mourning").
      const oneClocked = mention.clockUtcMinute !== null || cluster.clocks.length + cluster.stamps.length > 0;
      if (oneClocked)
        return (
          (sameVerb && (sharedWord || sharedPerson)) ||
          (sharedPerson && [...objectWords].filter((word) => cluster.objectWords.has(word)).length >= 2)
        );
      return (sameVerb && (sharedWord || sharedPerson)) || (sharedWord && sharedPerson && mention.tense !== 'future');
    };
    // A fitting cluster that holds this very minute is the one; else the first that fits.
    const sameMinute = exact
      ? candidates.find(
          (candidate) => clusters[candidate]!.exactClocks.includes(mention.clockUtcMinute!) && fits(candidate),
        )
      : undefined;
    const fitsAt = continuedFrom(mention) ?? sameMinute ?? closestInTime(candidates.filter(fits), mention);
    const at = fitsAt ?? clusters.length;
    if (fitsAt === undefined)
      clusters.push({
        kind: 'happening',
        format: null,
        name: null,
        mentions: [],
        participants: [],
        words: new Set(),
        objectWords: new Set(),
        lemmas: new Set(),
        verbs: new Set(),
        ordinals: new Set(),
        clocks: [],
        roughClocks: [],
        exactClocks: [],
        stamps: [],
        days: new Set(),
      });
    const cluster = clusters[at]!;
    cluster.mentions.push(mention);
    for (const word of words) cluster.words.add(word);
    for (const word of objectWords) cluster.objectWords.add(word);
    cluster.lemmas.add(lemma);
    if (verb) cluster.verbs.add(verb);
    if (mention.predicate?.subjectOrdinal) cluster.ordinals.add(mention.predicate.subjectOrdinal);
    if (mention.clockUtcMinute !== null)
      (mention.clock?.fromEntryStamp ? cluster.stamps : cluster.clocks).push(mention.clockUtcMinute);
    if (isExactClock(mention)) cluster.exactClocks.push(mention.clockUtcMinute!);
    if (mention.clock?.approximate && !mention.clock.fromEntryStamp) cluster.roughClocks.push(mention.clockUtcMinute!);
    cluster.days.add(mention.day?.date ?? mention.articleDate);
    addParticipants(cluster, mention.participants);
    for (const key of keys) index(key, at);
    previousInArticle.set(mention.articleId, { mention, cluster: at });
  }
  return clusters.map(
    ({
      words: _words,
      objectWords: _objectWords,
      lemmas: _lemmas,
      verbs: _verbs,
      ordinals: _ordinals,
      clocks: _clocks,
      roughClocks: _rough,
      exactClocks: _exact,
      stamps: _stamps,
      days: _days,
      ...cluster
    }) => cluster,
  );

  /**
   * "A second earthquake has hit the region. AFAD says it measured 7.6 and struck at 13:24": a sentence whose subject is a
   * pronoun, right after one that reported a happening, goes on about it when their clocks agree.
   */
  function continuedFrom(mention: EventMention): number | undefined {
    const previous = previousInArticle.get(mention.articleId);
    if (
      !mention.predicate?.pronounSubject ||
      !previous ||
      mention.sentence.start - previous.mention.sentence.end > ADJACENT_SENTENCE_GAP
    )
      return undefined;
    return clockAgrees(clusters[previous.cluster]!, mention) ? previous.cluster : undefined;
  }

  /**
   * Of the clusters a mention fits, the one whose clock is nearest its own (an entry stamped 12:47 reports the separation at
   * 12:47, not the launch at 12:20 it could also have reported); without clocks, the first made.
   */
  function closestInTime(fitting: number[], mention: EventMention): number | undefined {
    const minute = mention.clockUtcMinute;
    if (minute === null || fitting.length < 2) return fitting[0];
    const gap = (cluster: HappeningCluster) =>
      Math.min(Infinity, ...[...cluster.clocks, ...cluster.stamps].map((other) => circularGap(other, minute)));
    return fitting.reduce((best, candidate) => (gap(clusters[candidate]!) < gap(clusters[best]!) ? candidate : best));
  }
}

/** Characters between two sentences that follow each other (a space, a line break). */
const ADJACENT_SENTENCE_GAP = 3;

/** Verbs and their event nouns share their first six letters ("separate", "separation"; "declare", "declaration"): one key. */
function verbStem(lemma: string): string {
  return lemma.slice(0, 6);
}

/** A clock stated to the minute and off the quarter hours ("13:24", not "1 pm" or "around 4:30"): two such readings alike are one moment. */
function isExactClock(mention: EventMention): boolean {
  return (
    mention.clock !== null &&
    mention.clockUtcMinute !== null &&
    !mention.clock.fromEntryStamp &&
    !mention.clock.approximate &&
    mention.clock.minute % 15 !== 0
  );
}

/**
 * Whether the mention's day can be the cluster's: a stated day ("on Tuesday") must be one the cluster's mentions
 * state or, undated, their article's own day; an undated mention is taken to be on its article's day only loosely
 * (a next-day article reports yesterday undated), so it fits any cluster.
 */
function daysAgree(clusterDays: Set<string>, mention: EventMention): boolean {
  return mention.day === null || clusterDays.size === 0 || clusterDays.has(mention.day.date);
}

/** The index key of a content word: its last five letters, which a related word ("quake", "earthquake") shares. */
function wordKey(word: string): string {
  return `word:${word.length >= 5 ? word.slice(-5) : word}`;
}

/**
 * Whether a mention's clock can be the cluster's moment. Stated readings agree within
 * SAME_CLOCK_MINUTES, or ROUGH_CLOCK_MINUTES when either is rough ("shortly after 1 pm", "around
 * midday"); an entry stamp says "by then", so it agrees with a stated reading up to
 * ENTRY_STAMP_REACH_MINUTES before it, and with another stamp only within SAME_CLOCK_MINUTES (stamps a day apart do not make one happening).
 */
function clockAgrees(
  cluster: { clocks: number[]; roughClocks: number[]; stamps: number[] },
  mention: EventMention,
): boolean {
  const minute = mention.clockUtcMinute;
  if (minute === null || cluster.clocks.length + cluster.stamps.length === 0) return true;
  const rough = mention.clock?.approximate === true && !mention.clock.fromEntryStamp;
  const close = (other: number) => circularGap(other, minute) <= SAME_CLOCK_MINUTES;
  const closeStated = (other: number) =>
    circularGap(other, minute) <=
    (rough || cluster.roughClocks.includes(other) ? ROUGH_CLOCK_MINUTES : SAME_CLOCK_MINUTES);
  const reportedBy = (stated: number, stamp: number) => (stamp - stated + 1440) % 1440 <= ENTRY_STAMP_REACH_MINUTES;
  if (mention.clock?.fromEntryStamp)
    return cluster.clocks.some((stated) => close(stated) || reportedBy(stated, minute)) || cluster.stamps.some(close);
  return cluster.clocks.some(closeStated) || cluster.stamps.some((stamp) => reportedBy(minute, stamp));
}

/** A rough reading ("shortly after 1 pm", "around midday") can be a precise one this far off. */
const ROUGH_CLOCK_MINUTES = 45;

/** An entry stamp says "by then": a stated reading up to this long before it can be what the entry reports (live blogs post within the hour). */
const ENTRY_STAMP_REACH_MINUTES = 90;

function circularGap(a: number, b: number): number {
  const gap = Math.abs(a - b) % 1440;
  return Math.min(gap, 1440 - gap);
}

const FUNCTION_WORDS = new Set(
  'the a an and or of to in on at by for from with its his her their this that these those it he she they we after before over under into near about more than some all two three first second last new'.split(
    ' ',
  ),
);

/** Lower-case words of four letters or more in the happening's subject and object, plural -s dropped. */
function contentWords(mention: EventMention, text = mention.predicate?.nouns ?? ''): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\d]+/u)) {
    if (word.length < 4 || FUNCTION_WORDS.has(word)) continue;
    words.add(word.replace(/(?<=[^s])s$/, ''));
  }
  return words;
}

/** "quake" and "earthquake", "launch" and "launches": one word ends the other, five letters at least. */
function hasRelatedWord(words: Set<string>, word: string): boolean {
  if (words.has(word)) return true;
  for (const other of words) {
    const [shorter, longer] = other.length < word.length ? [other, word] : [word, other];
    if (shorter.length >= 5 && longer.endsWith(shorter)) return true;
  }
  return false;
}
