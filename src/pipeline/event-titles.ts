/** Titles and stable ids for events, generated from what their mentions say. */
import type { Person } from '../corpus/schema.ts';
import { COUNTRIES } from './gazetteer.ts';
import type { EventCluster } from './events.ts';
import { slugify } from './slug.ts';

const KIND_NOUNS: Record<string, string> = {
  meeting: 'Meeting',
  talks: 'Talks',
  dialogue: 'Dialogue',
  summit: 'Summit',
  signing: 'Signing',
  arrival: 'Arrival',
  visit: 'Visit',
  'press-conference': 'Press conference',
  ruling: 'Ruling',
  speech: 'Speech',
};

/** "First India–Russia 2+2 Ministerial Dialogue", "Meeting of Joe Biden and Xi Jinping". */
export function titleEvent(cluster: EventCluster, participants: Person[], texts: Map<string, string>): string {
  const noun = KIND_NOUNS[cluster.kind] ?? 'Event';
  const mentions = cluster.mentions;
  // Summits and dialogues are occasions with names ("21st Annual … Summit"); meetings are named by who met.
  const isOccasion = cluster.kind === 'summit' || cluster.kind === 'dialogue';
  const named = Boolean(cluster.format || cluster.name) || (isOccasion && mentions.some((mention) => mention.ordinal || mention.annual));
  if (named) {
    const ordinal = mostCommon(mentions.map((mention) => mention.ordinal).filter((value): value is string => value !== null));
    const annual = mentions.some((mention) => mention.annual);
    const ministerial = mentions.some((mention) => mention.ministerial);
    const sides = cluster.name ? [] : findSides(cluster, texts);
    const parts = [
      ordinal,
      annual ? 'Annual' : null,
      sides.length === 2 ? sides.join('–') : null,
      cluster.format,
      cluster.name,
      ministerial ? 'Ministerial' : null,
      noun,
    ];
    return parts.filter(Boolean).join(' ');
  }
  const names = participants.slice(0, 3).map((person) => person.name);
  if (names.length === 0) return noun;
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  if (cluster.kind === 'arrival') {
    const place = mostCommon(mentions.map((mention) => mention.place?.name).filter((value): value is string => Boolean(value)));
    return `Arrival of ${list}${place ? ` in ${place}` : ''}`;
  }
  if (cluster.kind === 'talks') return `Talks between ${list}`;
  if (cluster.kind === 'speech' || cluster.kind === 'press-conference') return `${noun} by ${list}`;
  return `${noun} of ${list}`;
}

/** A slug that stays the same when files are added or reordered: kind, then format or surnames. */
export function idForEvent(cluster: EventCluster, participants: Person[], texts: Map<string, string>): string {
  const sides = findSides(cluster, texts);
  if (cluster.format) return slugify([cluster.kind, cluster.format, ...sides].join(' '));
  if (cluster.kind === 'summit' || (cluster.kind === 'ruling' && cluster.name) || participants.length === 0) {
    const ordinal = mostCommon(cluster.mentions.map((mention) => mention.ordinal).filter((value): value is string => value !== null));
    return slugify([ordinal, cluster.name, cluster.kind, ...(cluster.name ? [] : sides)].filter(Boolean).join(' '));
  }
  const surnames = participants.map((person) => person.name.split(' ').at(-1)!).sort();
  return slugify([cluster.kind, ...surnames].join(' '));
}

/** Each country's names as one pattern, made once (not once per sentence). */
const COUNTRY_PATTERNS = Object.entries(COUNTRIES).map(
  ([country, forms]) => [country, new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'gu')] as const,
);

/** The two countries the event's sentences name most, in the order they first appear. */
function findSides(cluster: EventCluster, texts: Map<string, string>): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  let position = 0;
  for (const mention of cluster.mentions) {
    const sentence = texts.get(mention.articleId)?.slice(mention.sentence.start, mention.sentence.end) ?? '';
    for (const [country, pattern] of COUNTRY_PATTERNS) {
      for (const match of sentence.matchAll(pattern)) {
        const entry = counts.get(country) ?? { count: 0, first: position + match.index };
        entry.count++;
        counts.set(country, entry);
      }
    }
    position += 10_000;
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  if (ranked.length < 2) return [];
  const pair = ranked.slice(0, 2).map(([country]) => country);
  // Copy writes a pair in a settled order ("India-Russia"); use it, else keep names alphabetical.
  return hyphenatedOrder(pair, cluster, texts) ?? pair.sort();
}

function hyphenatedOrder(pair: string[], cluster: EventCluster, texts: Map<string, string>): string[] | null {
  const [a, b] = pair as [string, string];
  const forms = (country: string) => COUNTRIES[country]!.join('|');
  const forward = new RegExp(`(?:${forms(a)})-(?:${forms(b)})`, 'g');
  const backward = new RegExp(`(?:${forms(b)})-(?:${forms(a)})`, 'g');
  let forwardCount = 0;
  let backwardCount = 0;
  for (const mention of cluster.mentions) {
    const sentence = texts.get(mention.articleId)?.slice(mention.sentence.start, mention.sentence.end) ?? '';
    forwardCount += sentence.match(forward)?.length ?? 0;
    backwardCount += sentence.match(backward)?.length ?? 0;
  }
  if (forwardCount === backwardCount) return null;
  return forwardCount > backwardCount ? [a, b] : [b, a];
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}
