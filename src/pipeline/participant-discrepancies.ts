/**
 * "Who met whom": two meetings that look like one occasion (the same day, the same stated start or
 * the same venue, one person in common) but that no article reports together, each naming different
 * other people. One side may be wrong, or the meeting had more people than either says: a reader should see both.
 */
import type { Discrepancy, Person, TimelineEvent } from '../corpus/schema.ts';

const MEETING_KINDS = new Set<TimelineEvent['kind']>(['meeting', 'talks']);
const SAME_START_MS = 15 * 60_000;
const CLOCK_REASON = 'The text gives the clock time';

function articlesOf(event: TimelineEvent): Set<string> {
  return new Set(event.sources.map((source) => source.articleId));
}

function looksLikeOneOccasion(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.start.slice(0, 10) !== b.start.slice(0, 10)) return false;
  const bothClocked = a.timeBasis.start.reason === CLOCK_REASON && b.timeBasis.start.reason === CLOCK_REASON;
  const sameStart = bothClocked && Math.abs(Date.parse(a.start) - Date.parse(b.start)) <= SAME_START_MS;
  const sameVenue = a.place !== null && a.place === b.place;
  return sameStart || sameVenue;
}

/** Pairs of meetings whose reports disagree on who took part. */
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
  const discrepancies: Discrepancy[] = [];
  meetings.forEach((first) => {
    const sameDay = meetingsOfDay.get(first.start.slice(0, 10))!;
    for (const second of sameDay.slice(sameDay.indexOf(first) + 1)) {
      const shared = first.participants.filter((id) => second.participants.includes(id));
      const sameSet = shared.length === first.participants.length && shared.length === second.participants.length;
      if (shared.length === 0 || sameSet || !looksLikeOneOccasion(first, second)) continue;
      const firstArticles = articlesOf(first);
      if ([...articlesOf(second)].some((articleId) => firstArticles.has(articleId))) continue;
      const claimOf = (event: TimelineEvent) => {
        const source = event.sources[0]!;
        const span = source.spans[0]!;
        return { articleId: source.articleId, start: span.start, end: span.end, value: names(event) };
      };
      discrepancies.push({
        id: `${first.id}-participants`,
        topic: 'participants',
        description: `Sources disagree on who met: “${first.title}” and “${second.title}” look like one occasion (${first.place ?? 'the same start'}, the same day) but no article reports both.`,
        eventId: first.id,
        claims: [claimOf(first), claimOf(second)],
      });
    }
  });
  return discrepancies;
}
