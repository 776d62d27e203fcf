/** Finds the people an article set names, merges their spellings and titles, and records every mention. */
import nlp from 'compromise';
import type { Person } from '../corpus/schema.ts';
import { readableParagraphs, type ArticleView } from './article-view.ts';
import { HONORIFICS, NON_PERSON_FOLLOWERS, ROLE_ABBREVIATIONS, ROLE_HEADS } from './gazetteer.ts';
import {
  areGivenNamesCompatible,
  areSurnamesCompatible,
  cleanPersonName,
  isNotAName,
  JOINED_ARTICLES,
  NAME_PARTICLES,
  splitGluedInitial,
  surnameWithoutArticle,
} from './person-names.ts';
import { slugify } from './slug.ts';
import { chunkSpan } from './text-chunks.ts';

interface NameCluster {
  fullNames: string[];
  surname: string;
}

const ROLE_ALTERNATION = [...ROLE_HEADS, ...Object.keys(ROLE_ABBREVIATIONS)]
  .sort((a, b) => b.length - a.length)
  .join('|');
const HONORIFIC_ALTERNATION = HONORIFICS.join('|');
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
const ROLE_BEFORE_NAME = new RegExp(
  `((?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${ROLE_ALTERNATION}))\\s+(?:(?:${HONORIFIC_ALTERNATION})\\.?\\s+)?$`,
  'u',
);

/** People across all articles, with mentions as spans into each article's text. */
export function extractPeople(articles: ArticleView[], precomputedCandidates?: Array<string[] | undefined>): Person[] {
  // Name finding is per article and the slow part (the NLP library): it may have been done in worker threads.
  const candidates = articles.flatMap(
    (article, index) => precomputedCandidates?.[index] ?? findNameCandidates(article),
  );
  const clusters = clusterNames(candidates);
  return buildPeople(clusters, articles);
}

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
function isFollowedByNonPersonWord(after: string): boolean {
  const followingCapitalised = /^(?:\p{Lu}[\p{L}]*\s+){0,2}\p{Lu}[\p{L}]*/u.exec(after)?.[0];
  return (
    followingCapitalised !== undefined &&
    followingCapitalised.split(/\s+/).some((word) => NON_PERSON_FOLLOWERS.includes(word))
  );
}

/** Groups full names by surname and compatible given names; single words join a cluster only later. */
function clusterNames(names: string[]): NameCluster[] {
  const clusters: NameCluster[] = [];
  const fullNames = [...new Set(names.filter((name) => name.includes(' ')))].sort();
  for (const name of fullNames) {
    const tokens = name.split(' ');
    const surname = tokens.at(-1)!;
    const given = tokens[0]!;
    const home = clusters.find(
      (cluster) =>
        areSurnamesCompatible(cluster.surname, surname) &&
        // "Alberto Núñez" is "José Alberto Núñez" by his middle name: any given name of one may match the other's first.
        cluster.fullNames.some((other) => {
          const otherGiven = other.split(' ').slice(0, -1);
          return (
            otherGiven.some((part) => areGivenNamesCompatible(part, given)) ||
            tokens.slice(0, -1).some((part) => areGivenNamesCompatible(otherGiven[0]!, part))
          );
        }),
    );
    if (home) home.fullNames.push(name);
    else clusters.push({ fullNames: [name], surname });
  }
  return clusters;
}

interface SurfaceForm {
  form: string;
  clusters: number[];
}

/** Every written form that can name a cluster: full names, glued initials, surnames and distinctive given names. */
function collectSurfaceForms(clusters: NameCluster[]): SurfaceForm[] {
  const forms = new Map<string, Set<number>>();
  const add = (form: string, index: number) => {
    if (!forms.has(form)) forms.set(form, new Set());
    forms.get(form)!.add(index);
  };
  const givenNameOwners = new Map<string, Set<number>>();
  clusters.forEach((cluster, index) => {
    for (const name of cluster.fullNames) {
      add(name, index);
      const tokens = name.split(' ');
      if (tokens[0]!.length === 1 && tokens.length === 2) add(`${tokens[0]}${tokens[1]}`, index);
      const given = tokens[0]!;
      if (given.length >= 2 && tokens.length >= 2) {
        if (!givenNameOwners.has(given)) givenNameOwners.set(given, new Set());
        givenNameOwners.get(given)!.add(index);
      }
    }
    // Every spelling of the surname the cluster's full names use ("Núñez", "Nunez") names it alone too.
    const surnames = [cluster.surname, ...cluster.fullNames.map((name) => name.split(' ').at(-1)!)];
    for (const surname of new Set([...surnames, ...surnames.map(surnameWithoutArticle)])) add(surname, index);
  });
  for (const [given, owners] of givenNameOwners) {
    if (owners.size === 1 && !forms.has(given)) add(given, [...owners][0]!);
  }
  return [...forms.entries()]
    .map(([form, owners]) => ({ form, clusters: [...owners] }))
    .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}

function buildPeople(clusters: NameCluster[], articles: ArticleView[]): Person[] {
  if (clusters.length === 0) return [];
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  const forms = collectSurfaceForms(clusters);
  const pattern = new RegExp(
    `(?<![\\p{L}@#])(${forms.map((form) => escapeRegExp(form.form)).join('|')})(?![\\p{L}])`,
    'gu',
  );
  const formOwners = new Map(forms.map((form) => [form.form, form.clusters]));
  const mentions: Array<Array<{ articleId: string; start: number; end: number; written: string }>> = clusters.map(
    () => [],
  );
  const roles: Array<Map<string, number>> = clusters.map(() => new Map());

  for (const article of articles) {
    const paragraphs = readableParagraphs(article);
    const subjectOfSurname = subjectOfEachSurname(article, paragraphs, pattern, formOwners, clusters);
    for (const paragraph of paragraphs) {
      const slice = article.text.slice(paragraph.start, paragraph.end);
      // A surname alone goes to whoever this paragraph last named in full, else to the article's subject of that surname.
      const inParagraph = new Map(subjectOfSurname);
      for (const match of slice.matchAll(pattern)) {
        const written = match[1]!;
        const after = slice.slice(match.index + written.length).trimStart();
        if (isFollowedByNonPersonWord(after)) continue;
        const owner = chooseOwner(formOwners.get(written) ?? [], written, inParagraph);
        if (owner !== null && written.includes(' ')) inParagraph.set(clusters[owner]!.surname, owner);
        if (owner === null) continue;
        const start = paragraph.start + match.index;
        mentions[owner]!.push({ articleId: article.id, start, end: start + written.length, written });
        const role = findRoleBefore(slice.slice(Math.max(0, match.index - 90), match.index));
        if (role) roles[owner]!.set(role, (roles[owner]!.get(role) ?? 0) + 1);
      }
    }
  }

  const people: Person[] = [];
  const usedIds = new Set<string>();
  const nextSuffix = new Map<string, number>();
  clusters.forEach((cluster, index) => {
    const clusterMentions = mentions[index]!;
    if (clusterMentions.length === 0 || isNamedThing(clusterMentions, texts)) return;
    const name = chooseCanonicalName(
      cluster,
      clusterMentions.map((mention) => mention.written),
    );
    const base = slugify(name);
    let id = base;
    // A counter per name, not "-2" appended again and again (k people of one name made k-long suffixes).
    let count = nextSuffix.get(base) ?? 2;
    while (usedIds.has(id)) id = `${base}-${count++}`;
    nextSuffix.set(base, count);
    usedIds.add(id);
    const aliases = [...new Set(clusterMentions.map((mention) => mention.written))]
      .filter((alias) => alias !== name)
      .sort();
    people.push({
      id,
      name,
      aliases,
      role: chooseRole(roles[index]!),
      mentions: clusterMentions.map(({ articleId, start, end }) => ({ articleId, start, end })),
    });
  });
  return people.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/**
 * "the Maria Delgado ran aground", "the Orion Space Telescope": a full name that copy sets after "the" at least half
 * the times it writes it names a thing (a vessel, a telescope, a storm), not a person. "The Lena Ortiz government"
 * uses a person's name as an adjective of a noun: that "the" belongs to the noun and is not counted.
 */
function isNamedThing(
  clusterMentions: Array<{ articleId: string; start: number; end: number; written: string }>,
  texts: Map<string, string>,
): boolean {
  const full = clusterMentions.filter((mention) => mention.written.includes(' '));
  const afterThe = full.filter((mention) => {
    const text = texts.get(mention.articleId)!;
    if (!/(?<![\p{L}])the\s+$/iu.test(text.slice(Math.max(0, mention.start - 8), mention.start))) return false;
    return !isFollowedByNoun(text, mention.start, mention.end);
  });
  return afterThe.length > 0 && afterThe.length * 2 >= full.length;
}

/** Whether the word after the name at [start, end) is a noun the name qualifies ("government"), as tagged in its clause. */
function isFollowedByNoun(text: string, start: number, end: number): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
  if (next === undefined) return false;
  const clauseStart = Math.max(0, text.lastIndexOf('.', start) + 1, start - 80);
  const terms = (
    nlp(text.slice(clauseStart, end + 1 + next.length + 1)).json() as Array<{
      terms: Array<{ text: string; tags: string[] }>;
    }>
  ).flatMap((sentence) => sentence.terms);
  const after = [...terms].reverse().find((term) => term.text === next);
  return after !== undefined && after.tags.includes('Noun') && !after.tags.includes('Verb');
}

/**
 * Per surname, the person of that surname the article names in full most often, the first of equals ("Oscar Pistorius"
 * over "his uncle Arnold Pistorius"): news copy calls its subject by the surname alone, relatives and namesakes by full name.
 */
function subjectOfEachSurname(
  article: ArticleView,
  paragraphs: Array<{ start: number; end: number }>,
  pattern: RegExp,
  formOwners: Map<string, number[]>,
  clusters: NameCluster[],
): Map<string, number> {
  // Per surname, each owner's count of full mentions, in the order first met (a Map keeps insertion order).
  const counts = new Map<string, Map<number, number>>();
  for (const paragraph of paragraphs) {
    for (const match of article.text.slice(paragraph.start, paragraph.end).matchAll(pattern)) {
      const owners = formOwners.get(match[1]!) ?? [];
      if (!match[1]!.includes(' ') || owners.length !== 1) continue;
      const surname = clusters[owners[0]!]!.surname;
      const ofSurname = counts.get(surname) ?? counts.set(surname, new Map()).get(surname)!;
      ofSurname.set(owners[0]!, (ofSurname.get(owners[0]!) ?? 0) + 1);
    }
  }
  const subject = new Map<string, number>();
  for (const [surname, ofSurname] of counts) {
    subject.set(surname, [...ofSurname.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]);
  }
  return subject;
}

function chooseOwner(owners: number[], written: string, lastFullMention: Map<string, number>): number | null {
  if (owners.length === 1) return owners[0]!;
  // A shared surname belongs to whoever of that name the paragraph last named in full, else the article's first.
  const recent = lastFullMention.get(written);
  if (recent !== undefined && owners.includes(recent)) return recent;
  return null;
}

function findRoleBefore(before: string): string | null {
  const match = ROLE_BEFORE_NAME.exec(before);
  if (!match?.[1]) return null;
  const words = match[1].trim().split(/\s+/);
  // Drop sentence-initial words that are capitalised only because they start the sentence.
  while (words.length > 1 && /^(The|At|In|During|On|And|As|With|By|Union|His|Her)$/.test(words[0]!)) words.shift();
  const role = words.join(' ');
  return ROLE_ABBREVIATIONS[role] ?? role;
}

function chooseRole(counts: Map<string, number>): string | null {
  const ranked = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]),
  );
  return ranked[0]?.[0] ?? null;
}

function chooseCanonicalName(cluster: NameCluster, written: string[]): string {
  const counts = new Map<string, number>();
  for (const form of written.map(normalizeAlias)) {
    if (form.includes(' ')) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  for (const name of cluster.fullNames) if (!counts.has(name)) counts.set(name, 0);
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]),
  )[0]![0];
}

function normalizeAlias(written: string): string {
  return written.split(' ').flatMap(splitGluedInitial).join(' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
