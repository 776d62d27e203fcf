/**
 * corrections.json's people: merge the spellings of one person, strike a name that is not a person,
 * rename or re-role someone. People are found by any of their names or their id; ids are kept (the
 * first named person's id survives a merge), so links that filter by a person keep working.
 */
import type { Corpus, Person } from '../schema.ts';
import type { Located, PersonCorrectionEntry } from './corrections-file.ts';
import { findContradictions, normalizeName, warnNotApplied, type CorrectionReport } from './correction-report.ts';

type Lookup = { person: Person } | { problem: string };

/** The person an editor means by `key`: the id, else the name, else an alias that only one person carries. */
export function findPerson(people: readonly Person[], key: string): Lookup {
  const wanted = normalizeName(key);
  const byId = people.find((person) => person.id === key.trim());
  if (byId) return { person: byId };
  const byName = people.filter((person) => normalizeName(person.name) === wanted);
  if (byName.length === 1) return { person: byName[0]! };
  const byAlias = people.filter((person) => person.aliases.some((alias) => normalizeName(alias) === wanted));
  if (byName.length === 0 && byAlias.length === 1) return { person: byAlias[0]! };
  const candidates = [...byName, ...byAlias];
  if (candidates.length > 1)
    return {
      problem: `“${key}” could be ${candidates.map((person) => `“${person.name}” (${person.id})`).join(' or ')}; use the id`,
    };
  return { problem: `no person is named “${key}” (by name, other spelling or id)` };
}

function namesOf(entry: PersonCorrectionEntry): string[] {
  return 'merge' in entry ? entry.merge : 'notAPerson' in entry ? [entry.notAPerson] : [entry.person];
}

function actionOf(entry: PersonCorrectionEntry): 'merge' | 'not-a-person' | 'edit' {
  return 'merge' in entry ? 'merge' : 'notAPerson' in entry ? 'not-a-person' : 'edit';
}

/**
 * Why two entries on the same person (`id`) contradict each other, or null when they do not.
 * `keptBy` gives the id a merge keeps. Merges into the same person compose (three spellings, two
 * at a time), and so does an edit of the person a merge keeps, unless the two name them differently.
 */
function peopleContradiction(
  a: PersonCorrectionEntry,
  b: PersonCorrectionEntry,
  id: string,
  personName: string,
  keptBy: (merge: Extract<PersonCorrectionEntry, { merge: string[] }>) => string | null,
): string | null {
  const [first, second] = [actionOf(a), actionOf(b)];
  if (first === 'not-a-person' || second === 'not-a-person') {
    if (first === second) return null;
    return `one says “${personName}” is not a person, the other ${first === 'merge' || second === 'merge' ? 'merges' : 'edits'} them`;
  }
  if ('merge' in a && 'merge' in b) {
    if (keptBy(a) !== keptBy(b)) return `they merge “${personName}” into different people`;
    return a.name && b.name && a.name !== b.name ? `they name “${personName}” “${a.name}” and “${b.name}”` : null;
  }
  const merge = 'merge' in a ? a : 'merge' in b ? b : null;
  const edit = 'person' in a ? a : 'person' in b ? b : null;
  if (merge && edit) {
    if (keptBy(merge) !== id) return `one merges “${personName}” into another person, the other edits them`;
    return merge.name && edit.name && merge.name !== edit.name
      ? `they name “${personName}” “${merge.name}” and “${edit.name}”`
      : null;
  }
  if ('person' in a && 'person' in b) {
    if (a.name && b.name && a.name !== b.name) return `they name “${personName}” “${a.name}” and “${b.name}”`;
    if (a.role && b.role && a.role !== b.role) return `they give “${personName}” the roles “${a.role}” and “${b.role}”`;
  }
  return null;
}

/**
 * Reports each pair of people entries that contradict each other and returns the entries to skip.
 * People are found by name, spelling or id, and also by the id of one an earlier correction took
 * out (so a file written back by the page, which names people by id, is checked whole).
 */
export function findPeopleContradictions(
  corpus: Corpus,
  entries: ReadonlyArray<Located<PersonCorrectionEntry>>,
  report: CorrectionReport,
): Set<string> {
  const retired = new Set(
    corpus.corrections.flatMap((correction) =>
      correction.subject !== 'person'
        ? []
        : correction.action === 'not-a-person'
          ? [correction.subjectId]
          : correction.mergedIds,
    ),
  );
  const idOf = (name: string) => {
    if (retired.has(name)) return name;
    const found = findPerson(corpus.people, name);
    return 'person' in found ? found.person.id : null;
  };
  const idsOf = (item: Located<PersonCorrectionEntry>) => namesOf(item.value).flatMap((name) => idOf(name) ?? []);
  const nameOfId = (id: string) => corpus.people.find((person) => person.id === id)?.name ?? id;
  const keptBy = (merge: Extract<PersonCorrectionEntry, { merge: string[] }>) => idOf(merge.merge[0]!);
  return findContradictions(report, entries, idsOf, (a, b, id) =>
    peopleContradiction(a.value, b.value, id, nameOfId(id), keptBy),
  );
}

/** Applies the people entries to `corpus` (a working copy: it is changed in place) in file order. */
export function correctPeople(
  corpus: Corpus,
  entries: ReadonlyArray<Located<PersonCorrectionEntry>>,
  report: CorrectionReport,
): void {
  const skipped = findPeopleContradictions(corpus, entries, report);
  for (const item of entries) {
    if (skipped.has(item.entry)) continue;
    const { value } = item;
    if ('merge' in value) mergePeople(corpus, item.entry, value, report);
    else if ('notAPerson' in value) strikePerson(corpus, item.entry, value, report);
    else editPerson(corpus, item.entry, value, report);
  }
}

/** Resolves each name; a name that finds nobody is a warning and the entry is not applied. */
function resolveAll(
  corpus: Corpus,
  entry: string,
  names: readonly string[],
  report: CorrectionReport,
): Person[] | null {
  const found: Person[] = [];
  for (const name of names) {
    const lookup = findPerson(corpus.people, name);
    if ('problem' in lookup) {
      warnNotApplied(report, entry, lookup.problem);
      return null;
    }
    if (!found.includes(lookup.person)) found.push(lookup.person);
  }
  return found;
}

function mergePeople(
  corpus: Corpus,
  entry: string,
  value: Extract<PersonCorrectionEntry, { merge: string[] }>,
  report: CorrectionReport,
): void {
  const people = resolveAll(corpus, entry, value.merge, report);
  if (people === null) return;
  if (people.length < 2) return warnNotApplied(report, entry, `“${value.merge.join('”, “')}” are one person already`);
  const [kept, ...folded] = people as [Person, ...Person[]];
  const extractedName = people.map((person) => person.name).join(' / ');
  const name = value.name ?? kept.name;
  const aliases = [...new Set(people.flatMap((person) => [person.name, ...person.aliases]))].filter(
    (alias) => alias !== name,
  );
  const articleOrder = new Map(corpus.articles.map((article, index) => [article.id, index]));
  const mentions = people
    .flatMap((person) => person.mentions)
    .sort((a, b) => (articleOrder.get(a.articleId) ?? 0) - (articleOrder.get(b.articleId) ?? 0) || a.start - b.start);
  const merged: Person = {
    ...kept,
    name,
    aliases,
    role: kept.role ?? folded.find((person) => person.role !== null)?.role ?? null,
    mentions,
  };
  const foldedIds = new Set(folded.map((person) => person.id));
  corpus.people = corpus.people.flatMap((person) =>
    person === kept ? [merged] : foldedIds.has(person.id) ? [] : [person],
  );
  renamePersonIds(corpus, (id) => (foldedIds.has(id) ? kept.id : id));
  report.applied.push({
    entry,
    subject: 'person',
    subjectId: kept.id,
    action: 'merge',
    mergedIds: [...foldedIds],
    changes: [{ field: 'name', extracted: extractedName, corrected: name }],
    note: value.note,
  });
}

function strikePerson(
  corpus: Corpus,
  entry: string,
  value: Extract<PersonCorrectionEntry, { notAPerson: string }>,
  report: CorrectionReport,
): void {
  const lookup = findPerson(corpus.people, value.notAPerson);
  if ('problem' in lookup) return warnNotApplied(report, entry, lookup.problem);
  const struck = lookup.person;
  corpus.people = corpus.people.filter((person) => person !== struck);
  renamePersonIds(corpus, (id) => (id === struck.id ? null : id));
  report.applied.push({
    entry,
    subject: 'person',
    subjectId: struck.id,
    action: 'not-a-person',
    mergedIds: [],
    changes: [{ field: 'person', extracted: struck.name, corrected: null }],
    note: value.note,
  });
}

function editPerson(
  corpus: Corpus,
  entry: string,
  value: Extract<PersonCorrectionEntry, { person: string }>,
  report: CorrectionReport,
): void {
  const lookup = findPerson(corpus.people, value.person);
  if ('problem' in lookup) return warnNotApplied(report, entry, lookup.problem);
  const before = lookup.person;
  const changes: Array<{ field: string; extracted: string | null; corrected: string | null }> = [];
  const after: Person = { ...before };
  if (value.name !== undefined && value.name !== before.name) {
    changes.push({ field: 'name', extracted: before.name, corrected: value.name });
    after.name = value.name;
    after.aliases = [...new Set([before.name, ...before.aliases])].filter((alias) => alias !== value.name);
  }
  if (value.role !== undefined && value.role !== before.role) {
    changes.push({ field: 'role', extracted: before.role, corrected: value.role });
    after.role = value.role;
  }
  if (changes.length === 0) return warnNotApplied(report, entry, `“${before.name}” already has that name and role`);
  corpus.people = corpus.people.map((person) => (person === before ? after : person));
  report.applied.push({
    entry,
    subject: 'person',
    subjectId: before.id,
    action: 'edit',
    mergedIds: [],
    changes,
    note: value.note,
  });
}

/** Points every reference to a person (articles, events, quotes, statements) at `rename(id)`; null drops it. */
function renamePersonIds(corpus: Corpus, rename: (id: string) => string | null): void {
  const renameList = (ids: readonly string[]) => [
    ...new Set(ids.flatMap((id) => (rename(id) === null ? [] : [rename(id)!]))),
  ];
  corpus.articles = corpus.articles.map((article) => ({ ...article, people: renameList(article.people) }));
  corpus.events = corpus.events.map((event) => ({ ...event, participants: renameList(event.participants) }));
  corpus.quotes = corpus.quotes.map((quote) =>
    quote.speakerId === null ? quote : { ...quote, speakerId: rename(quote.speakerId) },
  );
  corpus.statements = corpus.statements.map((statement) =>
    statement.speakerId === null ? statement : { ...statement, speakerId: rename(statement.speakerId) },
  );
}
