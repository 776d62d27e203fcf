/**
 * Merges event mentions from all articles into events: named occasions first (a "2+2 dialogue", a
 * "21st annual summit"), then meetings by who took part, then references back ("the talks").
 */
import type { EventKind, Person } from '../corpus/schema.ts';
import type { EventMention } from './event-mentions.ts';
import { senseKeys, verbsRelated } from './verb-senses.ts';

export interface MentionRef {
  article: number;
  index: number;
}

export interface EventCluster {
  kind: EventKind;
  format: string | null;
  name: string | null;
  mentions: EventMention[];
  participants: string[];
}

const SPECIFIC_KINDS: EventKind[] = ['summit', 'dialogue'];
const GENERIC_KINDS: EventKind[] = ['meeting', 'talks', 'dialogue'];
const SOLO_KINDS: EventKind[] = ['arrival', 'visit', 'press-conference', 'speech'];

/** Clusters the mentions of every article (one array per article, in reading order) into events. */
export function clusterEventMentions(mentionsByArticle: EventMention[][]): EventCluster[] {
  const clusters: EventCluster[] = [];
  const assignment = new Map<EventMention, EventCluster>();
  const all = mentionsByArticle.flat();
  const assign = (mention: EventMention, cluster: EventCluster) => {
    cluster.mentions.push(mention);
    assignment.set(mention, cluster);
  };

  // 1. Named occasions: a format ("2+2"), an ordinal, "annual", or a summit/dialogue with its people.
  //    Only a cluster of the mention's own kind can take it: looked up among those, in the order they were made.
  const clustersOfKind = new Map<EventKind, EventCluster[]>();
  for (const mention of all) {
    if (!isSpecific(mention)) continue;
    const sameKind = clustersOfKind.get(mention.kind) ?? [];
    // A format ("2+2") names the occasion outright; otherwise the people must not contradict each other.
    const home = sameKind.find(
      (cluster) =>
        cluster.kind === mention.kind &&
        (!cluster.name || !mention.name || cluster.name === mention.name) &&
        (mention.format !== null && cluster.format === mention.format
          ? true
          : mention.name !== null && cluster.name === mention.name && !SPECIFIC_KINDS.includes(mention.kind)
            ? true
            : (cluster.format === mention.format || !cluster.format || !mention.format) &&
              (mention.participants.length === 0 ||
                cluster.participants.length === 0 ||
                overlaps(cluster.participants, mention.participants))),
    );
    let cluster = home;
    if (!cluster) {
      cluster = newCluster(mention.kind, mention.format, clusters);
      clustersOfKind.set(mention.kind, [...sameKind, cluster]);
    }
    if (!cluster.format && mention.format) cluster.format = mention.format;
    if (!cluster.name && mention.name) cluster.name = mention.name;
    assign(mention, cluster);
    addParticipants(cluster, mention.participants);
  }

  // 2. Meetings and talks between two or more named people, and anyone's arrival, visit or press
  //    conference: one event per kind of occasion and set of people.
  const groups = new Map<string, EventMention[]>();
  for (const mention of all) {
    const solo = SOLO_KINDS.includes(mention.kind);
    // "her press conference" is hers though definite; "the press conference" refers back.
    if (assignment.has(mention) || mention.kind === 'happening' || (mention.definite && !(solo && mention.possessive)))
      continue;
    if (mention.participants.length < (solo ? 1 : 2)) continue;
    const key = `${solo ? mention.kind : 'meeting'}|${[...mention.participants].sort().join(',')}`;
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  joinRemarksToTheirOccasion(groups);
  for (const [key, group] of [...groups.entries()].sort()) {
    const [groupKind, ids] = key.split('|') as [string, string];
    const participants = ids.split(',');
    const solo = groupKind !== 'meeting';
    const same = solo ? undefined : clusters.find((cluster) => sameSet(cluster.participants, participants));
    const cluster = same ?? newCluster(solo ? (groupKind as EventKind) : dominantKind(group), null, clusters);
    for (const mention of group) assign(mention, cluster);
    addParticipants(cluster, participants);
  }

  // 3. Mentions naming some of an event's people ("talks with Xi") join the smallest event that has them all
  //    (of equal size, the first made). No cluster is made or gains people from here on, so they are indexed by person.
  const clustersWithPerson = new Map<string, EventCluster[]>();
  for (const cluster of clusters) {
    for (const id of cluster.participants) {
      const holders = clustersWithPerson.get(id);
      if (holders) holders.push(cluster);
      else clustersWithPerson.set(id, [cluster]);
    }
  }
  for (const mention of all) {
    if (assignment.has(mention) || mention.kind === 'happening' || mention.participants.length === 0) continue;
    let smallest: EventCluster | null = null;
    for (const cluster of clustersWithPerson.get(mention.participants[0]!) ?? []) {
      if (
        !kindsCompatible(cluster.kind, mention.kind) ||
        !mention.participants.every((id) => cluster.participants.includes(id))
      )
        continue;
      if (!smallest || cluster.participants.length < smallest.participants.length) smallest = cluster;
    }
    if (smallest) assign(mention, smallest);
  }

  // 4. References back ("the talks", "the two leaders met"): the article's last event of a fitting kind.
  const clustersByKind = new Map<EventKind, EventCluster[]>();
  for (const cluster of clusters)
    clustersByKind.set(cluster.kind, [...(clustersByKind.get(cluster.kind) ?? []), cluster]);
  mentionsByArticle.forEach((mentions) => {
    mentions.forEach((mention, index) => {
      // Only a reference back ("the talks") has an antecedent; "a cabinet meeting" is some other occasion.
      if (assignment.has(mention) || mention.inQuote || !mention.definite) return;
      const target = findAntecedent(mentions, index, assignment, clustersByKind.get(mention.kind) ?? []);
      if (target) assign(mention, target);
    });
  });

  // 5. Happenings: what the text reports done at a time, merged by meaning (see clusterHappenings); only
  //    those the day is about stay: reported by two articles or more, or at a stated clock time.
  const happenings = clusterHappenings(
    all.filter((mention) => mention.kind === 'happening' && !assignment.has(mention)),
  );
  for (const happening of happenings) {
    const articles = new Set(happening.mentions.map((mention) => mention.articleId)).size;
    if (articles < 2 && !happening.mentions.some((mention) => mention.clock)) continue;
    clusters.push(happening);
  }

  return clusters.filter(
    (cluster) =>
      (cluster.kind === 'happening' ||
        cluster.mentions.some(
          (mention) => !mention.definite || mention.participants.length > 0 || isSpecific(mention),
        )) &&
      (!cluster.mentions.every((mention) => mention.remarks) || isSalientRemarks(cluster)),
  );
}

/**
 * Someone's public remarks ("told reporters", "said in a statement") are a moment of the day when two articles or more
 * report them, or one says when they were made; else they are only where a quote came from.
 */
function isSalientRemarks(cluster: EventCluster): boolean {
  return (
    new Set(cluster.mentions.map((mention) => mention.articleId)).size >= 2 ||
    cluster.mentions.some((mention) => mention.clock || mention.partOfDay || mention.day)
  );
}

/** Clock readings this close (in minutes of the UTC day) can be one happening reported by different clocks. */
const SAME_CLOCK_MINUTES = 20;

/**
 * Happenings that are one: readings of the same clock time (or none) with the same verb, a shared
 * content word in what did and what underwent it, or a shared person. Mentions join the first
 * cluster they fit, in corpus order, so the result does not depend on anything but the text.
 */
function clusterHappenings(mentions: EventMention[]): EventCluster[] {
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

function isSpecific(mention: EventMention): boolean {
  if (mention.format || (mention.name && (mention.kind === 'summit' || mention.kind === 'ruling'))) return true;
  if (!SPECIFIC_KINDS.includes(mention.kind)) return false;
  return Boolean(mention.ordinal || mention.annual || mention.participants.length > 0 || !mention.definite);
}

/** `ofKind`: every cluster of the mention's kind, the fallback when the article itself names none before it. */
function findAntecedent(
  mentions: EventMention[],
  index: number,
  assignment: Map<EventMention, EventCluster>,
  ofKind: EventCluster[],
): EventCluster | null {
  const mention = mentions[index]!;
  const fits = (cluster: EventCluster) => kindsCompatible(cluster.kind, mention.kind);
  for (let earlier = index - 1; earlier >= 0; earlier--) {
    const cluster = assignment.get(mentions[earlier]!);
    if (cluster && fits(cluster) && cluster.kind === mention.kind) return cluster;
  }
  for (let earlier = index - 1; earlier >= 0; earlier--) {
    const cluster = assignment.get(mentions[earlier]!);
    if (cluster && fits(cluster)) return cluster;
  }
  return ofKind.length === 1 ? ofKind[0]! : null;
}

function kindsCompatible(eventKind: EventKind, mentionKind: EventKind): boolean {
  if (eventKind === mentionKind) return true;
  if (SOLO_KINDS.includes(mentionKind) || SOLO_KINDS.includes(eventKind)) return false;
  if (mentionKind === 'summit') return eventKind === 'summit';
  return GENERIC_KINDS.includes(mentionKind) || mentionKind === 'visit';
}

/**
 * "Oktay told a news conference in the evening" and "Oktay is giving an update now": someone's remarks ("told reporters")
 * are the news conference, else the speech, that another text names for the same speaker; only remarks alone stay remarks.
 */
function joinRemarksToTheirOccasion(groups: Map<string, EventMention[]>): void {
  for (const [key, group] of groups) {
    const [kind, people] = key.split('|') as [string, string];
    if (kind !== 'speech' || group.some((mention) => !mention.remarks)) continue;
    const occasion = groups.get(`press-conference|${people}`);
    if (!occasion) continue;
    occasion.push(...group);
    groups.delete(key);
  }
}

function dominantKind(group: EventMention[]): EventKind {
  const meetings = group.filter((mention) => mention.kind === 'meeting').length;
  return meetings * 2 >= group.length ? 'meeting' : group[0]!.kind;
}

function newCluster(kind: EventKind, format: string | null, clusters: EventCluster[]): EventCluster {
  const cluster: EventCluster = { kind, format, name: null, mentions: [], participants: [] };
  clusters.push(cluster);
  return cluster;
}

function addParticipants(cluster: EventCluster, ids: string[]): void {
  for (const id of ids) if (!cluster.participants.includes(id)) cluster.participants.push(id);
}

function overlaps(a: string[], b: string[]): boolean {
  return a.some((id) => b.includes(id));
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Participants ordered by how often the event's sentences name them, then by name. */
export function rankParticipants(cluster: EventCluster, people: Person[]): Person[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const counts = new Map<string, number>();
  for (const mention of cluster.mentions)
    for (const id of mention.participants) counts.set(id, (counts.get(id) ?? 0) + 1);
  return cluster.participants
    .map((id) => byId.get(id))
    .filter((person): person is Person => person !== undefined)
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
}
