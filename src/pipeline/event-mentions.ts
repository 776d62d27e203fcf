/**
 * Finds mentions of events in sentences (meetings, talks, dialogues, summits, arrivals, visits, press
 * conferences) with what each sentence says about them: who, where, which day, what part of the day,
 * and their order relative to other events.
 */
import * as chrono from 'chrono-node';
import type { EventKind, Person, Span } from '../corpus/schema.ts';
import type { ArticleView } from './article-view.ts';
import { blankQuotedPassages, findQuotedPassages } from './quote-marks.ts';
import { CITY_TIME_ZONES, VENUE_HEADS, ZONE_ABBREVIATIONS } from './gazetteer.ts';
import { findPlaceZone, zoneOfPlace } from './place-zones.ts';
import { WEEKDAYS, addDays, wallClockToUtcMs } from '../corpus/zoned-time.ts';
import { entryLeadStamps, type Predicate } from './predicates.ts';
import { FORMAT_TOKEN, HABITUAL, findTriggers } from './occasion-triggers.ts';
import { resolveWeekday } from './dates.ts';
import { rewriteClocks } from './clock-writing.ts';
import { findTimeOffsets } from './quantities.ts';

export interface DayCue {
  date: string;
  span: Span;
}

export interface PartOfDayCue {
  fromHour: number;
  toHour: number;
  /** The zone whose morning or evening is meant: the article's own, or null for the corpus zone. */
  zone: string | null;
  span: Span;
}

export interface ClockCue {
  hour: number;
  minute: number;
  /** The IANA zone the clock reads in: a stated zone ("3 pm IST"), else the article's own (dateline or stamp), else null for the corpus zone. */
  zone: string | null;
  /** "ended at 12:30 p.m.", "until 5 pm": the reading bounds the event's end, not its start. */
  marksEnd: boolean;
  /** Read from a live-blog entry's stamp: when the entry reported it, so the happening was at or before it. */
  fromEntryStamp?: boolean;
  /** "shortly after 4 a.m.", "around 6 pm", "4 a.m.": a rounder reading than one to the minute ("4:10 a.m."). */
  approximate?: boolean;
  /** "27 minutes later": counted from the clock the article gave before (its span); `span` is then the offset as written. */
  countedFrom?: Span;
  span: Span;
}

export interface EventMention {
  articleId: string;
  sentence: Span;
  trigger: Span;
  kind: EventKind;
  format: string | null;
  /** An acronym naming the occasion ("G20 summit", "SCO meeting"). */
  name: string | null;
  ordinal: string | null;
  annual: boolean;
  ministerial: boolean;
  participants: string[];
  /** Public remarks: a speech verb with its setting ("told reporters", "said in a statement"), not an occasion word. */
  remarks: boolean;
  /** "the talks": refers back to an event named earlier rather than introducing one. */
  definite: boolean;
  /** "her press conference", "the President's address": whose occasion it is, though definite. */
  possessive: boolean;
  inQuote: boolean;
  day: DayCue | null;
  partOfDay: PartOfDayCue | null;
  clock: ClockCue | null;
  place: { name: string; span: Span } | null;
  tense: 'past' | 'present' | 'future' | 'unknown';
  /** Index (into the same article's mentions) of mentions this one is said to come after / before. */
  after: Array<{ mention: number; span: Span }>;
  before: Array<{ mention: number; span: Span }>;
  /** "later in the day": after whatever the article reported before. */
  laterInDay: Span | null;
  /** The object of "ahead of" or "after": ordered against the sentence's main event, not described by it. */
  governed: boolean;
  /** For a happening (an open-domain predicate, see predicates.ts): the verb's lemma and its subject and object as written. */
  predicate: {
    lemma: string;
    subject: Span | null;
    object: Span | null;
    nouns: string;
    objectNouns: string;
    pronounSubject: boolean;
    subjectOrdinal: string | null;
  } | null;
  /** The clock reading as minutes of the UTC day, for comparing readings stated in different zones; null without a clock. */
  clockUtcMinute: number | null;
  /** "ended at 15:19" after a start clock in the same sentence ("began at 13:36"): the end, read beside the start. */
  endClock: ClockCue | null;
  /** The day the article's own "today" is (its reference date): the day an undated mention most likely means. */
  articleDate: string;
}

const CONNECTOR_BEFORE_OBJECT =
  /\b(ahead of|before|prior to|in the run-up to)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[^,.;]{0,50}$/i;
const CONNECTOR_AFTER_OBJECT =
  /\b(after|following|later by|post)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[^,.;]{0,50}$/i;
const PARTS_OF_DAY: Array<{ pattern: RegExp; fromHour: number; toHour: number }> = [
  { pattern: /\b(?:this\s+|on\s+\w+\s+)?morning\b/i, fromHour: 5, toHour: 12 },
  { pattern: /\b(?:this\s+|on\s+\w+\s+)?afternoon\b/i, fromHour: 12, toHour: 17 },
  { pattern: /\b(?:this\s+|on\s+\w+\s+)?evening\b/i, fromHour: 17, toHour: 22 },
  { pattern: /\b(?:tonight|(?:\w+day\s+)?night)\b/i, fromHour: 19, toHour: 24 },
];
const END_CLOCK = /\b(?:end(?:ed|s)?|conclud(?:ed|es)|wrapped up|finish(?:ed|es)|until|till|over by)\b[^.;]{0,20}$/i;
const LATER_IN_DAY = /\blater\s+(?:in\s+the\s+day|today|on\s+\w+day|tonight|in\s+the\s+evening)\b/i;
const VENUE = new RegExp(`\\bat\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,4}(?:${VENUE_HEADS.join('|')}))\\b`, 'u');
const CITY = new RegExp(
  `\\b(?:in|at|to)\\s+(${Object.keys(CITY_TIME_ZONES)
    .map((city) => city.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase()))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'u',
);

export interface PersonSpan {
  start: number;
  end: number;
  personId: string;
}

/** Every article's person mentions (people in corpus order, then each person's mentions in order): one pass, not one per article. */
export function personSpansByArticle(people: Person[]): Map<string, PersonSpan[]> {
  const byArticle = new Map<string, PersonSpan[]>();
  for (const person of people) {
    for (const { articleId, start, end } of person.mentions) {
      const span = { start, end, personId: person.id };
      const list = byArticle.get(articleId);
      if (list) list.push(span);
      else byArticle.set(articleId, [span]);
    }
  }
  return byArticle;
}

/** Event mentions of one article, in reading order; `personSpans` are the article's person mentions (see personSpansByArticle). */
export function findEventMentions(
  article: ArticleView,
  personSpans: PersonSpan[],
  referenceDate: string,
  datelinePlace: string | null,
  articleZone: string | null = null,
  predicates: Predicate[] = [],
  corpusZone = 'UTC',
): EventMention[] {
  const mentions: EventMention[] = [];
  const predicateOf = new Map(predicates.map((predicate) => [predicate.sentence.start, predicate]));
  const quoted = article.paragraphs
    .filter((paragraph) => paragraph.kind === 'body')
    .flatMap((paragraph) =>
      findQuotedPassages(article.text, paragraph.start, paragraph.end, 1).map((passage) => passage.outer),
    );
  // A day an article states ("struck southern Turkey yesterday") holds for the clocks it gives after it ("the second came
  // shortly after 1 pm"): in a next-day article those are not the publication day's.
  let statedDay: DayCue | null = null;
  const leadStamps = entryLeadStamps(article.text, article.paragraphs, article.sentences);
  for (const sentence of article.sentences) {
    const sentenceMentions = findSentenceMentions(
      article,
      sentence,
      personSpans,
      quoted,
      referenceDate,
      datelinePlace,
      articleZone,
      mentions.length,
      predicateOf.get(sentence.start) ?? null,
    );
    // A live-blog entry that opens with an occasion ("Erdoğan is speaking now at the AFAD centre") dates it by its stamp.
    const leadStamp = leadStamps.get(sentence.start);
    if (leadStamp)
      assignEntryStamp(
        article.text,
        leadStamp,
        sentenceMentions.filter(
          (mention) => mention.kind !== 'happening' && mention.tense !== 'future' && !mention.definite,
        ),
        articleZone,
      );
    for (const mention of sentenceMentions) {
      if (!mention.clock && mention.kind === 'happening' && mention.tense !== 'future')
        mention.clock = clockCountedFromEarlier(article.text, sentence, mentions);
      if (mention.day)
        statedDay =
          mention.tense === 'future' || isInRelativeClause(article.text, sentence, mention.day.span)
            ? statedDay
            : mention.day;
      else if (statedDay && mention.clock && !mention.clock.fromEntryStamp && mention.tense !== 'future')
        mention.day = statedDay;
      mention.clockUtcMinute = clockUtcMinute(mention, referenceDate, corpusZone);
    }
    mentions.push(...sentenceMentions);
  }
  linkLaterInDay(mentions);
  fillOrdinalSubjects(article.text, mentions);
  return mentions;
}

const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|last|latest|next|other)`;
const ORDINAL_ALONE = new RegExp(`^(?:the|a)\\s+${ORDINAL}$`, 'i');
const ORDINAL_AND_NOUN = new RegExp(`\\b${ORDINAL}\\s+(?:\\p{L}+\\s+)?(\\p{Ll}{3,})$`, 'iu');
const COUNTING_ORDINAL = /\b(first|second|third|fourth|fifth)\b/i;

/** The first counting ordinal a text says ("the second quake" → "second"): which of several like happenings it tells. */
export function countingOrdinalIn(text: string): string | null {
  return COUNTING_ORDINAL.exec(text)?.[1]?.toLowerCase() ?? null;
}

/**
 * "The first quake struck at 04:17 … The second came shortly after 1 pm": an ordinal standing alone as a subject means the
 * thing the article last counted ("quake"), so that noun is added to what the happening is about.
 */
function fillOrdinalSubjects(text: string, mentions: EventMention[]): void {
  let counted: string | null = null;
  for (const mention of mentions) {
    const subject = mention.predicate?.subject;
    if (!mention.predicate || !subject) continue;
    const written = text.slice(subject.start, subject.end);
    if (ORDINAL_ALONE.test(written)) {
      if (counted) mention.predicate.nouns = `${mention.predicate.nouns} ${counted}`;
      continue;
    }
    const noun = ORDINAL_AND_NOUN.exec(written)?.[1];
    if (noun) counted = noun;
  }
}

/**
 * "Twenty-seven minutes later, the telescope separated", "about 27 minutes after launch": a happening told as an offset
 * from the last clock time the article stated before it happened at that clock time plus the offset (rounded offsets
 * give a rough reading). Null when the sentence gives no offset, no earlier clock was stated, or the count leaves the day.
 */
function clockCountedFromEarlier(text: string, sentence: Span, earlier: EventMention[]): ClockCue | null {
  const offset = findTimeOffsets(text.slice(sentence.start, sentence.end), sentence.start)[0];
  if (!offset) return null;
  let from: ClockCue | null = null;
  for (const mention of earlier)
    if (mention.clock && !mention.clock.fromEntryStamp && !mention.clock.marksEnd && !mention.clock.countedFrom)
      from = mention.clock;
  if (!from) return null;
  const minuteOfDay = from.hour * 60 + from.minute + Math.round(offset.signedMinutes);
  if (minuteOfDay < 0 || minuteOfDay >= 24 * 60) return null;
  return {
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
    zone: from.zone,
    marksEnd: false,
    approximate: from.approximate === true || offset.precision !== 'exact',
    countedFrom: from.span,
    span: offset.span,
  };
}

/** The relative clause about a person ("who began reading at 9:30 a.m. (0730 GMT) in a packed courtroom") around `index`, as offsets in `slice`, or null. */
function clauseAboutPersonAround(slice: string, index: number): { start: number; end: number } | null {
  const breakBefore = Math.max(
    slice.lastIndexOf(',', index),
    slice.lastIndexOf(';', index),
    slice.lastIndexOf('—', index),
    slice.lastIndexOf('–', index),
  );
  const start = breakBefore + 1;
  const opening = /^\s*(?:who|whom|whose)\b/i.exec(slice.slice(start));
  if (!opening) return null;
  const after = slice.slice(index).search(/[,;—–]/);
  return { start, end: after < 0 ? slice.length : index + after };
}

/** "winds, which ruled out a launch on Friday, …": a day said inside a relative clause is that clause's, not the story's. */
function isInRelativeClause(text: string, sentence: Span, span: Span): boolean {
  const clause = text
    .slice(sentence.start, span.start)
    .split(/[,;—–(]/)
    .at(-1)!;
  return /\b(?:which|who|whom|whose|that)\b/i.test(clause);
}

function findSentenceMentions(
  article: ArticleView,
  sentence: Span,
  personSpans: Array<{ start: number; end: number; personId: string }>,
  quoted: Span[],
  referenceDate: string,
  datelinePlace: string | null,
  articleZone: string | null,
  firstIndex: number,
  predicate: Predicate | null,
): EventMention[] {
  const text = article.text.slice(sentence.start, sentence.end);
  if (HABITUAL.test(text)) return [];
  let triggers = findTriggers(text).map((trigger) => ({
    ...trigger,
    start: trigger.start + sentence.start,
    end: trigger.end + sentence.start,
  }));
  // A sentence that names no occasion may still report something done at a time: its main verb is the event.
  if (triggers.length === 0 && predicate)
    triggers = [{ start: predicate.span.start, end: predicate.span.end, kind: 'happening', remarks: false }];
  if (triggers.length === 0) return [];
  const quoteOf = (offset: number) => quoted.findIndex((span) => span.start <= offset && offset < span.end);

  const mentions: EventMention[] = triggers.map((trigger) => {
    const before = article.text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start);
    const phrase = `${before.slice(-45)} ${article.text.slice(trigger.start, trigger.end)}`;
    const format = FORMAT_TOKEN.test(phrase) ? '2+2' : null;
    const ordinalMatch = /\b(first(?:-ever)?|inaugural|\d+(?:st|nd|rd|th)|second|third)\b[^,.;]{0,40}$/i.exec(before);
    const isHappening = trigger.kind === 'happening';
    const definite =
      !isHappening &&
      !trigger.remarks &&
      /\b(?:the|this|that|our|his|her|their)\s+(?:[\p{L}\d'’‘+-]+\s+){0,5}$/iu.test(before);
    const possessive = /(?:\b(?:his|her|their)|\p{Lu}\p{L}+['’]s)\s+(?:[\p{L}\d'’‘+-]+\s+){0,3}$/u.test(before);
    return {
      articleId: article.id,
      sentence,
      trigger: { start: trigger.start, end: trigger.end },
      kind: format && trigger.kind !== 'summit' ? 'dialogue' : trigger.kind,
      format,
      name:
        trigger.kind === 'ruling'
          ? findCourtName(text)
          : (/\b(G\s?\d{1,2}|Group of \d{1,2}|[A-Z]{2,6})\s+$/
              .exec(before)?.[1]
              ?.replace(/^Group of (\d+)$/, 'G$1')
              .replace(/\s/g, '') ?? null),
      ordinal: ordinalMatch ? normalizeOrdinal(ordinalMatch[1]!) : null,
      annual: /\bannual\b[^,.;]{0,30}$/i.test(before),
      ministerial: /\b(?:inter)?ministerial(?:-level)?\b[^,.;]{0,30}$/i.test(before),
      participants: [],
      remarks: trigger.remarks,
      definite,
      possessive,
      inQuote: quoteOf(trigger.start) >= 0,
      day: null,
      partOfDay: null,
      clock: null,
      place: null,
      tense: findTense(text),
      after: [],
      before: [],
      laterInDay: null,
      governed: false,
      predicate:
        isHappening && predicate
          ? {
              lemma: predicate.lemma,
              subject: predicate.subject,
              object: predicate.object,
              nouns: wordsOf(article.text, predicate),
              objectNouns: predicate.object ? article.text.slice(predicate.object.start, predicate.object.end) : '',
              pronounSubject:
                predicate.subject !== null &&
                /^(?:it|he|she|they)$/i.test(article.text.slice(predicate.subject.start, predicate.subject.end)),
              subjectOrdinal: predicate.subject
                ? countingOrdinalIn(article.text.slice(predicate.subject.start, predicate.subject.end))
                : null,
            }
          : null,
      clockUtcMinute: null,
      endClock: null,
      articleDate: referenceDate,
    };
  });

  assignParticipants(
    mentions,
    personSpans.filter((span) => span.start >= sentence.start && span.end <= sentence.end),
    quoteOf,
  );
  keepSpeakerOnly(mentions, personSpans);
  assignOrder(article.text, sentence, mentions, firstIndex);
  // The sentence's tense is its main verb's: it describes the first event it does not merely order against.
  const main = mentions.find((mention) => !mention.governed);
  for (const mention of mentions) if (mention !== main) mention.tense = 'unknown';
  assignTimeCues(article.text, sentence, mentions, referenceDate, datelinePlace, articleZone, quoted);
  dropTimesOfReportedWords(article.text, mentions);
  if (predicate?.entryStamp)
    assignEntryStamp(
      article.text,
      predicate.entryStamp,
      mentions.filter((mention) => mention.kind === 'happening'),
      articleZone,
    );
  assignPlace(article.text, sentence, mentions, datelinePlace);
  // Inside quotes only events that the quote names outright count: "our meeting" is too vague to place.
  return mentions.filter(
    (mention) =>
      !mention.inQuote ||
      mention.participants.length > 0 ||
      mention.format ||
      mention.ordinal ||
      mention.annual ||
      mention.name,
  );
}

/** The court a ruling sentence names ("Britain's Supreme Court ruled" → "Supreme Court"), without country or article. */
function findCourtName(sentence: string): string | null {
  const match =
    /\b((?:(?:Supreme|High|Constitutional|Appeals?|District|Federal|International|Criminal|Special|Sessions|Family|Magistrates['’]?|Crown|Apex|Top)\s+)(?:Court|Tribunal|Bench))\b/.exec(
      sentence,
    );
  return match?.[1] ?? null;
}

function normalizeOrdinal(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith('first') || lower === 'inaugural') return 'First';
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function findTense(sentence: string): EventMention['tense'] {
  if (
    /\b(will|shall|is set to|are set to|is expected to|are expected to|is scheduled to|are scheduled to)\b/i.test(
      sentence,
    )
  )
    return 'future';
  if (/\b(is|are)\s+(?:underway|under way|holding|meeting|being held)\b|\bgets underway\b/i.test(sentence))
    return 'present';
  if (/\b(was|were|had|held|met|arrived|took place|concluded|signed|ended)\b/i.test(sentence)) return 'past';
  return 'unknown';
}

/** A speech or press conference is one person's: the first named before the event word (the clause's subject), if any. */
function keepSpeakerOnly(
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
function assignParticipants(
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

function assignTimeCues(
  text: string,
  sentence: Span,
  mentions: EventMention[],
  referenceDate: string,
  datelinePlace: string | null,
  articleZone: string | null,
  quoted: Span[],
): void {
  // "'…the quake struck at night,' Erdogan told reporters": a time a speaker says is theirs, not when the sentence's
  // event happened, unless the event itself is one the quote names.
  const slice = mentions.every((mention) => !mention.inQuote)
    ? blankQuotedPassages(text, sentence, quoted)
    : text.slice(sentence.start, sentence.end);
  // "early in the morning local time" in a sentence set in New York reads New York's clock.
  const datelineZone = zoneOfPlace(datelinePlace);
  // "Local time" is the place's clock (a place the sentence names, else the dateline's), never the publisher's stamp zone.
  const localZone = /\blocal time\b/i.test(slice) ? (findPlaceZone(slice) ?? datelineZone) : articleZone;
  const nearest = (offset: number) =>
    mentions.reduce((best, mention) =>
      Math.abs(mention.trigger.start - offset) < Math.abs(best.trigger.start - offset) ? mention : best,
    );
  const at = (index: number, length: number): Span => ({
    start: sentence.start + index,
    end: sentence.start + index + length,
  });

  // "flags fly until Sunday", "since Friday": a deadline or a start of something else, not the day of what the sentence reports.
  const weekday = new RegExp(`(?<!\\b(?:until|till|through|since|by|from)\\s+)\\b(${WEEKDAYS.join('|')})\\b`, 'i').exec(
    slice,
  );
  const relative = /\b(today|tonight|yesterday|tomorrow)\b/i.exec(slice);
  let day: DayCue | null = null;
  if (weekday) {
    const date = resolveWeekday(weekday[1]!, referenceDate);
    if (date) day = { date, span: at(weekday.index, weekday[0].length) };
  } else if (relative) {
    const shift = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[relative[1]!.toLowerCase()] ?? 0;
    day = { date: addDays(referenceDate, shift), span: at(relative.index, relative[0].length) };
  }
  const described = mentions.filter((mention) => !mention.governed);
  if (day) for (const mention of described.length > 0 ? described : mentions) mention.day = day;

  for (const part of PARTS_OF_DAY) {
    const match = part.pattern.exec(slice);
    if (match && !/\bday-long\b/i.test(match[0])) {
      nearest(sentence.start + match.index).partOfDay = {
        fromHour: part.fromHour,
        toHour: part.toHour,
        zone: localZone,
        span: at(match.index, match[0].length),
      };
    }
  }
  const later = LATER_IN_DAY.exec(slice);
  if (later) nearest(sentence.start + later.index).laterInDay = at(later.index, later[0].length);

  // "3.42pm" and "1220 GMT" are read as "3:42pm" and "12:20 GMT"; spans are mapped back to the text as written.
  const clockWriting = rewriteClocks(slice);
  const clockText = clockWriting.text;
  for (const result of chrono.parse(clockText, new Date(Date.UTC(2000, 0, 1)))) {
    if (!result.start.isCertain('hour') || !/\d|\b(?:noon|midday|midnight)\b/i.test(result.text)) continue;
    // "won in 2:04:11", "a lap of 1:32.5": a duration with seconds, not a clock (unless a meridiem or a zone says it is one).
    const after = clockText.slice(result.index + result.text.length);
    if (
      (/^[:.]\d/.test(after) || /\d:\d{2}:\d{2}/.test(result.text)) &&
      !saysItIsAClock(result.text + after.slice(0, 16))
    )
      continue;
    const start = clockWriting.original(result.index);
    const end = clockWriting.original(result.index + result.text.length);
    const target = nearest(sentence.start + start);
    // "Masipa, who began reading her sentence at 9:30 a.m., also handed …": a clause about a person tells what they did then,
    // not when the main verb happened ("the slide, which struck at 2:40 pm, carried away a bridge" dates the slide: kept).
    const clause = clauseAboutPersonAround(slice, start);
    if (
      clause &&
      !(target.trigger.start - sentence.start >= clause.start && target.trigger.start - sentence.start < clause.end)
    )
      continue;
    // A later clock of the sentence restates the first ("10:30 a.m. (0930 GMT)", "13:24 local time (10:24 GMT)") or is
    // another clause's ("set off at 9 am, and the women followed at 9:15"), unless it ends the first ("ended at 15:19").
    if (target.clock && !END_CLOCK.test(slice.slice(Math.max(0, start - 30), start + 3))) continue;
    // "began at 13:36 and ended at 15:19": a start already read keeps its place and the end is read beside it.
    if (target.clock && (target.clock.marksEnd || target.endClock)) continue;
    const following = clockText.slice(result.index + result.text.length, result.index + result.text.length + 40);
    const stated = statedZone(result.text, following.slice(0, 16)) ?? zoneOfClockPlace(following);
    // The span is the clock reading itself: "at 10:30 a.m." → "10:30 a.m.".
    const lead = /^(?:at|by|around|from|after|before)\s+/i.exec(result.text)?.[0].length ?? 0;
    const reading: ClockCue = {
      hour: result.start.get('hour')!,
      minute: result.start.get('minute') ?? 0,
      zone: stated ?? localZone,
      marksEnd: END_CLOCK.test(slice.slice(Math.max(0, start - 30), start + lead)),
      approximate:
        !result.start.isCertain('minute') ||
        /\b(?:shortly|just|soon|some time|sometime|around|about|approximately|roughly|nearly|almost)\s+(?:after\s+|before\s+)?(?:at\s+)?$/i.test(
          slice.slice(Math.max(0, start - 30), start + lead),
        ),
      span: at(start + lead, end - start - lead),
    };
    if (target.clock && reading.marksEnd) target.endClock = reading;
    else target.clock = reading;
  }
}

/** How far after "told reporters" a time can still be when the remarks were made ("… outside court late on Tuesday"). */
const REMARKS_TIME_REACH = 30;

/**
 * "Bercow told reporters that the Commons would return at 11.30am": a time in the reported words is when what they tell
 * happens, not when they were said. Remarks keep only the times said before, in, or right after their setting.
 */
function dropTimesOfReportedWords(text: string, mentions: EventMention[]): void {
  for (const mention of mentions) {
    if (!mention.remarks) continue;
    const reported = (span: Span | undefined) => {
      if (!span || span.start < mention.trigger.end) return false;
      const between = text.slice(mention.trigger.end, span.start);
      return between.length > REMARKS_TIME_REACH || /\bthat\b|[,:"“]/.test(between);
    };
    if (reported(mention.day?.span)) mention.day = null;
    if (reported(mention.partOfDay?.span)) mention.partOfDay = null;
    if (reported(mention.clock?.span)) mention.clock = null;
    if (reported(mention.endClock?.span)) mention.endClock = null;
  }
}

/** What the happening's subject and object say, as one string of words. */
function wordsOf(text: string, predicate: Predicate): string {
  return [predicate.subject, predicate.object].map((span) => (span ? text.slice(span.start, span.end) : '')).join(' ');
}

/** A live-blog entry's stamp ("01:42 GMT") is when what the entry reports had happened by: the clock of each of `mentions` that states none. */
function assignEntryStamp(text: string, stamp: Span, mentions: EventMention[], articleZone: string | null): void {
  const written = text.slice(stamp.start, stamp.end);
  const result = chrono.parse(written.replace(/(\d)\.(\d{2})/, '$1:$2'), new Date(Date.UTC(2000, 0, 1)))[0];
  if (!result || !result.start.isCertain('hour')) return;
  const zone = statedZone(written, '') ?? articleZone;
  for (const mention of mentions) {
    if (mention.clock) continue;
    mention.clock = {
      hour: result.start.get('hour')!,
      minute: result.start.get('minute') ?? 0,
      zone,
      marksEnd: false,
      span: stamp,
      fromEntryStamp: true,
    };
  }
}

/** Minutes of the UTC day the mention's clock reads, on its stated day (else the article's date). */
function clockUtcMinute(mention: EventMention, referenceDate: string, corpusZone: string): number | null {
  if (!mention.clock) return null;
  const ms = wallClockToUtcMs(
    mention.day?.date ?? referenceDate,
    mention.clock.hour,
    mention.clock.minute,
    mention.clock.zone ?? corpusZone,
  );
  return Math.round((((ms / 60_000) % 1440) + 1440) % 1440);
}

/** "04:17:35 GMT", "2:04:11 p.m.", "01:17:35 local time": a reading with seconds that a meridiem, a known zone or "local time" makes a clock. */
function saysItIsAClock(reading: string): boolean {
  if (/\d\s*[ap]\.?m\b/i.test(reading) || /\blocal time\b/i.test(reading)) return true;
  return [...reading.matchAll(/\b([A-Z]{2,4})\b/g)].some((match) => match[1]! in ZONE_ABBREVIATIONS);
}

/** "4 p.m. close in New York", "1320 in Paris": a clock read in the place named right after it. */
function zoneOfClockPlace(following: string): string | null {
  const place = /^\s*(?:\p{Ll}+\s+)?(in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u.exec(following);
  return place ? findPlaceZone(place[1]!) : null;
}

/** A zone named with a clock time: "3 pm IST", "0930 GMT", "13:36 local time" is the article's own. */
function statedZone(clockText: string, following: string): string | null {
  // The zone follows the clock's digits or meridiem ("7:50 p.m. EST on Saturday" is read whole by chrono), or the reading.
  const abbreviation =
    /\d(?:\s*[aApP]\.?[mM]\.?)?\s*\(?(?!(?:AM|PM)\b)([A-Z]{2,4})\b/.exec(clockText)?.[1] ??
    /^\s*\(?([A-Z]{2,4})\b/.exec(following)?.[1];
  return abbreviation ? (ZONE_ABBREVIATIONS[abbreviation]?.zone ?? null) : null;
}

function assignPlace(text: string, sentence: Span, mentions: EventMention[], datelinePlace: string | null): void {
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
function assignOrder(text: string, sentence: Span, mentions: EventMention[], firstIndex: number): void {
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
function linkLaterInDay(mentions: EventMention[]): void {
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
