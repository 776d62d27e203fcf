/**
 * Places each event in the tightest window the evidence allows: its day, parts of the day, clock times,
 * publication times of articles that report it in the past tense, and its order against other events.
 */
import type { Discrepancy } from '../corpus/schema.ts';
import type { EventMention } from './event-mentions.ts';
import type { Claim } from './claim-discrepancies.ts';
import { addDays, formatLongDate, formatZonedIso, wallClockToUtcMs } from '../corpus/zoned-time.ts';
import type { ArticleClock, EventTiming, TimedEventInput, TimeWindow } from './event-timing-types.ts';
import { clockInstantOnDay, findClockConflict, partOfDayOnDay } from './clock-on-day.ts';
import { collectOrderEdges, type OrderEdge } from './event-order.ts';

import {
  CLOCK_TIME_REASON,
  COUNTED_CLOCK_REASON,
  END_CLOCK_REASON,
  boundByDuration,
  startsAtStatedClock,
} from './time-bound-reasons.ts';

export type { ArticleClock, EventTiming, TimedEventInput } from './event-timing-types.ts';
export { clockInstantOnDay } from './clock-on-day.ts';
export { saysHowLongItLasted, startsAtStatedClock } from './time-bound-reasons.ts';

/** Windows for all events at once, since order constraints tie them together. */
export function placeEventsInTime(
  events: TimedEventInput[],
  mentionOwner: Map<EventMention, string>,
  mentionsByArticle: Map<string, EventMention[]>,
  articles: Map<string, ArticleClock>,
  zone: string,
  corpusDate: string,
  durations: Map<string, Claim[]> = new Map(),
): { timings: Map<string, EventTiming>; discrepancies: Discrepancy[] } {
  const windows = new Map<string, TimeWindow>();
  const discrepancies: Discrepancy[] = [];
  for (const event of events) {
    const { date, discrepancy } = chooseDayOfEvent(event, articles, corpusDate);
    if (discrepancy) discrepancies.push(discrepancy);
    const timeWindow = narrowWithinDay(event, date, zone, articles);
    const clockConflict = findClockConflict(event, date, zone);
    if (clockConflict) discrepancies.push(clockConflict);
    boundByDuration(timeWindow, durations.get(event.id) ?? []);
    windows.set(event.id, timeWindow);
  }

  const edges = collectOrderEdges(events, mentionOwner, mentionsByArticle);
  const titles = new Map(events.map((event) => [event.id, event.title]));
  for (let round = 0; round < events.length; round++) {
    let changed = false;
    for (const edge of edges) {
      const later = windows.get(edge.later)!;
      const earlier = windows.get(edge.earlier)!;
      if (later.date !== earlier.date) continue;
      if (earlier.lo > later.lo) {
        later.lo = earlier.lo;
        later.loBound = {
          reason: `Comes after “${titles.get(edge.earlier)}”, which cannot start earlier`,
          source: edge.source,
        };
        changed = true;
      }
      if (later.hi < earlier.hi) {
        earlier.hi = later.hi;
        earlier.hiBound = {
          reason: `Comes before “${titles.get(edge.later)}”, which is over by then`,
          source: edge.source,
        };
        changed = true;
      }
      // "Ahead of the meeting" set for 17:30: over before the later event's stated start.
      if (later.loBound.source && later.lo < earlier.hi && later.lo > earlier.lo) {
        earlier.hi = later.lo;
        earlier.hiBound = {
          reason: `Comes before “${titles.get(edge.later)}”, which starts then`,
          source: edge.source,
        };
        changed = true;
      }
    }
    if (!changed) break;
  }

  const edgesByLater = new Map<string, OrderEdge[]>();
  for (const edge of edges) {
    const list = edgesByLater.get(edge.later);
    if (list) list.push(edge);
    else edgesByLater.set(edge.later, [edge]);
  }
  const timings = new Map<string, EventTiming>();
  for (const event of events) {
    const timeWindow = windows.get(event.id)!;
    const after = (edgesByLater.get(event.id) ?? [])
      .map((edge) => ({ eventId: edge.earlier, source: edge.source }))
      .filter((entry, index, list) => list.findIndex((other) => other.eventId === entry.eventId) === index);
    timings.set(event.id, {
      start: formatZonedIso(timeWindow.lo, zone),
      end: formatZonedIso(timeWindow.hi, zone),
      timeBasis: {
        start: { at: formatZonedIso(timeWindow.lo, zone), ...timeWindow.loBound },
        end: { at: formatZonedIso(timeWindow.hi, zone), ...timeWindow.hiBound },
      },
      after,
    });
  }
  return { timings, discrepancies };
}

/**
 * The event's day: each day named for it ("on Sunday") is a vote; an article that states its own date
 * and reports the event without naming a day is half a vote for its date. Disagreement is a discrepancy.
 */
function chooseDayOfEvent(
  event: TimedEventInput,
  articles: Map<string, ArticleClock>,
  corpusDate: string,
): { date: string; discrepancy: Discrepancy | null } {
  const cues = event.mentions.filter((mention) => mention.day !== null);
  const votes = new Map<string, number>();
  const claimOf = new Map<string, { articleId: string; start: number; end: number; value: string }>();
  for (const mention of cues) {
    const date = mention.day!.date;
    votes.set(date, (votes.get(date) ?? 0) + 1);
    if (!claimOf.has(date))
      claimOf.set(date, { articleId: mention.articleId, ...mention.day!.span, value: formatLongDate(date) });
  }
  const articlesWithCue = new Set(cues.map((mention) => mention.articleId));
  const implicitlyDated = new Set<string>();
  for (const mention of event.mentions) {
    const article = articles.get(mention.articleId);
    // Only an article dated the corpus' own day counts: copy filed after midnight speaks of "yesterday".
    if (
      !article?.dateIsStated ||
      article.referenceDate !== corpusDate ||
      articlesWithCue.has(mention.articleId) ||
      implicitlyDated.has(mention.articleId)
    )
      continue;
    implicitlyDated.add(mention.articleId);
    const date = article.referenceDate;
    votes.set(date, (votes.get(date) ?? 0) + 0.5);
    if (!claimOf.has(date)) {
      claimOf.set(date, {
        articleId: mention.articleId,
        ...mention.sentence,
        value: `${formatLongDate(date)} (the article’s own date; it names no other day)`,
      });
    }
  }
  if (votes.size === 0) {
    for (const mention of event.mentions) {
      let date = articles.get(mention.articleId)?.referenceDate;
      // A next-day article that tells in the past tense, naming no day, what happened "in the evening" is about the
      // corpus' day: the day after's copy reports the day before unless it says "today" (which is a day cue).
      if (date === addDays(corpusDate, 1) && mention.tense === 'past') date = corpusDate;
      if (date) votes.set(date, (votes.get(date) ?? 0) + 1);
    }
  }
  // A tie goes to the day the reporting articles were written about (their reference dates).
  const support = new Map<string, number>();
  for (const mention of event.mentions) {
    const date = articles.get(mention.articleId)?.referenceDate;
    if (date) support.set(date, (support.get(date) ?? 0) + 1);
  }
  const ranked = [...votes.entries()].sort(
    (a, b) => b[1] - a[1] || (support.get(b[0]) ?? 0) - (support.get(a[0]) ?? 0) || a[0].localeCompare(b[0]),
  );
  const date = ranked[0]?.[0] ?? [...articles.values()][0]!.referenceDate;
  if (ranked.length < 2 || cues.length === 0) return { date, discrepancy: null };
  const described = (claimDate: string, weight: number) => {
    const mentionsNamingIt = cues.filter((mention) => mention.day!.date === claimDate).length;
    const parts = [
      mentionsNamingIt > 0 ? `${mentionsNamingIt} ${mentionsNamingIt === 1 ? 'mention' : 'mentions'}` : null,
      weight > mentionsNamingIt ? 'dated articles' : null,
    ];
    return `${formatLongDate(claimDate)} (${parts.filter(Boolean).join(', ')})`;
  };
  return {
    date,
    discrepancy: {
      id: `${event.id}-day`,
      topic: 'day',
      description: `Sources disagree on the day of “${event.title}”: ${ranked.map(([claimDate, weight]) => described(claimDate, weight)).join(' vs ')}.`,
      eventId: event.id,
      claims: ranked.map(([claimDate]) => claimOf.get(claimDate)!),
    },
  };
}

/** Readings this close are one moment told more or less precisely. */
const SAME_MOMENT_MS = 30 * 60_000;

function narrowWithinDay(
  event: TimedEventInput,
  date: string,
  zone: string,
  articles: Map<string, ArticleClock>,
): TimeWindow {
  const timeWindow: TimeWindow = {
    date,
    lo: wallClockToUtcMs(date, 0, 0, zone),
    hi: wallClockToUtcMs(addDays(date, 1), 0, 0, zone),
    loBound: { reason: `No earlier bound is reported: start of ${formatLongDate(date)}`, source: null },
    hiBound: { reason: `No later bound is reported: end of ${formatLongDate(date)}`, source: null },
  };
  const onThisDay = event.mentions.filter((mention) => !mention.day || mention.day.date === date);
  let startInCorpusZone = false;
  let startIsApproximate = false;
  // A live blog's stamp says when an entry reported it ("by 12:40"): a time the text states ("at about 12.35pm") comes first.
  const hasStatedClock = onThisDay.some(
    (mention) => mention.clock && !mention.clock.marksEnd && !mention.clock.fromEntryStamp,
  );
  for (const mention of onThisDay) {
    if (mention.partOfDay) {
      const { from, to } = partOfDayOnDay(mention.partOfDay, date, zone);
      const source = { articleId: mention.articleId, ...mention.partOfDay.span };
      if (from > timeWindow.lo) timeWindow.loBound = { reason: 'The text names the part of the day', source };
      if (to < timeWindow.hi) timeWindow.hiBound = { reason: 'The text names the part of the day', source };
      timeWindow.lo = Math.max(timeWindow.lo, from);
      timeWindow.hi = Math.min(timeWindow.hi, to);
    }
    if (mention.clock && !mention.clock.marksEnd && !(hasStatedClock && mention.clock.fromEntryStamp)) {
      const at = clockInstantOnDay(mention.clock, date, zone);
      // Of several start times the earliest stands (a later one is a discrepancy, reported apart).
      const isStatedAlready = startsAtStatedClock(timeWindow.loBound);
      // Of equal readings, the one in the corpus' own zone is the one to show ("10:30 a.m." over "3 pm IST").
      const readsInCorpusZone = (mention.clock.zone ?? zone) === zone;
      // A reading to the minute beats a rounder one ("shortly after 4 a.m.") of the same moment, whichever is earlier.
      const approximate = mention.clock.approximate === true;
      const sameMoment = at !== null && isStatedAlready && Math.abs(at - timeWindow.lo) <= SAME_MOMENT_MS;
      const refines = sameMoment && startIsApproximate && !approximate;
      const earlier =
        at !== null &&
        (refines ||
          (isStatedAlready
            ? !(sameMoment && approximate && !startIsApproximate) &&
              (at < timeWindow.lo || (at === timeWindow.lo && readsInCorpusZone && !startInCorpusZone))
            : at >= timeWindow.lo));
      if (at !== null && earlier && at < timeWindow.hi) {
        startInCorpusZone = readsInCorpusZone;
        startIsApproximate = approximate;
        timeWindow.lo = at;
        timeWindow.loBound = {
          reason: mention.clock.countedFrom ? COUNTED_CLOCK_REASON : CLOCK_TIME_REASON,
          source: { articleId: mention.articleId, ...mention.clock.span },
        };
      }
    }
    const article = articles.get(mention.articleId);
    if (
      mention.tense === 'past' &&
      article?.publishedMs &&
      article.publishedMs < timeWindow.hi &&
      article.publishedMs > timeWindow.lo
    ) {
      timeWindow.hi = article.publishedMs;
      timeWindow.hiBound = {
        reason: `Reported as past in an article published ${article.publishedLabel}`,
        source: { articleId: mention.articleId, ...mention.sentence },
      };
    }
  }
  for (const mention of onThisDay) {
    const end = mention.clock?.marksEnd ? mention.clock : mention.endClock;
    if (!end) continue;
    const at = clockInstantOnDay(end, date, zone);
    if (at !== null && at > timeWindow.lo && at < timeWindow.hi) {
      timeWindow.hi = at;
      timeWindow.hiBound = { reason: END_CLOCK_REASON, source: { articleId: mention.articleId, ...end.span } };
    }
  }
  return timeWindow;
}
