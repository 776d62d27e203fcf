/**
 * Where articles reporting the same event give numbers or durations that cannot both be true
 * ("11 judges" / "all 12 judges", "a 30-minute meeting" / "lasted about 45 minutes"): one discrepancy
 * per event and topic, quoting one claim of each disagreeing side with its span.
 */
import type { Discrepancy } from '../corpus/schema.ts';
import type { EventMention } from './event-mentions.ts';
import { claimsAgree, type Precision } from './claim-precision.ts';
import { findDurations } from './durations.ts';
import { findQuantities } from './quantities.ts';

export interface ClaimedEvent {
  id: string;
  title: string;
  mentions: EventMention[];
}

export interface Claim {
  articleId: string;
  value: number;
  precision: Precision;
  text: string;
  start: number;
  end: number;
}

export interface EventClaims {
  /** Counted things by unit ("judge" → the claims of each article). */
  quantities: Map<string, Claim[]>;
  durations: Claim[];
}

/** Number and duration discrepancies of every event; `texts` maps article ids to their text. */
export function findClaimDiscrepancies(
  events: ClaimedEvent[],
  texts: Map<string, string>,
  claimsByEvent: Map<string, EventClaims> = collectEventClaims(events, texts),
): Discrepancy[] {
  const discrepancies: Discrepancy[] = [];
  for (const event of events) {
    const { quantities, durations } = claimsByEvent.get(event.id)!;
    for (const [unit, claims] of [...quantities.entries()].sort()) {
      const sides = disagreeingSides(claims);
      if (sides)
        discrepancies.push(
          describe(
            event,
            'number',
            `${event.id}-number-${unit}`,
            unit === 'magnitude' ? 'the magnitude' : `the number of ${plural(unit)}`,
            sides,
          ),
        );
    }
    const durationSides = disagreeingSides(durations);
    if (durationSides)
      discrepancies.push(describe(event, 'duration', `${event.id}-duration`, 'how long it lasted', durationSides));
  }
  return discrepancies;
}

/** The figures each event's reporting sentences give, each kept by the event whose word is nearest to it. */
export function collectEventClaims(events: ClaimedEvent[], texts: Map<string, string>): Map<string, EventClaims> {
  const sentenceMentions = groupBySentence(events);
  const claimsByEvent = new Map<string, EventClaims>();
  for (const event of events) {
    const quantities = new Map<string, Claim[]>();
    const durations: Claim[] = [];
    const seenSentences = new Set<string>();
    for (const mention of event.mentions) {
      const key = `${mention.articleId}:${mention.sentence.start}`;
      if (seenSentences.has(key)) continue;
      seenSentences.add(key);
      const sentence = texts.get(mention.articleId)!.slice(mention.sentence.start, mention.sentence.end);
      // "the minimum would have been 15 years", "if 20 had died": what did not happen claims nothing.
      if (HYPOTHETICAL.test(sentence)) continue;
      const rivals = sentenceMentions.get(key) ?? [];
      // A figure belongs to the event whose word is nearest to it in the sentence.
      const isNearest = (offset: number) => nearestMention(rivals, offset)?.eventId === event.id;
      for (const quantity of findQuantities(sentence, mention.sentence.start)) {
        if (!isNearest(quantity.span.start)) continue;
        const claims = quantities.get(quantity.unit) ?? [];
        claims.push({
          articleId: mention.articleId,
          value: quantity.value,
          precision: quantity.precision,
          text: quantity.text,
          ...quantity.span,
        });
        quantities.set(quantity.unit, claims);
      }
      for (const duration of findDurations(sentence, mention.sentence.start)) {
        if (!isNearest(duration.span.start)) continue;
        durations.push({
          articleId: mention.articleId,
          value: duration.minutes,
          precision: duration.precision,
          text: duration.text,
          ...duration.span,
        });
      }
    }
    claimsByEvent.set(event.id, { quantities, durations });
  }
  return claimsByEvent;
}

function groupBySentence(events: ClaimedEvent[]): Map<string, Array<{ eventId: string; trigger: number }>> {
  const bySentence = new Map<string, Array<{ eventId: string; trigger: number }>>();
  for (const event of events) {
    for (const mention of event.mentions) {
      const key = `${mention.articleId}:${mention.sentence.start}`;
      const rivals = bySentence.get(key);
      if (rivals) rivals.push({ eventId: event.id, trigger: mention.trigger.start });
      else bySentence.set(key, [{ eventId: event.id, trigger: mention.trigger.start }]);
    }
  }
  return bySentence;
}

function nearestMention(mentions: Array<{ eventId: string; trigger: number }>, offset: number) {
  return mentions.reduce<{ eventId: string; trigger: number } | null>(
    (best, mention) => (!best || Math.abs(mention.trigger - offset) < Math.abs(best.trigger - offset) ? mention : best),
    null,
  );
}

const HYPOTHETICAL = /\b(?:would|could|might|should)\s+(?:not\s+)?have\b|\bif\b/i;

/**
 * Groups claims into sides whose members agree with the side's first claim; returns the sides when two articles
 * give figures of which none agree ("five years" / "six years"), else null. One article's own figures never
 * conflict, and an article that gives a figure another also gives is not contradicted by that one's other figures
 * ("five years, and three suspended" against "five years").
 */
function disagreeingSides(claims: Claim[]): Claim[][] | null {
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) byArticle.set(claim.articleId, [...(byArticle.get(claim.articleId) ?? []), claim]);
  const articles = [...byArticle.values()];
  const conflicting = new Set<string>();
  articles.forEach((ours, index) => {
    for (const theirs of articles.slice(index + 1)) {
      if (ours.some((a) => theirs.some((b) => claimsAgree(a, b)))) continue;
      conflicting.add(ours[0]!.articleId).add(theirs[0]!.articleId);
    }
  });
  if (conflicting.size === 0) return null;
  // The conflicting articles' figures, grouped with those they agree with; an article that shares a figure with another
  // is shown by its shared figures only (its "two years suspended" is not a side of "four years" against "five").
  const shared = (claim: Claim) =>
    claims.some((other) => other.articleId !== claim.articleId && claimsAgree(claim, other));
  const sharesAny = new Set(claims.filter(shared).map((claim) => claim.articleId));
  const sides: Claim[][] = [];
  for (const claim of claims) {
    if (!conflicting.has(claim.articleId) || (sharesAny.has(claim.articleId) && !shared(claim))) continue;
    const side = sides.find((candidate) => claimsAgree(candidate[0]!, claim));
    if (side) side.push(claim);
    else sides.push([claim]);
  }
  return sides;
}

function describe(
  event: ClaimedEvent,
  topic: Discrepancy['topic'],
  id: string,
  what: string,
  sides: Claim[][],
): Discrepancy {
  const summary = sides
    .map((side) => {
      const articles = new Set(side.map((claim) => claim.articleId)).size;
      return `“${side[0]!.text}” (${articles} ${articles === 1 ? 'article' : 'articles'})`;
    })
    .join(' vs ');
  return {
    id,
    topic,
    description: `Sources disagree on ${what} in “${event.title}”: ${summary}.`,
    eventId: event.id,
    claims: sides.map((side) => ({
      articleId: side[0]!.articleId,
      start: side[0]!.start,
      end: side[0]!.end,
      value: side[0]!.text,
    })),
  };
}

function plural(unit: string): string {
  if (/(?:s|x|ch|sh)$/.test(unit)) return `${unit}es`;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  return `${unit}s`;
}
