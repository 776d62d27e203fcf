/**
 * Properties of the whole pipeline over generated folders (fast-check): it never throws, the
 * corpus always passes the schema and its integrity rules, every span covers the text it claims,
 * and ids do not depend on file order or on another file being added.
 *
 * Texts are built from news-like pieces (datelines, names with titles, quotes, times, stamps,
 * wire credits, junk lines) mixed with what scrapes bring (markup, entities, CR/CRLF, controls,
 * bidi overrides, emoji, other scripts, unterminated quotes) and with arbitrary Unicode and bytes.
 * compromise and chrono are slow, so each property runs a few dozen cases (RUNS); a failure
 * prints its seed and shrunk counterexample, which `fc.assert(..., { seed, path })` replays.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import type { InputFile } from '../../src/pipeline/pipeline-input.ts';
import { validateCorpus, type Corpus } from '../../src/corpus/schema.ts';
import { findCorpusProblems } from './corpus-invariants.ts';

// PROPERTY_RUNS=500 npx vitest run tests/pipeline/pipeline-properties.test.ts for a deeper search.
const RUNS = Number(process.env.PROPERTY_RUNS) || 30;
const TIMEOUT = 120_000;

const NAMES = [
  'Anita Rao',
  'Vikram Sethi',
  'Dr. Meera Iyer',
  'John Smith',
  'Ana María López',
  'Li Wei',
  'General Omar Haddad',
  'Rao',
  'Sethi',
];
const TITLES = [
  'Prime Minister',
  'Defence Minister',
  'Mayor',
  'President',
  'External Affairs Minister',
  'EAM',
  'spokesperson',
];
const VERBS = ['met', 'held talks with', 'signed an agreement with', 'arrived in', 'called on', 'addressed'];
const TIMES = [
  'on Monday',
  'on Sunday night',
  'later in the day',
  'at 5 p.m.',
  'at 10:30 IST',
  'ahead of the summit',
  'on December 6, 2021',
];
const PLACES = ['New Delhi', 'Moscow', 'Paris', 'Bali'];

const name = fc.constantFrom(...NAMES);
const sentence = fc
  .tuple(
    fc.option(fc.constantFrom(...TITLES), { nil: undefined }),
    name,
    fc.constantFrom(...VERBS),
    name,
    fc.constantFrom(...TIMES),
    fc.constantFrom('.', '!', '?', ''),
  )
  .map(([title, a, verb, b, time, end]) => `${title ? `${title} ` : ''}${a} ${verb} ${b} ${time}${end}`);
const quote = fc
  .tuple(
    fc.constantFrom('“', '"', '‘', ''),
    fc.lorem({ maxCount: 12 }),
    fc.constantFrom('”', '"', '’', ''),
    name,
    fc.constantFrom('said', 'told reporters', 'tweeted', 'added'),
  )
  .map(([open, words, close, who, verb]) => `${open}${words},${close} ${who} ${verb}.`);
const dateline = fc.constantFrom(...PLACES).map((place) => `${place.toUpperCase()}: `);
const metaLine = fc.constantFrom(
  'Published on: Monday, December 06, 2021, 06:38 PM IST',
  'Updated 21:40, 14-Nov-2022',
  'Posted By: Desk',
  '(PTI)',
  '(With inputs from ANI)',
  'Comment',
  'Please contribute to support our journalism',
  '— Someone (@someone) December 6, 2021',
  'pic.twitter.com/abc123',
  'date 2021-12-06 New Delhi | Example News Desk: India and Russia met.',
);
const noise = fc.constantFrom(
  '<p>',
  '</p>',
  '<br>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '&lt;b&gt;',
  '&#8377;',
  '&#xD800;',
  '&nbsp;',
  '\r\n',
  '\r',
  '\t',
  '\u0000',
  '\u0007',
  '\u202e',
  '\u2066',
  '\u200d',
  '😀',
  'नई दिल्ली',
  'Москва',
  'العربية',
  '₹5,000 crore',
  '6,01,427',
  '“',
  '"',
  '…',
  '  ',
);
const paragraph = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: sentence },
      { weight: 2, arbitrary: quote },
      { weight: 1, arbitrary: noise },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(' '));
const articleText = fc
  .tuple(
    fc.option(fc.lorem({ maxCount: 6 }), { nil: undefined }),
    fc.option(dateline, { nil: undefined }),
    fc.array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: metaLine }), { maxLength: 6 }),
  )
  .map(([headline, place, paragraphs]) =>
    [headline, `${place ?? ''}${paragraphs.join('\n\n')}`].filter((part) => part !== undefined).join('\n\n'),
  );

const encoder = new TextEncoder();
const fileBytes = fc.oneof(
  { weight: 8, arbitrary: articleText.map((text) => encoder.encode(text)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((text) => encoder.encode(text)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
);
const fileName = fc.stringMatching(/^[A-Za-z0-9 _.!-]{1,12}$/).map((stem) => `${stem}.txt`);
const folder = fc.uniqueArray(fc.record({ name: fileName, bytes: fileBytes }), {
  minLength: 1,
  maxLength: 4,
  selector: (file) => file.name,
});

function build(files: InputFile[], sourcesJson: string | null = null): Corpus {
  return buildCorpus({ files, sourcesJson });
}

function idsOf(corpus: Corpus) {
  const sorted = (ids: string[]) => [...ids].sort();
  return {
    articles: sorted(corpus.articles.map((article) => `${article.file}→${article.id}`)),
    people: sorted(corpus.people.map((person) => person.id)),
    events: sorted(corpus.events.map((event) => event.id)),
    quotes: sorted(corpus.quotes.map((quote) => quote.id)),
  };
}

describe('pipeline properties', () => {
  test(
    'never throws; the corpus passes the schema and every span covers what it claims',
    () => {
      fc.assert(
        fc.property(folder, fc.option(fc.string({ maxLength: 80 }), { nil: null }), (files, sourcesJson) => {
          const corpus = build(files, sourcesJson);
          const validation = validateCorpus(JSON.parse(JSON.stringify(corpus)));
          expect(validation.ok ? [] : validation.problems).toEqual([]);
          expect(findCorpusProblems(corpus)).toEqual([]);
          // Every file is accounted for: an article or at least one warning naming it.
          for (const file of files) {
            const loaded = corpus.articles.some((article) => article.file === file.name);
            expect(loaded || corpus.warnings.some((warning) => warning.file === file.name), file.name).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  test(
    'ids do not change when the files come in another order',
    () => {
      fc.assert(
        fc.property(
          folder.chain((files) =>
            fc.tuple(
              fc.constant(files),
              fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }),
            ),
          ),
          ([files, shuffled]) => {
            expect(idsOf(build(shuffled))).toEqual(idsOf(build(files)));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  test(
    'adding a file keeps the ids of the articles already there, and their quotes',
    () => {
      fc.assert(
        fc.property(folder, fc.record({ name: fileName, bytes: fileBytes }), (files, extra) => {
          // Names that slug alike are told apart by order (the first keeps the plain slug); a new file
          // that sorts before an existing one of the same slug would take it, so that case is left out.
          const slugOf = (fileName: string) =>
            fileName
              .toLowerCase()
              .replace(/\.txt$/, '')
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/^-+|-+$/g, '') || 'article';
          fc.pre(
            !files.some(
              (file) =>
                file.name === extra.name || (slugOf(file.name) === slugOf(extra.name) && extra.name < file.name),
            ),
          );
          const before = build(files);
          const after = build([...files, extra]);
          const afterIds = new Map(after.articles.map((article) => [article.file, article.id]));
          for (const article of before.articles) expect(afterIds.get(article.file)).toBe(article.id);
          const afterQuotes = new Set(after.quotes.map((quote) => `${quote.id} ${quote.text}`));
          for (const quote of before.quotes) expect(afterQuotes.has(`${quote.id} ${quote.text}`), quote.id).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
