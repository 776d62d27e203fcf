/**
 * Finds mentions of events in sentences (meetings, talks, dialogues, summits, arrivals, visits, press
 * conferences) with what each sentence says about them: who, where, which day, what part of the day,
 * and their order relative to other events.
 */
import type { Person, Span } from '../corpus/schema.ts';
import type { ArticleView } from './article-view.ts';
import { findQuotedPassages } from './quote-marks.ts';
import { entryLeadStamps } from './live-blog-entries.ts';
import type { Predicate } from './predicates.ts';
import { FORMAT_TOKEN, HABITUAL, findTriggers } from './occasion-triggers.ts';
import {
  assignEntryStamp,
  assignTimeCues,
  clockCountedFromEarlier,
  clockUtcMinute,
  dropTimesOfReportedWords,
  isInRelativeClause,
} from './mention-clocks.ts';
import type { DayCue, EventMention, PersonSpan } from './event-mention-types.ts';
import { assignOrder, assignParticipants, assignPlace, keepSpeakerOnly, linkLaterInDay } from './mention-context.ts';

export type { ClockCue, DayCue, EventMention, PartOfDayCue, PersonSpan } from './event-mention-types.ts';

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

/** What the happening's subject and object say, as one string of words. */
function wordsOf(text: string, predicate: Predicate): string {
  return [predicate.subject, predicate.object].map((span) => (span ? text.slice(span.start, span.end) : '')).join(' ');
}
