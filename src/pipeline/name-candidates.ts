/**
 * The names one article gives, found per article (in worker threads when there are many; see
 * article-extraction.ts) before they are merged into people across articles (people.ts).
 */
import nlp from 'compromise';
import { readableParagraphs, type ArticleView } from './article-view.ts';
import { escapeRegExp } from './escape-regexp.ts';
import { NON_PERSON_FOLLOWERS } from './gazetteer.ts';
import { cleanPersonName, isNotAName, JOINED_ARTICLES, NAME_PARTICLES } from './person-names.ts';
import { HONORIFIC_ALTERNATION, ROLE_ALTERNATION } from './person-roles.ts';
import { chunkSpan } from './text-chunks.ts';

/** A later word of a name: capitalised, maybe after particles ("de Wit", "van der Berg") or a joined article ("al-Mansour"). */
const LATER_NAME_WORD = `(?:(?:${NAME_PARTICLES.join('|')})\\s+){0,2}(?:(?:${JOINED_ARTICLES.join('|')})-)?\\p{Lu}[\\p{L}'-]+`;
const NAME_AFTER_TITLE = new RegExp(
  `\\b(?:${ROLE_ALTERNATION})\\s+((?:(?:${HONORIFIC_ALTERNATION})\\.?\\s+)?(?:\\p{Lu}\\.?\\s)?\\p{Lu}[\\p{L}'-]+(?:\\s+${LATER_NAME_WORD}){0,2})`,
  'gu',
);
/** What may carry on a name the NLP library cut short: particles and the family name ("Khalid" + "al-Mansour"), or one or two more capitalised names before a break ("Amara Tesfaye" + "Woldemichael,"). */
const NAME_CONTINUATION = new RegExp(
  `^[ \\t]+(${LATER_NAME_WORD}(?:[ \\t]+${LATER_NAME_WORD})?)(?=[,.;:)]|\\s+\\p{Ll}|\\s*$)`,
  'u',
);
/** "Minister of State for Energy Lena Ortiz", "Secretary of State for Wales Jo Roe": a portfolio between role and name. */
const NAME_AFTER_PORTFOLIO =
  /\b(?:Minister|Secretary)\s+(?:of\s+State\s+)?for\s+(?:\p{Lu}\p{L}+\s+(?:and\s+)?){1,3}?((?:\p{Lu}\.?\s)?\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+)\b/gu;
const TWEET_SIGNOFF_NAME = /^[—–-]\s*([^()\n]+?)\s*\(@\w+\)/gmu;

/** Names one article gives (cleaned of titles), before they are merged into people across articles. */
export function findNameCandidates(article: ArticleView): string[] {
  const names: string[] = [];
  const lowercaseWords = new Set(article.text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []);
  for (const paragraph of readableParagraphs(article)) {
    const slice = article.text.slice(paragraph.start, paragraph.end);
    for (const chunk of chunkSpan(article.text, paragraph, article.sentences)) {
      const piece = article.text.slice(chunk.start, chunk.end);
      const doc = nlp(piece);
      const found = (
        doc.people().json({ offset: true }) as Array<{
          text: string;
          offset: { start: number; length: number };
          terms: Array<{ tags: string[] }>;
        }>
      ).filter((person) => !isKindWithGivenName(person.text, person.terms, lowercaseWords));
      names.push(
        ...findUnknownProperNames(doc, found, lowercaseWords).filter((name) => isSurnameUsedAlone(article.text, name)),
      );
      for (const person of found) {
        const rest = piece.slice(person.offset.start + person.offset.length);
        const continuation =
          /\p{L}$/u.test(person.text) && !/['’]s$/u.test(person.text) ? NAME_CONTINUATION.exec(rest) : null;
        const extension =
          continuation &&
          !continuation[1]!.split(/\s+/).some(isNotAName) &&
          !isFollowedByNonPersonWord(continuation[1]!)
            ? continuation
            : null;
        if (isFollowedByNonPersonWord(rest.slice(extension?.[0].length ?? 0).trimStart())) continue;
        names.push(extension ? `${person.text} ${extension[1]}` : person.text);
      }
    }
    for (const match of slice.matchAll(NAME_AFTER_TITLE)) {
      const after = slice.slice(match.index + match[0].length).trimStart();
      if (!isFollowedByNonPersonWord(after)) names.push(match[1]!);
    }
    for (const match of slice.matchAll(NAME_AFTER_PORTFOLIO)) names.push(match[1]!);
    for (const match of slice.matchAll(TWEET_SIGNOFF_NAME)) names.push(match[1]!);
  }
  return names.map(cleanPersonName).filter((name): name is string => name !== null);
}

/**
 * "Cyclone Irma", "Hurricane Ian", "Typhoon Mawar": a common noun (a kind of thing, known to the language model or
 * written in lower case in the article) before a given name names a storm, a ship or an animal, not a person ("Rose Byrne", "Grace Mugabe": the first word is itself a name, the second a surname).
 */
function isKindWithGivenName(name: string, terms: Array<{ tags: string[] }>, lowercaseWords: Set<string>): boolean {
  const words = name.split(/\s+/);
  if (words.length !== 2 || terms.length !== 2) return false;
  const [kind, given] = terms as [{ tags: string[] }, { tags: string[] }];
  if (!given.tags.includes('FirstName') || given.tags.includes('LastName')) return false;
  if (kind.tags.some((tag) => tag === 'FirstName' || tag === 'LastName' || tag === 'Honorific')) return false;
  // The kind is a word the language knows as a noun, or that the article itself writes in lower case ("the cyclone").
  const kindWord = words[0]!.toLowerCase();
  const known = LEXICON[kindWord] === 'Singular' || LEXICON[kindWord] === 'Noun' || lowercaseWords.has(kindWord);
  const alone = (nlp(kindWord).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
  return known && alone.includes('Noun') && !alone.some((tag) => tag === 'Person' || tag === 'FirstName');
}

const LEXICON = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model
  .one.lexicon;
const PLACE_OR_BODY_TAGS = [
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
  'Person',
  'Date',
  'Month',
  'WeekDay',
  'Acronym',
];

/**
 * Two or three capitalised words that are neither known to the language model (its lexicon, places, bodies) nor
 * written in lower case anywhere in the article (as "summit" or "telescope" would be): a name from a language the
 * model's list of given names lacks ("Amara Tesfaye"), which it left untagged.
 */
function findUnknownProperNames(
  doc: ReturnType<typeof nlp>,
  people: Array<{ text: string }>,
  lowercaseWords: Set<string>,
): string[] {
  const known = people.map((person) => person.text);
  const runs = doc.match('#ProperNoun+').json({ offset: true }) as Array<{
    text: string;
    terms: Array<{ text: string; tags: string[] }>;
  }>;
  return runs
    .filter(({ terms }) => terms.length >= 2 && terms.length <= 3)
    .filter(({ terms }) =>
      terms.every(
        (term) =>
          !term.tags.some((tag) => PLACE_OR_BODY_TAGS.includes(tag)) &&
          LEXICON[term.text.toLowerCase()] === undefined &&
          !lowercaseWords.has(term.text.toLowerCase()),
      ),
    )
    .map(({ terms }) => terms.map((term) => term.text.replace(/['’]s$/u, '')).join(' '))
    .filter((name) => !name.split(' ').some((word) => NON_PERSON_FOLLOWERS.includes(word)))
    .filter((name) => !known.some((person) => person.includes(name)) && !name.split(' ').some(isNotAName));
}

/** Whether the article also calls someone by this name's last word alone, as news copy calls people and not things ("Tesfaye said", not "the Dialogue"). */
function isSurnameUsedAlone(text: string, name: string): boolean {
  const surname = escapeRegExp(name.split(' ').at(-1)!);
  // After a sentence break, a comma or a lower-case word ("Tesfaye said", "said Tesfaye"); not after "the", a number or another name.
  const opening = String.raw`(?:^|[.!?:;,"“”(]\s*|(?:^|\s)(?!(?:the|a|an)\s)\p{Ll}+\s+)`;
  return new RegExp(String.raw`(?<=${opening})${surname}(?!\p{L}|-|\s+\p{Lu})`, 'mu').test(text);
}

/** "Indira Gandhi International Airport", "Marco Polo Tours": a name that is part of a place's or firm's name. */
export function isFollowedByNonPersonWord(after: string): boolean {
  const followingCapitalised = /^(?:\p{Lu}[\p{L}]*\s+){0,2}\p{Lu}[\p{L}]*/u.exec(after)?.[0];
  return (
    followingCapitalised !== undefined &&
    followingCapitalised.split(/\s+/).some((word) => NON_PERSON_FOLLOWERS.includes(word))
  );
}
