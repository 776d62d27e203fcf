/** People's mentions indexed per article, for naming a quote's speaker: who is named where, who by a role, and who a sentence is about. */
import nlp from 'compromise';
import type { Person, Span } from '../corpus/schema.ts';
import type { ArticleView } from './article-view.ts';

/** The verbs that report speech ("said", "tweeted"), as a regular expression alternation. */
export const VERBS =
  'said|says|added|adds|tweeted|tweets|wrote|writes|told|stated|noted|asserted|remarked|posted|declared|stressed|underlined|observed|explained|insisted|warned|replied|announced';

export interface MentionIndex {
  personAt(articleId: string, start: number, end: number): Person | null;
  /** The person this article names whose stated role ends with `role` ("Prime Minister"), the last named before `offset`. */
  personWithRole(articleId: string, role: string, offset: number): Person | null;
  /** The last person named before `offset` as the subject of a sentence or of a speech verb, outside quotation marks. */
  lastSubjectBefore(article: ArticleView, offset: number, quoted: Span[]): { person: Person; start: number } | null;
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

/** Indexes every person's mentions by article, in text order. */
export function indexMentions(people: Person[]): MentionIndex {
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
