/** Direct quotes with their speaker and channel, grouped into the statements they carry across articles. */
import nlp from 'compromise';
import type { Person, Quote, Span, Statement } from '../corpus/schema.ts';
import type { ArticleView } from './article-view.ts';
import { findQuotedPassages, type QuotedPassage } from './quote-marks.ts';
import { WIRE_AGENCIES } from './wire-agencies.ts';
import { groupStatements } from './statements.ts';

/** A quote before it is grouped into a statement. */
type FoundQuote = Omit<Quote, 'statementId'>;

const VERBS =
  'said|says|added|adds|tweeted|tweets|wrote|writes|told|stated|noted|asserted|remarked|posted|declared|stressed|underlined|observed|explained|insisted|warned|replied|announced';
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

interface MentionIndex {
  personAt(articleId: string, start: number, end: number): Person | null;
  /** The person this article names whose stated role ends with `role` ("Prime Minister"), the last named before `offset`. */
  personWithRole(articleId: string, role: string, offset: number): Person | null;
  /** The last person named before `offset` as the subject of a sentence or of a speech verb, outside quotation marks. */
  lastSubjectBefore(article: ArticleView, offset: number, quoted: Span[]): { person: Person; start: number } | null;
}

/** Quotes of every article, each with a speaker (person id when the speaker is a found person), and the statements they carry. */
export function extractQuotes(articles: ArticleView[], people: Person[]): { quotes: Quote[]; statements: Statement[] } {
  const mentions = indexMentions(people);
  return groupStatements(articles.flatMap((article) => extractArticleQuotes(article, mentions)));
}

function extractArticleQuotes(article: ArticleView, mentions: MentionIndex): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  let previous: FoundQuote | null = null;
  const paragraphs = article.paragraphs;
  const quotedSpans = paragraphs
    .filter((paragraph) => paragraph.kind === 'body')
    .flatMap((paragraph) =>
      findQuotedPassages(article.text, paragraph.start, paragraph.end, 1).map((passage) => passage.outer),
    );
  paragraphs.forEach((paragraph, paragraphIndex) => {
    if (paragraph.kind === 'embed') {
      const embedQuote = quoteFromEmbed(article, paragraphIndex, mentions, quotes.length);
      if (embedQuote) quotes.push(embedQuote);
      return;
    }
    if (paragraph.kind !== 'body') return;
    let previousInParagraph: FoundQuote | null = null;
    for (const passage of findQuotedPassages(article.text, paragraph.start, paragraph.end)) {
      const attribution = attribute(
        article,
        passage,
        paragraph.start,
        paragraph.end,
        mentions,
        previousInParagraph ?? previous,
        quotedSpans,
      );
      if (!attribution) continue;
      const quote: FoundQuote = {
        id: `${article.id}-q${quotes.length + 1}`,
        speakerId: attribution.speaker?.id ?? null,
        speakerLabel: attribution.label,
        text: article.text.slice(passage.inner.start, passage.inner.end),
        articleId: article.id,
        span: passage.inner,
        channel: attribution.channel,
      };
      quotes.push(quote);
      previousInParagraph = quote;
      previous = quote;
    }
  });
  return quotes;
}

interface Attribution {
  speaker: Person | null;
  label: string;
  channel: Quote['channel'];
}

function attribute(
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

/** A post quoted as an embed: its text, and the speaker from the "— Name (@handle) date" line under it. */
function quoteFromEmbed(
  article: ArticleView,
  paragraphIndex: number,
  mentions: MentionIndex,
  count: number,
): FoundQuote | null {
  const paragraph = article.paragraphs[paragraphIndex]!;
  const signoff = article.paragraphs[paragraphIndex + 1];
  const line = article.text.slice(paragraph.start, paragraph.end);
  if (/^[—–-]/.test(line) || !signoff || signoff.kind !== 'embed') return null;
  const signoffLine = article.text.slice(signoff.start, signoff.end);
  const name = /^[—–-]\s*([^()]+?)\s*\(@/.exec(signoffLine)?.[1];
  if (!name) return null;
  const linkAt = line.search(/\s*pic\.twitter\.com\//);
  const end = paragraph.start + (linkAt >= 0 ? linkAt : line.length);
  const nameStart = signoff.start + signoffLine.indexOf(name);
  const speaker = mentions.personAt(article.id, nameStart, nameStart + name.length);
  return {
    id: `${article.id}-q${count + 1}`,
    speakerId: speaker?.id ?? null,
    speakerLabel: speaker?.name ?? name,
    text: article.text.slice(paragraph.start, end),
    articleId: article.id,
    span: { start: paragraph.start, end },
    channel: 'tweet',
  };
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

const SPEECH_VERB_AFTER = new RegExp(`^\\s+(?:also\\s+|further\\s+|then\\s+)?(?:${VERBS})\\b`, 'i');

/** A name that opens its sentence (after titles) or is followed by a speech verb is who the sentence is about. */
function isSubject(article: ArticleView, start: number, end: number): boolean {
  if (SPEECH_VERB_AFTER.test(article.text.slice(end, end + 30))) return true;
  const sentence = article.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
  if (!sentence) return false;
  const lead = article.text.slice(sentence.start, start);
  // "Rossi's lawyer Ana Vidal read …", "Her brother Tom said …": a name after a possessive and a role is the subject too.
  if (/^(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u.test(lead)) return true;
  if (
    /^(?:(?:[\p{Lu}][\p{L}.'’-]*\s+)*[\p{Lu}][\p{L}.-]*['’]s|His|Her|Their)\s+(?:(?!(?:to|for|of|with|about|from|in|on|at|by|and|or|than|as)\s)[\p{Ll}-]+\s+){1,3}$/u.test(
      lead,
    )
  )
    return true;
  // "Kenya captain Ada Obi admitted …", "Defence lawyer Tom Hale said …": a name after capitalised words and a role noun.
  return isCapitalisedRoleLead(lead);
}

function isCapitalisedRoleLead(lead: string): boolean {
  const shape = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}((?:[\p{Ll}-]+\s+){1,2})$/u.exec(lead);
  if (!shape) return false;
  const roleWords = shape[1]!.trim().split(/\s+/);
  const terms = (nlp(lead).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>)
    .flatMap((sentence) => sentence.terms)
    .slice(-roleWords.length);
  return (
    terms.length === roleWords.length &&
    terms.every(
      (term) =>
        term.tags.includes('Noun') &&
        !term.tags.some((tag) => tag === 'Verb' || tag === 'Preposition' || tag === 'Adverb'),
    )
  );
}

function indexMentions(people: Person[]): MentionIndex {
  const byArticle = new Map<string, Array<{ start: number; end: number; person: Person }>>();
  for (const person of people) {
    for (const mention of person.mentions) {
      if (!byArticle.has(mention.articleId)) byArticle.set(mention.articleId, []);
      byArticle.get(mention.articleId)!.push({ start: mention.start, end: mention.end, person });
    }
  }
  for (const list of byArticle.values()) list.sort((a, b) => a.start - b.start);
  return {
    personAt(articleId, start, end) {
      const inside = (byArticle.get(articleId) ?? []).filter((mention) => mention.start >= start && mention.end <= end);
      return inside.at(-1)?.person ?? null;
    },
    personWithRole(articleId, role, offset) {
      const wanted = role.toLowerCase();
      const named = (byArticle.get(articleId) ?? []).filter((mention) => {
        const stated = mention.person.role?.toLowerCase();
        return mention.end <= offset && stated !== undefined && (stated === wanted || stated.endsWith(` ${wanted}`));
      });
      return named.at(-1)?.person ?? null;
    },
    lastSubjectBefore(article, offset, quoted) {
      // Walk back from the offset and stop at the first fit: filtering the whole list per quote was cubic on long texts.
      const list = byArticle.get(article.id) ?? [];
      for (let index = list.length - 1; index >= 0; index--) {
        const mention = list[index]!;
        if (mention.end > offset) continue;
        if (quoted.some((span) => span.start <= mention.start && mention.end <= span.end)) continue;
        if (isSubject(article, mention.start, mention.end)) return { person: mention.person, start: mention.start };
      }
      return null;
    },
  };
}
