import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { scoreEventSources, scorePeople, scoreQuotes, type Expectations } from '../../scripts/dev/extraction-score.ts';
import { corpusOf } from './load-folder.ts';

const expectations = JSON.parse(readFileSync('tests/fixtures/expectations/seeds.json', 'utf8')) as Expectations;

describe('extraction scores', () => {
  const corpus = corpusOf('seeds');

  test('the seeds meet every expectation', () => {
    expect(scorePeople(corpus, expectations)).toMatchObject({ precision: 1, recall: 1 });
    expect(scoreQuotes(corpus, expectations)).toMatchObject({ precision: 1, recall: 1 });
    expect(scoreEventSources(corpus, expectations)).toMatchObject({ precision: 1, recall: 1 });
  });

  test('a missed person lowers recall; an invented one lowers precision', () => {
    const missing = { ...corpus, people: corpus.people.slice(1) };
    expect(scorePeople(missing, expectations).recall).toBeCloseTo(6 / 7);
    const invented = {
      ...corpus,
      people: [...corpus.people, { id: 'sushma-swaraj', name: 'Sushma Swaraj', aliases: [], role: null, mentions: [] }],
    };
    expect(scorePeople(invented, expectations).precision).toBeCloseTo(7 / 8);
  });

  test('a quote given to the wrong speaker counts against both', () => {
    const [first, ...rest] = corpus.quotes;
    const wrong = { ...corpus, quotes: [{ ...first!, speakerId: 'vladimir-putin' }, ...rest] };
    const result = scoreQuotes(wrong, expectations);
    expect(result.precision).toBeLessThan(1);
    expect(result.recall).toBeLessThan(1);
  });

  test('an event credited to an article that does not report it lowers precision', () => {
    const arrival = corpus.events.find((event) => event.kind === 'arrival')!;
    const jagran = corpus.articles.find((article) => article.file.startsWith('000'))!;
    expect(arrival.sources.map((source) => source.articleId)).not.toContain(jagran.id);
    const padded = { ...arrival, sources: [...arrival.sources, { articleId: jagran.id, spans: [] }] };
    const events = corpus.events.map((event) => (event === arrival ? padded : event));
    expect(scoreEventSources({ ...corpus, events }, expectations).precision).toBeCloseTo(15 / 16);
  });
});
