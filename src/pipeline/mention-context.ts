/** Who, where and in what order: the people, place and sequence a sentence gives its event mentions. */
import type { Span } from '../corpus/schema.ts';
import { VENUE_HEADS } from './gazetteer.ts';
import { CITY_TIME_ZONES } from './time-zone-names.ts';
import type { EventMention } from './event-mention-types.ts';

const CONNECTOR_BEFORE_OBJECT =
  /\b(ahead of|before|prior to|in the run-up to)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[^,.;]{0,50}$/i;

const CONNECTOR_AFTER_OBJECT =
  /\b(after|following|later by|post)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[^,.;]{0,50}$/i;

const VENUE = new RegExp(`\\bat\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,4}(?:${VENUE_HEADS.join('|')}))\\b`, 'u');

const CITY = new RegExp(
  `\\b(?:in|at|to)\\s+(${Object.keys(CITY_TIME_ZONES)
    .map((city) => city.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase()))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'u',
);

/** A speech or press conference is one person's: the first named before the event word (the clause's subject), if any. */
export function keepSpeakerOnly(
  mentions: EventMention[],
  people: Array<{ start: number; end: number; personId: string }>,
): void {
  for (const mention of mentions) {
    if ((mention.kind !== 'speech' && mention.kind !== 'press-conference') || mention.participants.length < 2) continue;
    const subject = people
      .filter(
        (person) =>
          mention.participants.includes(person.personId) &&
          person.end <= mention.trigger.start &&
          person.start >= mention.sentence.start,
      )
      .sort((a, b) => a.start - b.start)[0];
    if (subject) mention.participants = [subject.personId];
  }
}

/** Each person goes to the nearest event word in the same stretch of quoted or unquoted text. */
export function assignParticipants(
  mentions: EventMention[],
  people: Array<{ start: number; end: number; personId: string }>,
  quoteOf: (offset: number) => number,
): void {
  for (const person of people) {
    const candidates = mentions.filter((mention) => quoteOf(mention.trigger.start) === quoteOf(person.start));
    const namesOccasion = (mention: EventMention) =>
      !mention.definite ||
      mention.format ||
      mention.ordinal ||
      mention.kind === 'summit' ||
      mention.kind === 'dialogue';
    const receivers = candidates.length > 1 ? candidates.filter(namesOccasion) : candidates;
    const pool = receivers.length > 0 ? receivers : candidates;
    let nearest: EventMention | null = null;
    let distance = Infinity;
    for (const mention of pool) {
      const gap =
        person.start >= mention.trigger.end ? person.start - mention.trigger.end : mention.trigger.start - person.end;
      if (gap < distance) {
        distance = gap;
        nearest = mention;
      }
    }
    if (nearest && !nearest.participants.includes(person.personId)) nearest.participants.push(person.personId);
  }
}

export function assignPlace(
  text: string,
  sentence: Span,
  mentions: EventMention[],
  datelinePlace: string | null,
): void {
  const slice = text.slice(sentence.start, sentence.end);
  const venue = VENUE.exec(slice);
  const city = CITY.exec(slice);
  const here = /\bhere\b/i.exec(slice);
  let place: EventMention['place'] = null;
  if (venue)
    place = {
      name: venue[1]!,
      span: { start: sentence.start + venue.index, end: sentence.start + venue.index + venue[0].length },
    };
  else if (city)
    place = {
      name: city[1]!,
      span: { start: sentence.start + city.index, end: sentence.start + city.index + city[0].length },
    };
  else if (here && datelinePlace)
    place = { name: datelinePlace, span: { start: sentence.start + here.index, end: sentence.start + here.index + 4 } };
  if (!place) return;
  // A reference back ("welcomed the ruling") does not say which city the event was in; a venue it names does.
  for (const mention of mentions) if (!mention.definite || (venue && mentions.length === 1)) mention.place = place;
}

/** "A ahead of B", "After B, … A": orders the sentence's main event against the event a connector governs. */
export function assignOrder(text: string, sentence: Span, mentions: EventMention[], firstIndex: number): void {
  if (mentions.length < 2) return;
  const governed = mentions.map((mention) => {
    const before = text.slice(sentence.start, mention.trigger.start);
    if (CONNECTOR_BEFORE_OBJECT.test(before)) return 'before-object';
    if (CONNECTOR_AFTER_OBJECT.test(before)) return 'after-object';
    return null;
  });
  const mainIndex = governed.findIndex((role) => role === null);
  if (mainIndex < 0) return;
  const main = mentions[mainIndex]!;
  governed.forEach((role, index) => {
    if (role === null || index === mainIndex) return;
    mentions[index]!.governed = true;
    if (role === 'before-object') main.before.push({ mention: firstIndex + index, span: sentence });
    else main.after.push({ mention: firstIndex + index, span: sentence });
  });
}

/** "later in the day": the event comes after the nearest earlier mention of another event in the article. */
export function linkLaterInDay(mentions: EventMention[]): void {
  mentions.forEach((mention, index) => {
    if (!mention.laterInDay) return;
    for (let earlier = index - 1; earlier >= 0; earlier--) {
      const candidate = mentions[earlier]!;
      if (candidate.kind === mention.kind) continue;
      mention.after.push({ mention: earlier, span: mention.sentence });
      return;
    }
  });
}
