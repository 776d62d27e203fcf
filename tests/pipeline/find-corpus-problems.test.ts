import { describe, expect, test } from 'vitest';
import { findCorpusProblems } from '../../src/corpus/find-corpus-problems.ts';
import { validateCorpus } from '../../src/corpus/schema.ts';
import { corpusOf } from './load-folder.ts';

const problemsOf = (input: unknown) => {
  const validation = validateCorpus(input);
  return validation.ok ? [] : validation.problems;
};

/** A fresh copy of the seeds corpus, broken by `breakIt`. */
function broken(breakIt: (corpus: Record<string, any>) => void): unknown {
  const corpus = structuredClone(corpusOf('seeds')) as Record<string, any>;
  breakIt(corpus);
  return corpus;
}

describe('findCorpusProblems', () => {
  test.each(['seeds', 'tests/fixtures/london-ruling', 'tests/fixtures/hostile-page'])(
    '%s: a sound corpus has no problems',
    (dir) => {
      expect(findCorpusProblems(corpusOf(dir))).toEqual([]);
    },
  );

  const breakages: Array<[string, (corpus: Record<string, any>) => void]> = [
    ['an article field of the wrong type', (corpus) => (corpus.articles[2].text = 42)],
    ['a missing article field', (corpus) => delete corpus.articles[1].lede],
    ['a bad paragraph kind deep in an article', (corpus) => (corpus.articles[0].paragraphs[3].kind = 'prose')],
    [
      'an event kind outside the list, and a quote without text',
      (corpus) => {
        corpus.events[0].kind = 'party';
        delete corpus.quotes[1].text;
      },
    ],
    ['a span past the end of its article', (corpus) => (corpus.articles[0].sentences[0].end = 1e9)],
    [
      'an event naming a person the corpus does not hold',
      (corpus) => corpus.events[0].participants.push('nobody-at-all'),
    ],
    ['a day of the wrong shape', (corpus) => (corpus.day = { date: 6 })],
    ['a list that is not a list', (corpus) => (corpus.people = 'none')],
    [
      'a statement listing a quote that names another statement',
      (corpus) => corpus.statements[0].quoteIds.push(corpus.quotes.at(-1).id),
    ],
    [
      'a quote naming a statement that does not list it',
      (corpus) => (corpus.quotes[0].statementId = 'statement-nowhere'),
    ],
    [
      'a statement without quotes, and a statement id used twice',
      (corpus) => {
        corpus.statements[1].quoteIds = [];
        corpus.statements[2].id = corpus.statements[0].id;
      },
    ],
    ['the wrong schema version', (corpus) => (corpus.schemaVersion = 1)],
    [
      'more than twenty problems',
      (corpus) =>
        corpus.articles.forEach(
          (article: Record<string, unknown>) => (article.paragraphs = [{ start: 'a', end: 'b', kind: 'c' }, 1, 2]),
        ),
    ],
  ];

  test.each(breakages)('%s: the problems validateCorpus names, in its words', (_name, breakIt) => {
    const input = broken(breakIt);
    const problems = findCorpusProblems(input);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toEqual(problemsOf(input));
  });

  test('statements partition the quotes: each broken rule is named with its path', () => {
    const input = broken((corpus) => {
      corpus.statements[0].quoteIds.push(corpus.quotes.at(-1).id);
      corpus.statements[1].quoteIds = [];
      corpus.statements[2].quoteIds.push(corpus.statements[2].quoteIds[0]);
      corpus.statements[3].speakerId = null;
    }) as Record<string, any>;
    const last = input.quotes.at(-1);
    const problems = findCorpusProblems(input);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^statements\\.0\\.quoteIds\\.\\d+: quote "${last.id}" names statement "${last.statementId}"$`),
      ),
    );
    expect(problems).toContain('statements.1.quoteIds: is empty');
    expect(problems).toContainEqual(
      expect.stringMatching(/^statements\.2\.quoteIds\.\d+: quote "[^"]+" is listed twice$/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^quotes\.\d+\.statementId: no statement lists quote "/));
  });

  test('a statement whose quotes are by a named speaker says so', () => {
    const input = broken((corpus) => {
      const quoted = corpus.statements.find((statement: { speakerId: string | null }) => statement.speakerId !== null);
      quoted.speakerId = null;
    });
    expect(findCorpusProblems(input)).toContainEqual(
      expect.stringMatching(/^statements\.\d+\.quoteIds\.0: quote "[^"]+" is by "[^"]+", the statement by "null"$/),
    );
  });

  test('the outline broken and an item broken: both named, the outline first', () => {
    const input = broken((corpus) => {
      corpus.warnings = null;
      corpus.articles[0].id = 7;
    });
    expect(findCorpusProblems(input)).toEqual([
      'warnings: Invalid type: Expected Array but received null',
      'articles.0.id: Invalid type: Expected string but received 7',
    ]);
    expect([...findCorpusProblems(input)].sort()).toEqual([...problemsOf(input)].sort());
  });

  test.each([null, 'corpus', [], 3])('not a corpus at all (%j): one problem at the root', (input) => {
    expect(findCorpusProblems(input)).toEqual(problemsOf(input));
  });
});
