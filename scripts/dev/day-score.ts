/**
 * Scores a corpus against a fixture day's expected.json (tests/fixtures/days/<day>/): events found,
 * day and zone, people, outlets and linked statements, as a careful reader of the articles would
 * judge them. The expectations are written from the articles before the pipeline runs on them.
 */
import type { Corpus, TimelineEvent } from '../../src/corpus/schema.ts';

export interface DayExpectations {
  split: 'dev' | 'test';
  field: string;
  about: string;
  day: { date: string; timeZone: string };
  people: Array<{ name: string; aliases: string[] }>;
  notPeople?: string[];
  outlets: Array<{ file: string; outlet: string | null; wires?: string[] }>;
  events: Array<{ label: string; files: string[]; start: string | null; end?: string | null; participants?: string[] }>;
  background?: Array<{ label: string; files: string[] }>;
  statements: Array<{ speaker: string; quotes: Array<{ file: string; opening: string }> }>;
  discrepancies?: Array<{ topic: string; about: string; files: string[] }>;
}

export interface Ratio {
  matched: number;
  of: number;
}

export interface DayScore {
  /** Found events that match an expected event (or a background item), of all found. */
  eventPrecision: Ratio;
  /** Expected events found: sources F1 ≥ 0.75 and, where a clock time is stated, a start within 30 minutes. */
  eventRecall: Ratio;
  dayRight: boolean;
  zoneRight: boolean;
  peoplePrecision: Ratio;
  peopleRecall: Ratio;
  /** Articles whose outlet is the expected one, of articles with an outlet found. */
  outletPrecision: Ratio;
  /** Articles whose expected outlet was found, of articles with an outlet stated. */
  outletRecall: Ratio;
  /** Outlets shown where the text states none, or another than it states. */
  inventedOutlets: string[];
  /** Pairs of quotes of one expected statement that the corpus puts in one statement. */
  statementPairs: Ratio;
  /** Expected discrepancies flagged: a found discrepancy of a fitting topic with claims from two of its files. */
  discrepancies: Ratio;
  /** What was missed or wrong, one line each, for reading. */
  misses: string[];
}

const SOURCES_F1 = 0.75;
/** 3 of 5 files found is F1 0.75 exactly, which floating point makes 0.7499…: compared with this slack. */
const F1_ROUNDING = 1e-9;
const START_TOLERANCE_MS = 30 * 60_000;

/** How well `corpus` matches the day's expectations. */
export function scoreDay(corpus: Corpus, expected: DayExpectations): DayScore {
  const misses: string[] = [];
  const events = scoreEvents(corpus, expected, misses);
  const people = scorePeople(corpus, expected, misses);
  const outlets = scoreOutlets(corpus, expected, misses);
  const statementPairs = scoreStatementPairs(corpus, expected, misses);
  const discrepancies = scoreDiscrepancies(corpus, expected, misses);
  const dayRight = corpus.day.date === expected.day.date;
  const zoneRight = sameOffsetOnDay(corpus.day.timeZone, expected.day.timeZone, expected.day.date);
  if (!dayRight) misses.push(`day: ${corpus.day.date}, expected ${expected.day.date}`);
  if (!zoneRight) misses.push(`zone: ${corpus.day.timeZone}, expected ${expected.day.timeZone}`);
  return { ...events, dayRight, zoneRight, ...people, ...outlets, statementPairs, discrepancies, misses };
}

function filesOfEvent(corpus: Corpus, event: TimelineEvent): Set<string> {
  const fileOf = new Map(corpus.articles.map((article) => [article.id, baseName(article.file)]));
  return new Set(event.sources.map((source) => fileOf.get(source.articleId)!));
}

/** Fixture folders keep the articles under articles/; expectations name the file alone. */
function baseName(file: string): string {
  return file.split('/').at(-1)!;
}

function f1(found: Set<string>, expected: string[]): number {
  const hits = expected.filter((file) => found.has(file)).length;
  if (hits === 0) return 0;
  const precision = hits / found.size;
  const recall = hits / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

function scoreEvents(
  corpus: Corpus,
  expected: DayExpectations,
  misses: string[],
): Pick<DayScore, 'eventPrecision' | 'eventRecall'> {
  const found = corpus.events.map((event) => ({ event, files: filesOfEvent(corpus, event) }));
  const used = new Set<TimelineEvent>();
  let recalled = 0;
  for (const wanted of expected.events) {
    const wantedStart = wanted.start ? Date.parse(wanted.start) : null;
    const candidates = found
      .filter(({ event }) => !used.has(event))
      .map((candidate) => ({ ...candidate, f1: f1(candidate.files, wanted.files) }))
      .filter((candidate) => candidate.f1 >= SOURCES_F1 - F1_ROUNDING)
      .filter(
        ({ event }) => wantedStart === null || Math.abs(Date.parse(event.start) - wantedStart) <= START_TOLERANCE_MS,
      )
      .sort((a, b) => b.f1 - a.f1);
    const best = candidates[0];
    if (best) {
      used.add(best.event);
      recalled++;
    } else {
      const nearest = found
        .map((candidate) => ({ ...candidate, f1: f1(candidate.files, wanted.files) }))
        .sort((a, b) => b.f1 - a.f1)[0];
      misses.push(
        `event missed: ${wanted.label}${wanted.start ? ` at ${wanted.start}` : ''} (${wanted.files.join(', ')})` +
          (nearest && nearest.f1 > 0
            ? `; nearest “${nearest.event.title}” ${nearest.event.start} F1 ${nearest.f1.toFixed(2)}`
            : ''),
      );
    }
  }
  for (const item of expected.background ?? []) {
    const match = found.find(
      (candidate) => !used.has(candidate.event) && f1(candidate.files, item.files) >= SOURCES_F1 - F1_ROUNDING,
    );
    if (match) used.add(match.event);
  }
  for (const { event } of found)
    if (!used.has(event)) misses.push(`event not expected: “${event.title}” ${event.start}`);
  return {
    eventPrecision: { matched: used.size, of: found.length },
    eventRecall: { matched: recalled, of: expected.events.length },
  };
}

const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

function scorePeople(
  corpus: Corpus,
  expected: DayExpectations,
  misses: string[],
): Pick<DayScore, 'peoplePrecision' | 'peopleRecall'> {
  const namesOf = (person: { name: string; aliases: string[] }) => [person.name, ...person.aliases].map(fold);
  const matches = (found: Corpus['people'][number], wanted: DayExpectations['people'][number]) => {
    const wantedNames = new Set(namesOf(wanted));
    return wantedNames.has(fold(found.name));
  };
  let precise = 0;
  for (const person of corpus.people) {
    if (expected.people.some((wanted) => matches(person, wanted))) precise++;
    else misses.push(`person not expected: ${person.name}`);
  }
  let recalled = 0;
  for (const wanted of expected.people) {
    if (corpus.people.some((person) => matches(person, wanted))) recalled++;
    else misses.push(`person missed: ${wanted.name}`);
  }
  return {
    peoplePrecision: { matched: precise, of: corpus.people.length },
    peopleRecall: { matched: recalled, of: expected.people.length },
  };
}

const outletKey = (name: string) =>
  fold(name)
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function scoreOutlets(
  corpus: Corpus,
  expected: DayExpectations,
  misses: string[],
): Pick<DayScore, 'outletPrecision' | 'outletRecall' | 'inventedOutlets'> {
  const byFile = new Map(corpus.articles.map((article) => [baseName(article.file), article]));
  let shown = 0;
  let right = 0;
  let stated = 0;
  const invented: string[] = [];
  for (const wanted of expected.outlets) {
    const article = byFile.get(wanted.file);
    const foundName = article?.outlet?.name ?? null;
    if (wanted.outlet) stated++;
    if (foundName) shown++;
    const isRight = foundName !== null && wanted.outlet !== null && outletKey(foundName) === outletKey(wanted.outlet);
    if (isRight) right++;
    else if (foundName)
      invented.push(
        `${wanted.file}: “${foundName}”${wanted.outlet ? ` (the text says “${wanted.outlet}”)` : ' (the text names none)'}`,
      );
    if (wanted.outlet && !isRight)
      misses.push(
        `outlet missed: ${wanted.file} is “${wanted.outlet}”, found ${foundName ? `“${foundName}”` : 'none'}`,
      );
  }
  for (const line of invented) misses.push(`outlet invented: ${line}`);
  return {
    outletPrecision: { matched: right, of: shown },
    outletRecall: { matched: right, of: stated },
    inventedOutlets: invented,
  };
}

/** Expected topics and the corpus topics that can flag them ("score" and "number" are both figures). */
const FITTING_TOPICS: Record<string, string[]> = {
  number: ['number', 'duration'],
  score: ['number', 'duration'],
  day: ['day'],
  time: ['time'],
};

function scoreDiscrepancies(corpus: Corpus, expected: DayExpectations, misses: string[]): Ratio {
  const fileOf = new Map(corpus.articles.map((article) => [article.id, baseName(article.file)]));
  const used = new Set<Corpus['discrepancies'][number]>();
  let matched = 0;
  for (const wanted of expected.discrepancies ?? []) {
    const found = corpus.discrepancies.find((discrepancy) => {
      if (used.has(discrepancy) || !(FITTING_TOPICS[wanted.topic] ?? [wanted.topic]).includes(discrepancy.topic))
        return false;
      const files = new Set(
        discrepancy.claims.map((claim) => fileOf.get(claim.articleId)!).filter((file) => wanted.files.includes(file)),
      );
      return files.size >= 2;
    });
    if (found) {
      used.add(found);
      matched++;
    } else misses.push(`discrepancy missed: [${wanted.topic}] ${wanted.about}`);
  }
  return { matched, of: expected.discrepancies?.length ?? 0 };
}

function scoreStatementPairs(corpus: Corpus, expected: DayExpectations, misses: string[]): Ratio {
  const fileOf = new Map(corpus.articles.map((article) => [article.id, baseName(article.file)]));
  const statementOf = (file: string, opening: string) =>
    corpus.quotes.find((quote) => fileOf.get(quote.articleId) === file && fold(quote.text).startsWith(fold(opening)))
      ?.statementId ?? null;
  let linked = 0;
  let pairs = 0;
  for (const statement of expected.statements) {
    const ids = statement.quotes.map((quote) => statementOf(quote.file, quote.opening));
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        pairs++;
        if (ids[a] !== null && ids[a] === ids[b]) linked++;
        else
          misses.push(
            `statement not linked: ${statement.speaker}: ${statement.quotes[a]!.file} “${statement.quotes[a]!.opening}” / ${statement.quotes[b]!.file}`,
          );
      }
    }
  }
  return { matched: linked, of: pairs };
}

function sameOffsetOnDay(zoneA: string, zoneB: string, date: string): boolean {
  if (zoneA === zoneB) return true;
  const noon = new Date(`${date}T12:00:00Z`);
  try {
    const offset = (zone: string) =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(noon)
        .find((part) => part.type === 'timeZoneName')?.value;
    return offset(zoneA) === offset(zoneB);
  } catch {
    return false;
  }
}
