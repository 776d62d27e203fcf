/**
 * Writes synthetic news articles for benchmarks: `npx tsx scripts/dev/generate-articles.ts OUT_DIR COUNT [DAYS] [SEED]`.
 * Articles follow the styles of real copy (wire datelines, desk signatures, publication stamps, bylines, quotes,
 * wire credits) and report meetings, talks, summits, arrivals and press conferences between generated people
 * over one day (DAYS=1) or a week (DAYS=7). The same seed writes the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CITIES,
  COUNTRIES,
  GIVEN,
  GOALS,
  LINKS,
  MONTHS,
  OPENINGS,
  PUBLISHERS,
  ROLES,
  SURNAMES,
  TOPICS,
  VENUES,
  WEEKDAYS,
  WIRES,
} from './article-vocabulary.ts';

/** Mulberry32: a small seeded generator, so benchmark corpora are the same from run to run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  name: string;
  surname: string;
  role: string;
  country: string;
}

interface Occasion {
  kind: 'meeting' | 'talks' | 'summit' | 'arrival' | 'press conference';
  people: Person[];
  dayOffset: number;
  hour: number;
  minute: number;
  topic: string;
  venue: string;
  /** What the first person said, as every article about the occasion quotes it. */
  statement: string;
}

/** Writes `count` articles about events over `days` days starting 6 December 2021; returns the file paths. */
export function generateArticles(outDir: string, count: number, days = 1, seed = 42): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const people: Person[] = Array.from({ length: 60 }, (_, index) => {
    const given = GIVEN[index % GIVEN.length]!;
    const surname = SURNAMES[(index * 7 + Math.floor(index / GIVEN.length)) % SURNAMES.length]!;
    return { name: `${given} ${surname}`, surname, role: pick(ROLES), country: pick(COUNTRIES) };
  });
  const occasions: Occasion[] = Array.from({ length: Math.max(6, Math.round(count / 8)) }, () => {
    const kind = pick(['meeting', 'meeting', 'talks', 'summit', 'arrival', 'press conference'] as const);
    const first = pick(people);
    let second = pick(people);
    while (second === first) second = pick(people);
    return {
      kind,
      people: kind === 'arrival' || kind === 'press conference' ? [first] : [first, second],
      dayOffset: Math.floor(random() * days),
      hour: 8 + Math.floor(random() * 12),
      minute: pick([0, 15, 30, 45]),
      topic: pick(TOPICS),
      venue: pick(VENUES),
      statement: `${pick(OPENINGS)} ${pick(TOPICS)} ${pick(LINKS)} ${pick(GOALS)} by ${2024 + Math.floor(random() * 8)}`,
    };
  });

  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const occasion = occasions[index % occasions.length]!;
    const related = occasions[(index * 3 + 1) % occasions.length]!;
    const text = writeArticle(occasion, related, index, pick, random);
    const file = join(outDir, `article-${String(index + 1).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

function writeArticle(
  occasion: Occasion,
  related: Occasion,
  index: number,
  pick: <T>(items: readonly T[]) => T,
  random: () => number,
): string {
  const date = new Date(Date.UTC(2021, 11, 6 + occasion.dayOffset));
  const weekday = WEEKDAYS[date.getUTCDay()]!;
  const monthName = MONTHS[date.getUTCMonth()]!;
  const day = date.getUTCDate();
  const [city, zone] = pick(CITIES);
  const [a, b] = occasion.people as [Person, Person | undefined];
  const clock = `${((occasion.hour + 11) % 12) + 1}:${String(occasion.minute).padStart(2, '0')} ${occasion.hour < 12 ? 'am' : 'pm'}`;
  const publishedHour = Math.min(23, occasion.hour + 2 + Math.floor(random() * 4));
  const stampStyle = index % 4;
  const wire = pick(WIRES);
  const lines: string[] = [];
  const who = b ? `${a.role} ${a.name} and ${b.country}'s ${b.role} ${b.name}` : `${a.role} ${a.name}`;
  const headline = {
    meeting: `${a.surname} and ${b?.surname} meet, discuss ${occasion.topic}`,
    talks: `${a.surname}, ${b?.surname} hold talks on ${occasion.topic}`,
    summit: `${a.country}-${b?.country} summit focuses on ${occasion.topic}`,
    arrival: `${a.surname} arrives in ${titleCase(city)} for ${occasion.topic} talks`,
    'press conference': `${a.surname} outlines ${occasion.topic} plans at press conference`,
  }[occasion.kind];
  lines.push(headline, '');
  if (stampStyle === 0)
    lines.push(
      `date ${date.toISOString().slice(0, 10)} ${titleCase(city)} | ${pick(['Daily Ledger', 'Metro Herald'])} News Desk: ${lede()}`,
    );
  else if (stampStyle === 1) lines.push(`${city}, ${monthName.slice(0, 3)} ${day} (${wire}) - ${lede()}`);
  else lines.push(`${city}: ${lede()}`);
  lines.push('');
  const quoteLine = `"${occasion.statement}," ${a.surname} said.`;
  lines.push(quoteLine, '');
  if (b)
    lines.push(
      `${b.name} said the two sides would meet again ${pick(['next month', 'early next year', 'at the next ministerial round'])}. "This is a new chapter," ${b.surname} told reporters.`,
      '',
    );
  const relatedPerson = related.people[0]!;
  lines.push(
    `Later in the day, ${relatedPerson.role} ${relatedPerson.name} ${related.kind === 'arrival' ? 'arrived in the capital' : `held a ${related.kind === 'press conference' ? 'press conference' : 'meeting'} on ${related.topic}`}, officials said.`,
    '',
  );
  lines.push(
    `${pick(['The', 'Officials said the'])} ${occasion.kind === 'arrival' ? 'visit' : occasion.kind} covered ${occasion.topic}, ${pick(TOPICS)} and ${pick(TOPICS)}.`,
    '',
  );
  if (stampStyle === 2)
    lines.push(
      `Published on: ${weekday}, ${monthName} ${String(day).padStart(2, '0')}, 2021, ${String(((publishedHour + 11) % 12) + 1).padStart(2, '0')}:${String(occasion.minute).padStart(2, '0')} ${publishedHour < 12 ? 'AM' : 'PM'} ${zone}`,
    );
  if (stampStyle === 3)
    lines.push(
      `Updated ${String(publishedHour).padStart(2, '0')}:${String(occasion.minute).padStart(2, '0')}, ${String(day).padStart(2, '0')}-${monthName.slice(0, 3)}-2021`,
      `By ${pick(GIVEN)} ${pick(SURNAMES)}`,
    );
  if (stampStyle !== 1) lines.push(`(With inputs from ${wire})`);
  if (index % 5 === 0) lines.push(`© ${pick(PUBLISHERS)} 2021. All rights reserved.`);
  return `${lines.join('\n')}\n`;

  function lede(): string {
    const verb = {
      meeting: 'met',
      talks: 'held talks with',
      summit: 'held a summit with',
      arrival: 'arrived in',
      'press conference': 'addressed a press conference in',
    }[occasion.kind];
    if (!b)
      return `${who} ${verb} ${occasion.kind === 'arrival' || occasion.kind === 'press conference' ? titleCase(city) : ''} on ${weekday} at ${clock}, ahead of talks on ${occasion.topic}.`;
    return `${who} ${verb === 'met' ? 'met' : verb.replace(/ with$/, '')} ${verb === 'met' ? '' : 'together'} at ${occasion.venue} on ${weekday} at ${clock} to discuss ${occasion.topic}.`.replace(
      /\s+/g,
      ' ',
    );
  }
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir, countText = '1000', daysText = '1', seedText = '42'] = process.argv.slice(2);
  if (!outDir) {
    console.error('Usage: tsx scripts/dev/generate-articles.ts OUT_DIR [COUNT] [DAYS] [SEED]');
    process.exit(2);
  }
  const files = generateArticles(resolve(outDir), Number(countText), Number(daysText), Number(seedText));
  console.error(`Wrote ${files.length} articles to ${resolve(outDir)}`);
}
