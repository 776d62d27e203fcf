/** `npm run eval`: precision and recall of extraction on the seeds and each fixture set, as a table. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../src/pipeline/read-folder.ts';
import { scoreEventSources, scorePeople, scoreQuotes, type Expectations, type Score } from './extraction-score.ts';

const expectationsDir = 'tests/fixtures/expectations';
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const cell = (result: Score) => `${percent(result.precision)} / ${percent(result.recall)} (${result.matched}/${result.expected})`;

const rows = readdirSync(expectationsDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const expectations = JSON.parse(readFileSync(join(expectationsDir, name), 'utf8')) as Expectations;
    const corpus = buildCorpus(readArticleFolder(expectations.folder));
    return [name.replace(/\.json$/, ''), `${corpus.articles.length}`, cell(scorePeople(corpus, expectations)), cell(scoreQuotes(corpus, expectations)), cell(scoreEventSources(corpus, expectations))];
  });

const header = ['set', 'articles', 'people P / R', 'quotes P / R', 'event sources P / R'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
console.log(line(header));
console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
for (const row of rows) console.log(line(row));
