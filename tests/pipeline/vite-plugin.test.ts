import { describe, expect, test } from 'vitest';
import { corpusPlugin } from '../../src/pipeline/vite-plugin.ts';

type Hook = (this: unknown, id: string) => unknown;

function loadCorpusModule(seedsDir: string) {
  const plugin = corpusPlugin({ seedsDir });
  const watched: string[] = [];
  const warnings: string[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    warn: (message: string) => warnings.push(message),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const resolved = (plugin.resolveId as Hook).call(context, 'virtual:corpus') as string;
  const code = (plugin.load as Hook).call(context, resolved) as string;
  const json = /^export default JSON\.parse\((.*)\);$/.exec(code)![1]!;
  return { resolved, corpus: JSON.parse(JSON.parse(json)), watched, warnings };
}

describe('corpusPlugin', () => {
  test('serves the seeds corpus as virtual:corpus and watches every seed file', () => {
    const { resolved, corpus, watched } = loadCorpusModule('seeds');
    expect(resolved).toBe('\0virtual:corpus');
    expect(corpus.articles).toHaveLength(5);
    expect(watched.filter((file) => file.endsWith('.txt'))).toHaveLength(5);
  });

  test('builds any other folder (SEEDS_DIR)', () => {
    const { corpus } = loadCorpusModule('tests/fixtures/bali-meeting');
    expect(corpus.day.date).toBe('2022-11-14');
  });

  test('leaves other modules alone', () => {
    const plugin = corpusPlugin({ seedsDir: 'seeds' });
    expect((plugin.resolveId as Hook).call({}, './main.tsx')).toBeUndefined();
  });
});
