/**
 * `npm run eval`: extraction quality, as tables.
 * - The seeds and the older fixture sets (tests/fixtures/expectations/): people, quotes and event sources.
 * - The fixture days (tests/fixtures/days/<day>/): events, day and zone, people, outlets and linked
 *   statements per day, with the development and test splits apart. Test days are held out: they run
 *   only with `--test`, once the work they judge is done (`--misses` lists what each dev day missed).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { scoreEventSources, scorePeople, scoreQuotes, type Expectations, type Score } from './extraction-score.ts';
import { scoreDay, type DayExpectations, type DayScore, type Ratio } from './day-score.ts';

const expectationsDir = 'tests/fixtures/expectations';
const daysDir = 'tests/fixtures/days';
const args = process.argv.slice(2);
const withTest = args.includes('--test');
const showMisses = args.includes('--misses');

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const cell = (result: Score) =>
  `${percent(result.precision)} / ${percent(result.recall)} (${result.matched}/${result.expected})`;
const ratio = ({ matched, of }: Ratio) => (of === 0 ? '–' : `${matched}/${of}`);
const share = (parts: Ratio[]) => {
  const matched = parts.reduce((sum, part) => sum + part.matched, 0);
  const of = parts.reduce((sum, part) => sum + part.of, 0);
  return of === 0 ? 1 : matched / of;
};

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

const setRows = readdirSync(expectationsDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const expectations = JSON.parse(readFileSync(join(expectationsDir, name), 'utf8')) as Expectations;
    const corpus = buildCorpus(readArticleFolder(expectations.folder));
    return [
      name.replace(/\.json$/, ''),
      `${corpus.articles.length}`,
      cell(scorePeople(corpus, expectations)),
      cell(scoreQuotes(corpus, expectations)),
      cell(scoreEventSources(corpus, expectations)),
    ];
  });
printTable(['set', 'articles', 'people P / R', 'quotes P / R', 'event sources P / R'], setRows);

const days = existsSync(daysDir)
  ? readdirSync(daysDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(daysDir, entry.name, 'expected.json')))
      .map((entry) => ({
        name: entry.name,
        expected: JSON.parse(readFileSync(join(daysDir, entry.name, 'expected.json'), 'utf8')) as DayExpectations,
      }))
      .sort((a, b) => a.expected.split.localeCompare(b.expected.split) || a.name.localeCompare(b.name))
  : [];
const scored = days
  .filter((day) => day.expected.split === 'dev' || withTest)
  .map((day) => ({
    ...day,
    score: scoreDay(buildCorpus(readArticleFolder(join(daysDir, day.name, 'articles'))), day.expected),
  }));

if (scored.length > 0) {
  console.log('');
  const row = (name: string, split: string, score: DayScore) => [
    name,
    split,
    `${ratio(score.eventPrecision)} / ${ratio(score.eventRecall)}`,
    `${score.dayRight ? 'yes' : 'NO'} / ${score.zoneRight ? 'yes' : 'NO'}`,
    `${ratio(score.peoplePrecision)} / ${ratio(score.peopleRecall)}`,
    `${ratio(score.outletPrecision)} / ${ratio(score.outletRecall)}`,
    `${score.inventedOutlets.length}`,
    ratio(score.statementPairs),
    ratio(score.discrepancies),
  ];
  const rows = scored.map((day) => row(day.name, day.expected.split, day.score));
  for (const split of ['dev', 'test'] as const) {
    const ofSplit = scored.filter((day) => day.expected.split === split).map((day) => day.score);
    if (ofSplit.length === 0) continue;
    const eventP = share(ofSplit.map((score) => score.eventPrecision));
    const eventR = share(ofSplit.map((score) => score.eventRecall));
    const peopleP = share(ofSplit.map((score) => score.peoplePrecision));
    const peopleR = share(ofSplit.map((score) => score.peopleRecall));
    rows.push([
      `all ${split} days`,
      split,
      `${percent(eventP)} / ${percent(eventR)}`,
      `${ofSplit.filter((score) => score.dayRight).length}/${ofSplit.length} / ${ofSplit.filter((score) => score.zoneRight).length}/${ofSplit.length}`,
      `F1 ${percent(peopleP + peopleR === 0 ? 0 : (2 * peopleP * peopleR) / (peopleP + peopleR))}`,
      `${percent(share(ofSplit.map((score) => score.outletPrecision)))} / ${percent(share(ofSplit.map((score) => score.outletRecall)))}`,
      `${ofSplit.reduce((sum, score) => sum + score.inventedOutlets.length, 0)}`,
      percent(share(ofSplit.map((score) => score.statementPairs))),
      percent(share(ofSplit.map((score) => score.discrepancies))),
    ]);
  }
  printTable(
    [
      'day',
      'split',
      'events P / R',
      'day / zone right',
      'people P / R',
      'outlets P / R',
      'invented outlets',
      'statement pairs linked',
      'discrepancies flagged',
    ],
    rows,
  );
  if (!withTest)
    console.log(
      `\n${days.length - scored.length} held-out test days not run (npm run eval -- --test; their first run, 5 December 2026, is in docs/extraction.md: run them again only on new test days).`,
    );
  if (showMisses) {
    for (const day of scored.filter((candidate) => candidate.expected.split === 'dev')) {
      console.log(`\n${day.name}:`);
      for (const miss of day.score.misses) console.log(`  ${miss}`);
    }
  }
}
