import { describe, expect, test } from 'vitest';
import { corpusPlugin, findCorpusAssetFileName } from '../../scripts/build/corpus-plugin.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** Runs the plugin's hooks as Vite's build (or dev server) would, for the seeds folder given. */
function loadCorpusModule(seedsDir: string, command: 'build' | 'serve' = 'build') {
  const plugin = corpusPlugin({ seedsDir });
  const watched: string[] = [];
  const warnings: string[] = [];
  const emitted: Array<{ type: string; name: string; source: string }> = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    warn: (message: string) => warnings.push(message),
    error: (message: string) => {
      throw new Error(message);
    },
    emitFile: (file: { type: string; name: string; source: string }) => {
      emitted.push(file);
      return 'ref42';
    },
  };
  (plugin.configResolved as Hook)({ base: '/', command });
  const resolved = (plugin.resolveId as Hook).call(context, 'virtual:corpus-url') as string;
  const code = (plugin.load as Hook).call(context, resolved) as string;
  return { plugin, resolved, code, emitted, watched, warnings };
}

describe('corpusPlugin', () => {
  test('emits the seeds corpus as a JSON asset (not JavaScript) whose address the module exports, and watches every seed file', () => {
    const { resolved, code, emitted, watched } = loadCorpusModule('seeds');
    expect(resolved).toBe('\0virtual:corpus-url');
    expect(code).toBe('export default import.meta.ROLLUP_FILE_URL_ref42;');
    expect(emitted).toHaveLength(1);
    expect(emitted[0]!.name).toBe('corpus.json');
    expect(JSON.parse(emitted[0]!.source).articles).toHaveLength(5);
    expect(watched.filter((file) => file.endsWith('.txt'))).toHaveLength(5);
  });

  test('builds any other folder (SEEDS_DIR)', () => {
    const { emitted, plugin } = loadCorpusModule('tests/fixtures/bali-meeting');
    expect(JSON.parse(emitted[0]!.source).day.date).toBe('2022-11-14');
    expect(plugin.api?.getCorpus()?.day.date).toBe('2022-11-14');
  });

  test('in the dev server the module exports the address the server answers with the corpus', () => {
    const { code, emitted } = loadCorpusModule('seeds', 'serve');
    expect(code).toBe('export default "/@corpus/corpus.json";');
    expect(emitted).toEqual([]);
  });

  test('finds the built corpus file among the bundle’s outputs', () => {
    const bundle = {
      'assets/index-abc.js': { type: 'chunk', fileName: 'assets/index-abc.js' },
      'assets/corpus-X1y2.json': { type: 'asset', fileName: 'assets/corpus-X1y2.json', names: ['corpus.json'] },
    };
    expect(findCorpusAssetFileName(bundle)).toBe('assets/corpus-X1y2.json');
    expect(findCorpusAssetFileName({ 'a.js': { type: 'chunk', fileName: 'a.js' } })).toBeNull();
  });

  test('leaves other modules alone', () => {
    const plugin = corpusPlugin({ seedsDir: 'seeds' });
    expect((plugin.resolveId as Hook).call({}, './main.tsx')).toBeUndefined();
  });
});
