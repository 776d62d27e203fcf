/**
 * "Who met whom": two meetings that look like one occasion (the same day, the same stated start or
 * the same venue, one person in common) but that no article reports together, each naming different
 * other people. One side may be wrong, or the meeting had more people than either says: a reader should see both.
 */
import type { Discrepancy, Person, TimelineEvent } from '../corpus/schema.ts';
import { startsAtStatedClock } from './event-times.ts';

const MEETING_KINDS = new Set<TimelineEvent['kind']>(['meeting', 'talks']);
const SAME_START_MS = 15 * 60_000;

function articlesOf(event: TimelineEvent): Set<string> {
  return new Set(event.sources.map((source) => source.articleId));
}

function looksLikeOneOccasion(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.start.slice(0, 10) !== b.start.slice(0, 10)) return false;
  const bothClocked = startsAtStatedClock(a.timeBasis.start) && startsAtStatedClock(b.timeBasis.start);
  const sameStart = bothClocked && Math.abs(Date.parse(a.start) - Date.parse(b.start)) <= SAME_START_MS;
  const sameVenue = a.place !== null && a.place === b.place;
  return sameStart || sameVenue;
}

/** Meetings whose reports disagree on who took part, one discrepancy per occasion they seem to be. */
export function findParticipantDiscrepancies(events: TimelineEvent[], people: Person[]): Discrepancy[] {
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  const names = (event: TimelineEvent) => event.participants.map((id) => nameOf.get(id) ?? id).join(' and ');
  const meetings = events.filter((event) => MEETING_KINDS.has(event.kind) && event.participants.length >= 2);
  // Only meetings on one day can be one occasion: each is compared with the later meetings of its day alone.
  const meetingsOfDay = new Map<string, TimelineEvent[]>();
  for (const meeting of meetings) {
    const day = meeting.start.slice(0, 10);
    const list = meetingsOfDay.get(day);
    if (list) list.push(meeting);
    else meetingsOfDay.set(day, [meeting]);
  }
  // Meetings that disagree pairwise are grouped into occasions: one discrepancy each, one claim per
  // meeting, so a corpus with many reports of one occasion does not list every pair of them.
  const occasionOf = new Map(meetings.map((meeting) => [meeting.id, meeting.id]));
  const find = (id: string): string => {
    let root = id;
    while (occasionOf.get(root) !== root) root = occasionOf.get(root)!;
    occasionOf.set(id, root);
    return root;
  };
  const disagreeing = new Set<string>();
  meetings.forEach((first) => {
    const sameDay = meetingsOfDay.get(first.start.slice(0, 10))!;
    for (const second of sameDay.slice(sameDay.indexOf(first) + 1)) {
      const shared = first.participants.filter((id) => second.participants.includes(id));
      const sameSet = shared.length === first.participants.length && shared.length === second.participants.length;
      if (shared.length === 0 || sameSet || !looksLikeOneOccasion(first, second)) continue;
      const firstArticles = articlesOf(first);
      if ([...articlesOf(second)].some((articleId) => firstArticles.has(articleId))) continue;
      disagreeing.add(first.id).add(second.id);
      const [rootA, rootB] = [find(first.id), find(second.id)];
      if (rootA !== rootB) occasionOf.set(rootB, rootA);
    }
  });
  const occasions = new Map<string, TimelineEvent[]>();
  for (const meeting of meetings) {
    if (!disagreeing.has(meeting.id)) continue;
    const root = find(meeting.id);
    const members = occasions.get(root);
    if (members) members.push(meeting);
    else occasions.set(root, [meeting]);
  }
  const claimOf = (event: TimelineEvent) => {
    const source = event.sources[0]!;
    const span = source.spans[0]!;
    return { articleId: source.articleId, start: span.start, end: span.end, value: names(event) };
  };
  return [...occasions.values()].map((members) => {
    const first = members[0]!;
    const titles = members.map((event) => `“${event.title}”`);
    const listed = `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
    return {
      id: `${first.id}-participants`,
      topic: 'participants',
      description: `Sources disagree on who met: ${listed} look like one occasion (${first.place ?? 'the same start'}, the same day) but no article reports ${members.length === 2 ? 'both' : 'them together'}.`,
      eventId: first.id,
      claims: members.map(claimOf),
    };
  });
}
