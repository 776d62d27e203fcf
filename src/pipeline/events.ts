/**
 * Merges event mentions from all articles into events: named occasions first (a "2+2 dialogue", a
 * "21st annual summit"), then meetings by who took part, then references back ("the talks").
 */
import type { EventKind, Person } from '../corpus/schema.ts';
import type { EventMention } from './event-mentions.ts';
import { addParticipants, type EventCluster } from './event-cluster.ts';
import { clusterHappenings } from './happening-clusters.ts';

export type { EventCluster, MentionRef } from './event-cluster.ts';

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
