import { describe, expect, test } from 'vitest';
import { fetchCorpus } from '../../src/app/fetch-corpus.ts';

const URL = '/assets/corpus-abc.json';

function answering(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, init);
}

describe('fetchCorpus', () => {
  test('returns the parsed JSON of the corpus file', async () => {
    expect(await fetchCorpus(URL, answering('{"schemaVersion":1}'))).toEqual({ ok: true, raw: { schemaVersion: 1 } });
  });

  test('an HTTP error names the file and the status', async () => {
    expect(await fetchCorpus(URL, answering('gone', { status: 404, statusText: 'Not Found' }))).toEqual({
      ok: false,
      problems: ['/assets/corpus-abc.json: the server answered HTTP 404 Not Found'],
    });
  });

  test('a network failure names the file and the cause', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await fetchCorpus(URL, failing)).toEqual({
      ok: false,
      problems: ['/assets/corpus-abc.json: the corpus file could not be fetched (Failed to fetch)'],
    });
  });

  test('a file that is not JSON names the file', async () => {
    const result = await fetchCorpus(URL, answering('{"schemaVersion":'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(
      /^\/assets\/corpus-abc\.json: the corpus file is not valid JSON \(/,
    );
  });
});
