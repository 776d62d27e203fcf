/**
 * Reports of a happening that give no time ("Okafor headed in the winner", "The barge struck the lock gate") are not
 * happenings of their own (see predicates.ts: only sentences anchored in time are), but they are sources of the
 * happening another article times. A sentence joins a happening when it names one of its people, or says one of its
 * distinctive words, and uses its verb in any form (or, with a person, two of its words), and its article is dated
 * within a day of the happening. Each sentence joins at most one happening, and each article gives a happening at
 * most one sentence: the best-scoring one.
 */
import nlp from 'compromise';
import type { Span } from '../corpus/schema.ts';
import type { ArticleView } from './article-view.ts';
import { countingOrdinalIn, type EventMention, type PersonSpan } from './event-mentions.ts';
import type { EventCluster } from './events.ts';
import { findQuotedPassages } from './quote-marks.ts';

const DAY_MS = 86_400_000;

/** A word held by more sentences than this says nothing about which happening a sentence reports. */
const MAX_SENTENCES_PER_WORD = 400;

interface SentenceFacts {
  article: ArticleView;
  sentence: Span;
  people: Set<string>;
  words: Set<string>;
  /** The sentence's first counting ordinal (see countingOrdinalIn). */
  ordinal: string | null;
}

/** Adds to each happening the untimed sentences (holding no mention) of other articles that report it; returns how many joined. */
export function linkUntimedReports(
  clusters: EventCluster[],
  allMentions: EventMention[],
  views: ArticleView[],
  personSpans: Map<string, PersonSpan[]>,
  articleDates: Map<string, string>,
): number {
  const happenings = clusters.filter((cluster) => cluster.kind === 'happening');
  if (happenings.length === 0) return 0;
  // A sentence with a mention of its own (kept in an event or not) says its own time: it is not an untimed report.
  const used = new Set(allMentions.map((mention) => `${mention.articleId}:${mention.sentence.start}`));
  const sentences = views.flatMap((view) => untimedSentences(view, personSpans.get(view.id) ?? [], used));
  const byKey = indexSentences(sentences);

  // Every candidate pair, scored; the best pairs are taken first so that a sentence goes to the happening it fits best.
  const pairs: Array<{
    cluster: EventCluster;
    clusterIndex: number;
    facts: SentenceFacts;
    score: number;
    order: number;
  }> = [];
  happenings.forEach((cluster, clusterIndex) => {
    const articles = new Set(cluster.mentions.map((mention) => mention.articleId));
    const days = new Set(cluster.mentions.map((mention) => mention.day?.date ?? mention.articleDate));
    const withinADay = (articleId: string) => {
      const date = articleDates.get(articleId);
      return date === undefined || [...days].some((day) => Math.abs(Date.parse(day) - Date.parse(date)) <= DAY_MS);
    };
    const verbForms = new Set(
      cluster.mentions.flatMap((mention) => (mention.predicate ? formsOfVerb(mention.predicate.lemma) : [])),
    );
    const words = new Set(cluster.mentions.flatMap((mention) => distinctiveWords(mention.predicate?.nouns ?? '')));
    const ordinals = new Set(
      cluster.mentions.flatMap((mention) =>
        mention.predicate?.subjectOrdinal ? [mention.predicate.subjectOrdinal] : [],
      ),
    );
    const keys = [
      ...cluster.participants.map((id) => `person:${id}`),
      ...[...words].map((word) => `word:${word}`),
      ...[...verbForms].map((form) => `word:${form}`),
    ];
    const candidates = new Set(keys.flatMap((key) => byKey.get(key) ?? []));
    for (const index of candidates) {
      const facts = sentences[index]!;
      if (articles.has(facts.article.id) || !withinADay(facts.article.id)) continue;
      // "The first quake measured 7.8" does not report the second.
      if (ordinals.size > 0 && facts.ordinal !== null && !ordinals.has(facts.ordinal)) continue;
      const samePerson = cluster.participants.some((id) => facts.people.has(id));
      const sameVerb = [...verbForms].some((form) => facts.words.has(form));
      const sharedWords = [...words].filter((word) => facts.words.has(word)).length;
      const fits = (sameVerb && (samePerson || sharedWords >= 1)) || (samePerson && sharedWords >= 2);
      if (fits)
        pairs.push({
          cluster,
          clusterIndex,
          facts,
          score: (sameVerb ? 2 : 0) + (samePerson ? 2 : 0) + sharedWords,
          order: clusterIndex * 1e7 + index,
        });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.order - b.order);

  const taken = new Set<SentenceFacts>();
  const reported = new Set<string>();
  let joined = 0;
  for (const { cluster, clusterIndex, facts } of pairs) {
    const articleKey = `${clusterIndex}|${facts.article.id}`;
    if (taken.has(facts) || reported.has(articleKey)) continue;
    taken.add(facts);
    reported.add(articleKey);
    cluster.mentions.push(
      untimedMention(facts, cluster, articleDates.get(facts.article.id) ?? cluster.mentions[0]!.articleDate),
    );
    joined++;
  }
  return joined;
}

/** Body sentences outside quotation marks that hold no event mention yet, with the people and words they name. */
function untimedSentences(view: ArticleView, people: PersonSpan[], used: Set<string>): SentenceFacts[] {
  const quoted = view.paragraphs
    .filter((paragraph) => paragraph.kind === 'body')
    .flatMap((paragraph) =>
      findQuotedPassages(view.text, paragraph.start, paragraph.end, 1).map((passage) => passage.outer),
    );
  return view.sentences.flatMap((sentence) => {
    if (used.has(`${view.id}:${sentence.start}`)) return [];
    if (quoted.some((span) => span.start <= sentence.start && sentence.end <= span.end)) return [];
    const text = view.text.slice(sentence.start, sentence.end);
    return [
      {
        article: view,
        sentence,
        people: new Set(
          people
            .filter((span) => span.start >= sentence.start && span.end <= sentence.end)
            .map((span) => span.personId),
        ),
        words: new Set(
          text
            .toLowerCase()
            .split(/[^\p{L}\d-]+/u)
            .filter((word) => word.length >= 3),
        ),
        ordinal: countingOrdinalIn(text),
      },
    ];
  });
}

function indexSentences(sentences: SentenceFacts[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const list = byKey.get(key);
    if (list) list.push(index);
    else byKey.set(key, [index]);
  };
  sentences.forEach((facts, index) => {
    for (const id of facts.people) add(`person:${id}`, index);
    for (const word of facts.words) add(`word:${word}`, index);
  });
  for (const [key, list] of byKey) if (list.length > MAX_SENTENCES_PER_WORD) byKey.delete(key);
  return byKey;
}

/** Lower-case words of five letters or more of a happening's subject and object: what underwent it ("tremor", "telescope"). */
function distinctiveWords(nouns: string): string[] {
  return nouns.split(/[^\p{L}\d-]+/u).filter((word) => word.length >= 5 && /^\p{Ll}/u.test(word));
}

const verbFormsCache = new Map<string, string[]>();

/** A verb's written forms ("strike" → strike, struck, strikes, striking), from the NLP library's conjugation. */
function formsOfVerb(lemma: string): string[] {
  let forms = verbFormsCache.get(lemma);
  if (!forms) {
    const conjugated =
      (nlp(`they ${lemma}`).verbs() as unknown as { conjugate(): Array<Record<string, string>> }).conjugate()[0] ?? {};
    forms = [...new Set([lemma, ...Object.values(conjugated).filter((form) => !/\s/.test(form))])].filter(
      (form) => form.length >= 3,
    );
    if (verbFormsCache.size < 10_000) verbFormsCache.set(lemma, forms);
  }
  return forms;
}

/** A mention for an untimed report: no time cue, no predicate of its own, the happening's people that it names. */
function untimedMention(facts: SentenceFacts, cluster: EventCluster, articleDate: string): EventMention {
  const template = cluster.mentions[0]!;
  return {
    ...template,
    articleId: facts.article.id,
    sentence: facts.sentence,
    trigger: facts.sentence,
    participants: cluster.participants.filter((id) => facts.people.has(id)),
    definite: false,
    possessive: false,
    inQuote: false,
    day: null,
    partOfDay: null,
    clock: null,
    place: null,
    tense: 'unknown',
    after: [],
    before: [],
    laterInDay: null,
    governed: false,
    predicate: null,
    clockUtcMinute: null,
    endClock: null,
    articleDate,
  };
}
