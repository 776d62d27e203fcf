import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { stringifyPrettyInChunks } from '../../src/pipeline/pretty-json-chunks.ts';
import { corpusOf } from './load-folder.ts';

const joined = (value: unknown, chunkChars?: number) => [...stringifyPrettyInChunks(value, chunkChars)].join('');

describe('stringifyPrettyInChunks', () => {
  test('the seeds corpus comes out as JSON.stringify(corpus, null, 2) writes it, in more than one chunk', () => {
    const corpus = corpusOf('seeds');
    const chunks = [...stringifyPrettyInChunks(corpus, 4096)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(JSON.stringify(corpus, null, 2));
  });

  test('a chunk is not much longer than asked unless one value is written whole', () => {
    const corpus = corpusOf('tests/fixtures/london-ruling');
    const longest = Math.max(...corpus.articles.map((article) => JSON.stringify(article.text).length));
    for (const chunk of stringifyPrettyInChunks(corpus, 1000)) expect(chunk.length).toBeLessThan(1000 + longest + 200);
  });

  const awkward: Array<[string, unknown]> = [
    [
      'quotes, backslashes, controls and line separators',
      { text: 'a "b" \\ c\n\td\u0000\u001f\u2028\u2029 e', list: ['\r\n', '\b\f'] },
    ],
    [
      'lone surrogates and astral characters',
      { text: '\ud800 x \udfff 😀 “₹5,000 crore”', parts: [['\ud83d'], { deep: '\ude00' }] },
    ],
    ['empty lists and objects at every depth', { a: [], b: {}, c: [[], {}, [[]]], d: { e: { f: [] } } }],
    [
      'values JSON leaves out or turns to null',
      {
        a: undefined,
        b: () => 1,
        c: Symbol('s'),
        list: [undefined, () => 1, NaN, Infinity, -0],
        deep: { x: [{ y: undefined }] },
      },
    ],
    ['an object whose every field is left out', { a: { b: undefined }, list: [{ c: undefined }] }],
    [
      'toJSON, dates and boxed values',
      {
        when: new Date(Date.UTC(2021, 11, 6, 13)),
        own: { toJSON: (key: string) => `key ${key}` },
        list: [{ toJSON: () => [1, { two: 2 }] }],
        boxed: [new Number(3), new String('s'), new Boolean(false)],
      },
    ],
    [
      'a class instance and an object without prototype',
      { map: new Map([[1, 2]]), bare: Object.assign(Object.create(null) as object, { x: [1, 'y'] }) },
    ],
    ['numeric-like keys, which objects list first', { b: 1, 2: 'two', a: { 10: [], 1: {} } }],
    ['primitives at the top', 'just a "string"'],
    ['null at the top', null],
    ['a list at the top', [1, 'two', [3, [4, { five: [5] }]]]],
  ];

  test.each(awkward)('%s: the same text as JSON.stringify', (_name, value) => {
    expect(joined(value, 8)).toBe(JSON.stringify(value, null, 2));
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
  });

  test('undefined at the top gives no chunks, as JSON.stringify gives no text', () => {
    expect([...stringifyPrettyInChunks(undefined)]).toEqual([]);
    expect([...stringifyPrettyInChunks(() => 1)]).toEqual([]);
  });

  test('any JSON value, at any chunk size, comes out as JSON.stringify writes it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 200 }), (value, chunkChars) => {
        expect(joined(value, chunkChars)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  test('any value fast-check makes up (with undefined, odd keys and strings) comes out as JSON.stringify writes it', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, stringUnit: 'binary' }),
        (value) => {
          // A top-level value JSON leaves out has no text at all: no chunks.
          expect(joined(value, 16)).toBe(JSON.stringify(value, null, 2) ?? '');
        },
      ),
      { numRuns: 300 },
    );
  });
});
