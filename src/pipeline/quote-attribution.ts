/** Who said a quoted passage, read from the words around it ("…," the minister said; X quoted Y as saying), and through which channel. */
import type { Person, Quote, Span } from '../corpus/schema.ts';
import type { ArticleView } from './article-view.ts';
import type { QuotedPassage } from './quote-marks.ts';
import { VERBS, type MentionIndex } from './speaker-mentions.ts';
import { WIRE_AGENCIES } from './wire-agencies.ts';

/** A quote before it is grouped into a statement. */
export type FoundQuote = Omit<Quote, 'statementId'>;

const AFTER_QUOTED_AS_SAYING = /^[\s,.]*(?:news agency\s+(\S+)\s+)?quoted\s+(.+?)\s+as\s+saying/iu;
const AFTER_SUBJECT_VERB = new RegExp(
  `^[\\s,.]*([^,.;“”"]{1,60}?)\\s+(?:also\\s+|further\\s+)?(${VERBS}|read)\\b`,
  'iu',
);
const AFTER_VERB_SUBJECT = new RegExp(
  `^[\\s,.]*(${VERBS})\\s+([^,.;“”"]{1,60}?)(?=\\s+(?:in|on|at|during|while|after|before|as|to)\\b|[,.;“"]|$)`,
  'iu',
);
/** "The minister, speaking to reporters in X, said:": an aside between subject and verb. */
const SUBJECT_ASIDE = String.raw`(?:\s*,\s*(?:speaking|addressing|responding|writing|asked|who|while|when|in|at)\b[^,;:“”"]{0,100},)?`;
const BEFORE_SUBJECT_VERB = new RegExp(
  `(?:^|[,;:]\\s*|\\s)([^,;:“”"]{1,60}?)${SUBJECT_ASIDE}\\s+(?:also\\s+|further\\s+|earlier\\s+)?(${VERBS}|called|described)\\b[^“”"]*$`,
  'iu',
);
const PRONOUN_LIKE =
  /^(?:he|she|they|the (?:minister|spokesperson|spokesman|president|prime minister|leader|official|chief))$/i;
const WIRE_HINT = new RegExp(`news agency|as reported by|\\b(?:${Object.keys(WIRE_AGENCIES).join('|')})\\b`);

export interface Attribution {
  speaker: Person | null;
  label: string;
  channel: Quote['channel'];
}

/**
 * The speaker and channel of a quoted passage: from the clause after it, a name and a colon before it or the clause
 * before it; else the previous quote's in the same article; null when none of these names one.
 */
export function attribute(
  article: ArticleView,
  passage: QuotedPassage,
  paragraphStart: number,
  paragraphEnd: number,
  mentions: MentionIndex,
  previous: FoundQuote | null,
  quotedSpans: Span[],
): Attribution | null {
  const text = article.text;
  const afterEnd = findClauseEnd(text, passage.outer.end, paragraphEnd);
  const after = text.slice(passage.outer.end, afterEnd);
  const sentenceStart = findSentenceStart(text, passage.outer.start, paragraphStart);
  const before = text.slice(sentenceStart, passage.outer.start);
  const context = `${before} ${after}`;
  const channelFrom = (verb: string): Quote['channel'] =>
    WIRE_HINT.test(context) ? 'wire' : /tweet|wrote|posted/i.test(verb) || /\btweet/i.test(after) ? 'tweet' : 'speech';

  const quotedAs = AFTER_QUOTED_AS_SAYING.exec(after);
  if (quotedAs) {
    const phraseStart = passage.outer.end + after.indexOf(quotedAs[2]!);
    return resolveSpeaker(article, quotedAs[2]!, phraseStart, mentions, previous, 'wire', quotedSpans);
  }
  for (const [pattern, subjectGroup, verbGroup] of [
    [AFTER_SUBJECT_VERB, 1, 2],
    [AFTER_VERB_SUBJECT, 2, 1],
  ] as const) {
    const match = pattern.exec(after);
    if (!match) continue;
    const phrase = match[subjectGroup]!.trim();
    if (/^tweet$/i.test(phrase)) break;
    const phraseStart = passage.outer.end + after.indexOf(phrase);
    const verb = match[verbGroup]!;
    const continues = /^add/i.test(verb) && previous?.articleId === article.id;
    return resolveSpeaker(
      article,
      phrase,
      phraseStart,
      mentions,
      previous,
      continues ? previous!.channel : channelFrom(verb),
      quotedSpans,
    );
  }
  // "Fontaine: "No one is above the law …"": a name opening the sentence, then a colon, as live blogs and transcripts set a quote.
  const colonName = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*:\s*$/u.exec(before);
  if (colonName) {
    const phraseStart = sentenceStart + colonName[0].indexOf(colonName[1]!);
    const person = mentions.personAt(article.id, phraseStart, phraseStart + colonName[1]!.length);
    if (person) return { speaker: person, label: person.name, channel: channelFrom('said') };
  }
  const beforeMatch = BEFORE_SUBJECT_VERB.exec(before);
  if (beforeMatch) {
    const phrase = trimLeadingAdverbials(beforeMatch[1]!.trim());
    const phraseStart = sentenceStart + before.lastIndexOf(phrase, beforeMatch.index + beforeMatch[0].length);
    return resolveSpeaker(article, phrase, phraseStart, mentions, previous, channelFrom(beforeMatch[2]!), quotedSpans);
  }
  if (previous && previous.articleId === article.id) {
    return { speaker: null, label: previous.speakerLabel, channel: previous.channel, ...carrySpeaker(previous) };
  }
  return null;
}

function carrySpeaker(previous: FoundQuote): Partial<Attribution> {
  return previous.speakerId ? { speaker: { id: previous.speakerId } as Person } : {};
}

function resolveSpeaker(
  article: ArticleView,
  phrase: string,
  phraseStart: number,
  mentions: MentionIndex,
  previous: FoundQuote | null,
  channel: Quote['channel'],
  quotedSpans: Span[],
): Attribution {
  const person = mentions.personAt(article.id, phraseStart, phraseStart + phrase.length);
  if (person) {
    const isOffice = /[’']s\s+(office|account|team|spokesperson)/i.test(phrase);
    return { speaker: person, label: isOffice ? phrase : person.name, channel };
  }
  const roleNoun = /^the\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)$/iu.exec(phrase)?.[1];
  const byRole = roleNoun ? mentions.personWithRole(article.id, roleNoun, phraseStart) : null;
  if (byRole) return { speaker: byRole, label: byRole.name, channel };
  if (PRONOUN_LIKE.test(phrase)) {
    // "he said" is whoever was named last outside quotes, unless the previous quote is nearer still.
    const last = mentions.lastSubjectBefore(article, phraseStart, quotedSpans);
    if (last && (!previous || last.start > previous.span.start))
      return { speaker: last.person, label: last.person.name, channel };
    if (previous) return { speaker: carrySpeaker(previous).speaker ?? null, label: previous.speakerLabel, channel };
    return { speaker: null, label: phrase, channel };
  }
  const isOrganisation =
    /\b(ministry|office|government|officials?|spokesperson|embassy|department|statement|agency)\b/i.test(phrase);
  return {
    speaker: null,
    label: phrase.replace(/^(the|earlier|later)\s+/i, ''),
    channel: isOrganisation ? 'statement' : channel,
  };
}

function trimLeadingAdverbials(phrase: string): string {
  return phrase.replace(/^(?:(?:earlier|later|meanwhile|then|and|but|also|in his|in her)\s+)+/i, '');
}

function findClauseEnd(text: string, from: number, limit: number): number {
  const rest = text.slice(from, limit);
  const stop = rest.search(/[.!?](?=\s|$)|[“"]/);
  return stop < 0 ? limit : from + stop + 1;
}

function findSentenceStart(text: string, to: number, limit: number): number {
  const before = text.slice(limit, to);
  const matches = [...before.matchAll(/[.!?]["”’]?\s+|[”"]\s*/g)];
  const last = matches.at(-1);
  return last ? limit + last.index + last[0].length : limit;
}
