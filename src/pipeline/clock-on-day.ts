/** Clocks and parts of the day placed on a date in a zone, and the conflict between clocks that sources give for one event. */
import type { Discrepancy } from '../corpus/schema.ts';
import type { ClockCue, EventMention, PartOfDayCue } from './event-mentions.ts';
import { addDays, formatZonedIso, wallClockToUtcMs } from '../corpus/zoned-time.ts';
import type { TimedEventInput } from './event-timing-types.ts';

/** The instant a clock reading names on the corpus-zone day `date` (a clock in another zone may read the day before or after). */
export function clockInstantOnDay(clock: ClockCue, date: string, zone: string): number | null {
  const dayStart = wallClockToUtcMs(date, 0, 0, zone);
  const dayEnd = wallClockToUtcMs(addDays(date, 1), 0, 0, zone);
  const clockZone = clock.zone ?? zone;
  for (const shift of [0, -1, 1]) {
    const at = wallClockToUtcMs(addDays(date, shift), clock.hour, clock.minute, clockZone);
    if (at >= dayStart && at < dayEnd) return at;
  }
  return null;
}

/** The stretch a part of the day ("morning", in the article's zone) covers on the corpus-zone day `date`, clipped to it. */
export function partOfDayOnDay(part: PartOfDayCue, date: string, zone: string): { from: number; to: number } {
  const dayStart = wallClockToUtcMs(date, 0, 0, zone);
  const dayEnd = wallClockToUtcMs(addDays(date, 1), 0, 0, zone);
  const partZone = part.zone ?? zone;
  const candidates = [0, -1, 1].map((shift) => {
    const local = addDays(date, shift);
    const from = wallClockToUtcMs(local, part.fromHour, 0, partZone);
    const to =
      part.toHour >= 24
        ? wallClockToUtcMs(addDays(local, 1), 0, 0, partZone)
        : wallClockToUtcMs(local, part.toHour, 0, partZone);
    return { from: Math.max(from, dayStart), to: Math.min(to, dayEnd) };
  });
  return candidates.reduce((best, candidate) =>
    candidate.to - candidate.from > best.to - best.from ? candidate : best,
  );
}

/** Two clock readings of one event this close agree; a rough one ("shortly after 1 pm") agrees with more. */
const EXACT_AGREEMENT_MINUTES = 15;

const ROUGH_AGREEMENT_MINUTES = 45;

/** Two articles giving start times for one event that do not agree (see EXACT_AGREEMENT_MINUTES); entry stamps are not start times. */
export function findClockConflict(event: TimedEventInput, date: string, zone: string): Discrepancy | null {
  const readings: Array<{ at: number; mention: EventMention }> = [];
  for (const mention of event.mentions) {
    // An entry stamp says when a blog reported it, not when it happened: "01:42 GMT: a quake has struck" does not contradict "struck at 4:17".
    // A rough reading ("shortly after 1 pm") does not contradict a precise one within the hour either.
    if (
      !mention.clock ||
      mention.clock.marksEnd ||
      mention.clock.fromEntryStamp ||
      (mention.day && mention.day.date !== date)
    )
      continue;
    const at = clockInstantOnDay(mention.clock, date, zone);
    if (at !== null) readings.push({ at, mention });
  }
  const sides: Array<{ at: number; mention: EventMention }> = [];
  const agree = (a: { at: number; mention: EventMention }, b: { at: number; mention: EventMention }) =>
    Math.abs(a.at - b.at) <=
    (a.mention.clock!.approximate || b.mention.clock!.approximate ? ROUGH_AGREEMENT_MINUTES : EXACT_AGREEMENT_MINUTES) *
      60_000;
  for (const reading of readings) if (!sides.some((side) => agree(side, reading))) sides.push(reading);
  if (sides.length < 2 || new Set(sides.map((side) => side.mention.articleId)).size < 2) return null;
  sides.sort((a, b) => a.at - b.at);
  const label = (at: number) => `${formatZonedIso(at, zone).slice(11, 16)} (${zone})`;
  return {
    id: `${event.id}-time`,
    topic: 'time',
    description: `Sources disagree on when “${event.title}” happened: ${sides.map((side) => label(side.at)).join(' vs ')}.`,
    eventId: event.id,
    claims: sides.map((side) => ({
      articleId: side.mention.articleId,
      ...side.mention.clock!.span,
      value: label(side.at),
    })),
  };
}
