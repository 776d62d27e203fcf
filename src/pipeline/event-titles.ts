/** Titles and stable ids for events, generated from what their mentions say. */
import type { Person } from '../corpus/schema.ts';
import { COUNTRIES } from './gazetteer.ts';
import type { EventCluster } from './events.ts';
import { slugify } from '../corpus/slug.ts';
import { mostCommon } from './most-common.ts';

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
  happening: 'Event',
};

/** "First India–Russia 2+2 Ministerial Dialogue", "Meeting of Lena Ortiz and Tomas Berg". */
export function titleEvent(cluster: EventCluster, participants: Person[], texts: Map<string, string>): string {
  if (cluster.kind === 'happening') return titleHappening(cluster, participants, texts);
  const noun = KIND_NOUNS[cluster.kind] ?? 'Event';
  const mentions = cluster.mentions;
  // Summits and dialogues are occasions with names ("21st Annual … Summit"); meetings are named by who met.
  const isOccasion = cluster.kind === 'summit' || cluster.kind === 'dialogue';
  const named =
    Boolean(cluster.format || cluster.name) ||
    (isOccasion && mentions.some((mention) => mention.ordinal || mention.annual));
  if (named) {
    const ordinal = mostCommon(
      mentions.map((mention) => mention.ordinal).filter((value): value is string => value !== null),
    );
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
    const place = mostCommon(
      mentions.map((mention) => mention.place?.name).filter((value): value is string => Boolean(value)),
    );
    return `Arrival of ${list}${place ? ` in ${place}` : ''}`;
  }
  if (cluster.kind === 'talks') return `Talks between ${list}`;
  // "told reporters", "said in a statement": remarks, not a speech.
  if (cluster.kind === 'speech' && mentions.every((mention) => mention.remarks)) return `Remarks by ${list}`;
  if (cluster.kind === 'speech' || cluster.kind === 'press-conference') return `${noun} by ${list}`;
  return `${noun} of ${list}`;
}

/** A slug that stays the same when files are added or reordered: kind, then format or surnames. */
export function idForEvent(cluster: EventCluster, participants: Person[], texts: Map<string, string>): string {
  if (cluster.kind === 'happening')
    return slugify(titleHappening(cluster, participants, texts).split(/\s+/).slice(0, 7).join(' '));
  const sides = findSides(cluster, texts);
  if (cluster.format) return slugify([cluster.kind, cluster.format, ...sides].join(' '));
  if (cluster.kind === 'summit' || (cluster.kind === 'ruling' && cluster.name) || participants.length === 0) {
    const ordinal = mostCommon(
      cluster.mentions.map((mention) => mention.ordinal).filter((value): value is string => value !== null),
    );
    return slugify([ordinal, cluster.name, cluster.kind, ...(cluster.name ? [] : sides)].filter(Boolean).join(' '));
  }
  const surnames = participants.map((person) => person.name.split(' ').at(-1)!).sort();
  return slugify([cluster.kind, ...surnames].join(' '));
}

/** Subjects that name nothing by themselves: pronouns, and an ordinal standing for a noun said before ("the second"). */
const PRONOUN =
  /^(?:it|he|she|they|we|i|you|this|that|which|who|there|first|second|third|fourth|fifth|last|latest|next|other)$/i;
const MAX_TITLE_LENGTH = 90;

/**
 * A happening's title is its own words: subject, verb and object of the clearest report ("The
 * first quake struck near the town of Pazarcik"), preferring one with a named subject and a stated
 * clock, then the shortest. A pronoun subject gives way to the people the sentence names.
 */
function titleHappening(cluster: EventCluster, participants: Person[], texts: Map<string, string>): string {
  const candidates = cluster.mentions.flatMap((mention) => {
    const text = texts.get(mention.articleId);
    if (!text || !mention.predicate) return [];
    const piece = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : '');
    let subject = piece(mention.predicate.subject).replace(/^(?:the|a|an)\s+/i, '');
    const named = subject !== '' && !PRONOUN.test(subject);
    if (!named)
      subject = participants
        .slice(0, 2)
        .map((person) => person.name)
        .join(' and ');
    const verb = text.slice(mention.trigger.start, mention.trigger.end);
    // With no subject that names and nobody named ("The second, a smaller tug, came loose …"), the clause as written up to the verb says what came.
    const lead = subject === '' ? text.slice(mention.sentence.start, mention.trigger.start).trim() : '';
    const opening = lead !== '' && lead.split(/\s+/).length <= 8 ? lead : subject;
    // A label set in capitals ("BREAKING:", "UPDATE:") heads the entry, and a list's bullet the item: neither is the happening.
    const title = [opening, verb, piece(mention.predicate.object)]
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/\s+,/g, ',')
      .replace(/^\p{Lu}[\p{Lu}\s]*:\s*/u, '')
      .replace(/^[-–•*]\s+/, '')
      .trim();
    // A title that says what underwent it ("struck western Kenya") tells more than the bare verb ("Quake hit").
    return [{ title, score: (named ? 0 : 4) + (mention.clock ? 0 : 2) + (mention.predicate.object ? 0 : 1) }];
  });
  candidates.sort((a, b) => a.score - b.score || a.title.length - b.title.length || a.title.localeCompare(b.title));
  const best = candidates.find((candidate) => candidate.title.split(' ').length >= 2) ?? candidates[0];
  const written = best?.title ?? 'Event';
  // A title taken from a sentence in capitals ("AUSTRALIA WIN THE WORLD CUP") is set in sentence case.
  const title = /\p{Ll}/u.test(written) ? written : written.charAt(0) + written.slice(1).toLowerCase();
  const cut = title.length > MAX_TITLE_LENGTH ? `${title.slice(0, title.lastIndexOf(' ', MAX_TITLE_LENGTH))}…` : title;
  return cut.charAt(0).toUpperCase() + cut.slice(1);
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
