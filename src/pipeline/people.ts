/** Finds the people an article set names, merges their spellings and titles, and records every mention. */
import nlp from 'compromise';
import type { Person } from '../corpus/schema.ts';
import { readableParagraphs, type ArticleView } from './article-view.ts';
import { escapeRegExp } from './escape-regexp.ts';
import { findNameCandidates, isFollowedByNonPersonWord } from './name-candidates.ts';
import { chooseCanonicalName, clusterNames, collectSurfaceForms, type NameCluster } from './name-clusters.ts';
import { chooseRole, findRoleBefore } from './person-roles.ts';
import { slugify } from '../corpus/slug.ts';

/** People across all articles, with mentions as spans into each article's text. */
export function extractPeople(articles: ArticleView[], precomputedCandidates?: Array<string[] | undefined>): Person[] {
  // Name finding is per article and the slow part (the NLP library): it may have been done in worker threads.
  const candidates = articles.flatMap(
    (article, index) => precomputedCandidates?.[index] ?? findNameCandidates(article),
  );
  const clusters = clusterNames(candidates);
  return buildPeople(clusters, articles);
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
