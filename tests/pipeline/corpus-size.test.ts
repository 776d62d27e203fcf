/**
 * The corpus grows with what the articles say, never with pairs of articles: syndication (one wire
 * story or quote in hundreds of papers) is the normal case in news. Pairwise links between copies
 * of one quote once made 2,000 short copies (438 KB) into a 98 MB corpus.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import type { InputFile } from '../../src/pipeline/pipeline-input.ts';
import { findCorpusProblems } from './corpus-invariants.ts';

const encoder = new TextEncoder();
const RUNS = Number(process.env.PROPERTY_RUNS) || 8;

/**
 * The most JSON an input may become: a multiple of its bytes (each article keeps its text, plus
 * spans, names and ids for what it says) and a fixed allowance per file (an article's own fields).
 */
const BYTES_PER_INPUT_BYTE = 8;
const BYTES_PER_FILE = 1_500;
const corpusBudget = (files: InputFile[]) =>
  BYTES_PER_INPUT_BYTE * inputBytes(files) + BYTES_PER_FILE * files.length + 10_000;

function inputBytes(files: InputFile[]): number {
  return files.reduce((sum, file) => sum + file.bytes.length, 0);
}

function corpusBytes(files: InputFile[]) {
  const corpus = buildCorpus({ files, sourcesJson: null });
  return { corpus, bytes: encoder.encode(JSON.stringify(corpus)).length };
}

describe('one wire quote in 2,000 papers', () => {
  const copy = (index: number) =>
    [
      index % 3 === 0 ? 'Trade pact talks open' : 'Ministers meet on trade',
      '',
      `NEW DELHI: Trade Minister Anita Rao met her Kenyan counterpart Daniel Mwangi on Monday, December 6, 2021. “We agreed to double bilateral trade within five years and to open two new consulates,” Rao said after the talks. (PTI)`,
      '',
    ].join('\n');
  const files: InputFile[] = Array.from({ length: 2_000 }, (_, index) => ({
    name: `copy-${String(index).padStart(4, '0')}.txt`,
    bytes: encoder.encode(copy(index)),
  }));
  const { corpus, bytes } = corpusBytes(files);

  test('is one statement of 2,000 quotes, each quote naming it once', () => {
    expect(corpus.quotes).toHaveLength(2_000);
    expect(corpus.statements).toHaveLength(1);
    expect(corpus.statements[0]!.quoteIds).toHaveLength(2_000);
    expect(corpus.statements[0]!.speakerId).toBe('anita-rao');
    expect(new Set(corpus.quotes.map((quote) => quote.statementId))).toEqual(new Set([corpus.statements[0]!.id]));
    expect(findCorpusProblems(corpus)).toEqual([]);
  });

  test('makes a corpus within a small multiple of its text', () => {
    expect(bytes).toBeLessThanOrEqual(corpusBudget(files));
    // Against the text alone, too: the per-file allowance is not what keeps it small.
    expect(bytes / inputBytes(files)).toBeLessThan(8);
  });

  test('twice the copies make at most twice the corpus (pairs of copies would make four times)', () => {
    const half = corpusBytes(files.slice(0, 1_000)).bytes;
    expect(bytes / half).toBeLessThan(2.05);
  });

  test('has each event once, its sources one entry per article', () => {
    expect(corpus.events.length).toBeGreaterThan(0);
    for (const event of corpus.events) {
      const articles = event.sources.map((source) => source.articleId);
      expect(new Set(articles).size).toBe(articles.length);
    }
  });
});

// Folders of a few stories copied many times over, with small edits per outlet (another headline,
// a sentence cut, another wire credit), the way syndicated copy arrives.
const STATEMENTS = [
  '“We agreed to double bilateral trade within five years,” Anita Rao said.',
  '“The rescue went on through the night and every crew member is safe,” said coastguard chief Omar Haddad.',
  '“This ruling restores the rights of tenants across the city,” Judge Meera Iyer told the court.',
  'Mayor John Smith tweeted: “The bridge reopens on Tuesday at 6 am.”',
];
const EVENTS = [
  'Anita Rao met Daniel Mwangi on Monday, December 6, 2021 at 10:30 am.',
  'The tanker was refloated on Monday evening after a six-hour operation.',
  'The High Court ruled on Monday that the eviction notices were void.',
  'The new bridge was inaugurated at noon on Monday by Mayor John Smith.',
];
const story = fc.record({
  headline: fc.option(fc.lorem({ maxCount: 6 }), { nil: null }),
  dateline: fc.constantFrom('NEW DELHI: ', 'LONDON: ', 'NAIROBI: ', ''),
  events: fc.subarray(EVENTS, { minLength: 1 }),
  statements: fc.subarray(STATEMENTS, { minLength: 1 }),
  credit: fc.constantFrom('(PTI)', '(AP)', '— Reuters', 'With inputs from ANI', ''),
});
const syndicatedFolder = fc
  .tuple(fc.array(story, { minLength: 1, maxLength: 3 }), fc.integer({ min: 50, max: 400 }), fc.nat())
  .map(([stories, copies, seed]) =>
    Array.from({ length: copies }, (_, index): InputFile => {
      const picked = stories[(index + seed) % stories.length]!;
      // Each copy drops one sentence or none, so the folder holds near copies as well as exact ones.
      const sentences = [...picked.events, ...picked.statements];
      const dropped = (index * 7 + seed) % (sentences.length + 1);
      const body = sentences.filter((_, at) => at !== dropped).join(' ') || sentences[0]!;
      const text = [picked.headline, `${picked.dateline}${body}`, picked.credit].filter(Boolean).join('\n\n');
      return { name: `outlet-${String(index).padStart(3, '0')}.txt`, bytes: encoder.encode(text) };
    }),
  );

describe('corpus size (property)', () => {
  test('a folder of heavily syndicated copy makes a corpus within a small multiple of its bytes', () => {
    fc.assert(
      fc.property(syndicatedFolder, (files) => {
        const { bytes } = corpusBytes(files);
        expect(bytes).toBeLessThanOrEqual(corpusBudget(files));
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
