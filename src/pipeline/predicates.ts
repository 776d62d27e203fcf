/**
 * Open-domain event predicates: in each sentence the text anchors in time (a clock time, a part of
 * the day, a weekday, "yesterday", a live-blog entry's stamp), the verb that says what happened
 * ("struck", "was refloated", "lifted off", "scored"), with its lemma, found by part-of-speech
 * tagging (compromise), not by a list of occasion words. Per article, so it runs in any thread.
 */
import nlp from 'compromise';
import type { Paragraph, Span } from '../corpus/schema.ts';
import { ENTRY_LEAD_SENTENCES, stampedSpans } from './live-blog-entries.ts';
import { blankQuotedPassages, findQuotedPassages } from './quote-marks.ts';
import { namesOccasionOrHabit } from './occasion-triggers.ts';
import { objectAfter, subjectBefore } from './predicate-arguments.ts';
import { locate, verbsTaggedAsNouns, type TaggedVerb } from './tagged-verbs.ts';

export interface Predicate {
  /** The sentence the predicate heads. */
  sentence: Span;
  /** The verb phrase as written ("was refloated", "lifted off"). */
  span: Span;
  /** Its dictionary form ("refloat", "lift"). */
  lemma: string;
  /** The noun phrase before the verb, trimmed ("The first quake"), if any. */
  subject: Span | null;
  /** What follows the verb up to a comma, a time or a clause break ("southern Turkey"). */
  object: Span | null;
  /** The live-blog stamp line ("01:42 GMT") of the entry the sentence opens, if it opens one. */
  entryStamp: Span | null;
}

/** Verbs that report, think or feel rather than say what happened; and auxiliaries. A documented table of function verbs, not of events. */
const NOT_HAPPENINGS = new Set(
  (
    'say tell add note state claim report quote describe explain believe think know expect hope want feel seem appear ' +
    'be have do get become remain keep continue include mean need try make show suggest urge call warn insist ask reply ' +
    'confirm deny admit accord cite write post tweet comment remark see look watch hear update follow'
  ).split(' '),
);

/** Of those, the verbs that report a happening when nothing follows them as object ("a second quake followed"). */
const FOLLOWS_WHEN_ALONE = new Set(['follow']);

/** A cheap test that a sentence says when: only such sentences are tagged. */
const TIME_ANCHOR =
  /\b(?:[01]\d[0-5]\d\s*(?:GMT|UTC|hrs)|\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|hrs|GMT|UTC|local time)?|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|this (?:morning|afternoon|evening)|(?:early|late|later) (?:on|in)\b|(?:in the |on \w+ )?(?:morning|afternoon|evening|night)|midday|noon|midnight|dawn|before dawn|minutes? later|hours? later|shortly (?:after|before))\b/i;

/** Anchored predicates of one article, at most one per sentence, outside quotation marks. */
export function findPredicates(text: string, paragraphs: Paragraph[], sentences: Span[]): Predicate[] {
  const predicates: Predicate[] = [];
  const body = paragraphs.filter((paragraph) => paragraph.kind === 'body');
  const quoted = body.flatMap((paragraph) =>
    findQuotedPassages(text, paragraph.start, paragraph.end, 1).map((passage) => passage.outer),
  );
  const stamped = stampedSpans(text, paragraphs);
  // Sentences and entries both run in text order: one cursor walks the entries.
  let entryIndex = 0;
  let currentEntry = -1;
  let sentencesIntoEntry = 0;
  let entryNewsFound = false;
  /** The entry's opening cry when it is a noun ("SEPARATION!", "LIFTOFF!"): it names what the next sentence's "is" reports. */
  let cryNoun: string | null = null;
  for (const sentence of sentences) {
    while (entryIndex < stamped.length && stamped[entryIndex]!.end <= sentence.start) entryIndex++;
    const entry = stamped[entryIndex];
    const inEntry = entry !== undefined && entry.start <= sentence.start && sentence.end <= entry.end;
    if (inEntry && currentEntry !== entryIndex) {
      currentEntry = entryIndex;
      sentencesIntoEntry = 0;
      entryNewsFound = false;
      cryNoun = null;
    }
    // An entry's first sentence with a verb is its news ("GOAL! Okafor heads in from a corner": the second);
    // the stamp dates that one, the rest is context.
    const leadsEntry: boolean = inEntry && !entryNewsFound && sentencesIntoEntry < ENTRY_LEAD_SENTENCES;
    if (inEntry) sentencesIntoEntry++;
    const slice = text.slice(sentence.start, sentence.end);
    if (slice.length > 600) continue;
    if (!leadsEntry && !TIME_ANCHOR.test(slice)) continue;
    // A sentence that names an occasion is that occasion's mention (see event-mentions.ts); tagging it would be wasted.
    if (namesOccasionOrHabit(slice)) {
      entryNewsFound ||= leadsEntry;
      continue;
    }
    // "Welcome to our live coverage", "I watched Steve do his thing": the writer speaking of themselves, not news.
    if (FIRST_PERSON.test(blankQuotedPassages(text, sentence, quoted))) continue;
    const predicate = findMainPredicate(text, sentence, quoted, leadsEntry ? cryNoun : null);
    if (!predicate) {
      // Only a cry ("OUT!", "That's it!": no verb, or three words at most) passes the entry's news on; "The mayor says 10
      // streets are flooded" is the news.
      if (leadsEntry && slice.split(/\s+/).length > 3 && nlp(slice).has('#Verb')) entryNewsFound = true;
      else if (leadsEntry) cryNoun = nounOfCry(slice);
      continue;
    }
    predicates.push({ ...predicate, entryStamp: leadsEntry && entry ? entry.stamp : null });
    entryNewsFound ||= leadsEntry;
  }
  return predicates;
}

const FIRST_PERSON = /\b(?:I|me|my|we|us|our|ours)\b/;

/**
 * `cryNoun`: the noun of the cry that opened the sentence's entry ("SEPARATION!"); a following "Webb is free of the upper
 * stage" then reports it, its "is" standing for the cry.
 */
function findMainPredicate(
  text: string,
  sentence: Span,
  quoted: Span[],
  cryNoun: string | null,
): Omit<Predicate, 'entryStamp'> | null {
  const written = text.slice(sentence.start, sentence.end);
  // "AUSTRALIA WIN THE WORLD CUP!": a sentence in capitals is tagged as if written in sentence case (same length).
  const shouted = isShouted(written);
  const slice = shouted ? written.charAt(0) + written.slice(1).toLowerCase() : written;
  const doc = nlp(slice);
  // Offsets are found here, in order, rather than by the tagger: its offset pass costs more than the tagging.
  const verbs = locate(slice, doc.verbs().json() as Array<Omit<TaggedVerb, 'offset'>>);
  return (
    pickPredicate(text, sentence, quoted, verbs, cryNoun, shouted) ??
    pickPredicate(text, sentence, quoted, verbsTaggedAsNouns(slice, doc), null, shouted)
  );
}

/** Three words or more, no lower-case letter, and a lower-cased copy as long as the text (offsets stay valid). */
function isShouted(sentence: string): boolean {
  return (
    !/\p{Ll}/u.test(sentence) &&
    sentence.trim().split(/\s+/).length >= 3 &&
    sentence.toLowerCase().length === sentence.length
  );
}

/** "SEPARATION!", "Liftoff!": a one-word cry that is a noun (not "OUT!", "WOW!"), lower-cased; else null. */
function nounOfCry(cry: string): string | null {
  const word = cry
    .replace(/[^\p{L}\s-]/gu, '')
    .trim()
    .toLowerCase();
  if (!/^\p{L}[\p{L}-]{3,}$/u.test(word)) return null;
  const term = nlp(word);
  return term.has('#Noun') && !term.has('#Pronoun') && !term.has('#Verb') ? word : null;
}

/** The first verb that says what happened: not a reporting, modal or subordinate one, not inside quotation marks. */
function pickPredicate(
  text: string,
  sentence: Span,
  quoted: Span[],
  verbs: TaggedVerb[],
  cryNoun: string | null,
  shouted = false,
): Omit<Predicate, 'entryStamp'> | null {
  for (const verb of verbs) {
    const start = sentence.start + verb.offset.start;
    const end = start + verb.offset.length;
    if (quoted.some((span) => span.start <= start && start < span.end)) continue;
    // The infinitive's first word is the verb itself: "break out" → "break" (auxiliaries are not part of it).
    const infinitive = (verb.verb?.infinitive ?? verb.text)
      .toLowerCase()
      .split(/\s+/)[0]!
      .replace(/[^a-z-]/g, '');
    const lemma = infinitive === 'be' && cryNoun ? cryNoun : infinitive;
    // "A second quake followed around midday" happened; "the crowd followed the game" only relates two things.
    const objectOfVerb = FOLLOWS_WHEN_ALONE.has(lemma)
      ? objectAfter(text, sentence, { start, end: start + verb.text.trim().split(/\s+/)[0]!.length })
      : null;
    const happensAlone =
      FOLLOWS_WHEN_ALONE.has(lemma) &&
      (objectOfVerb === null ||
        /^(?:just|soon|quickly|swiftly|later|again|afterwards|overnight)$/i.test(
          text.slice(objectOfVerb.start, objectOfVerb.end),
        ));
    if (lemma.length < 3 || (NOT_HAPPENINGS.has(lemma) && !happensAlone)) continue;
    // "Judge Osei sentences …", "Chairman Li", "outside Court": a capitalised word before a name, or in the middle of a sentence, is a title or a name.
    const verbWord = text.slice(start, end);
    if (
      !shouted &&
      /^\p{Lu}/u.test(verbWord) &&
      !/\s/.test(verbWord.trim()) &&
      (start > sentence.start || /^\s+\p{Lu}/u.test(text.slice(end, end + 3)))
    )
      continue;
    // "must convene", "could reopen": an obligation or a possibility, not something that happened or is planned.
    if (
      /\b(?:must|should|could|would|might|may|can|cannot|can't|won't)\b/i.test(verb.text) ||
      /\b(?:must|should|could|would|might|may|can)\s+(?:not\s+)?$/i.test(
        text.slice(Math.max(sentence.start, start - 12), start),
      )
    )
      continue;
    // Gerunds and infinitives ("killing", "to win") describe, the finite verb says what happened.
    if (/^(?:to\s|\w+ing$)/i.test(verb.text.trim()) && !/\b(?:is|are|was|were|has|have|had)\b/i.test(verb.text))
      continue;
    if (/\bto\s+$/i.test(text.slice(Math.max(sentence.start, start - 4), start))) continue;
    // A verb of a relative clause ("which the survey put at 7.8") describes a noun, not what happened.
    const clauseBefore = text
      .slice(sentence.start, start)
      .split(/[,;—–(]/)
      .at(-1)!;
    if (/\b(?:which|who|whom|whose|where|that)\b/i.test(clauseBefore)) continue;
    const written = text.slice(start, end).replace(/[\s,.;:]+$/, '');
    const span = { start, end: start + written.length };
    return {
      sentence,
      span,
      lemma,
      subject: subjectBefore(text, sentence, span),
      object: objectAfter(text, sentence, span),
    };
  }
  return null;
}
