/**
 * Parses the seeds folder into the corpus and ships it beside the bundle as a JSON file, not inside
 * the JavaScript: `virtual:corpus-url` exports that file's address (boot.ts preloads it alongside
 * the app's code, once the prerendered page has painted). In the dev server the same JSON is served
 * from memory and re-parsed when a seed changes.
 */
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { escapeControls } from '../../src/pipeline/escape-controls.ts';
import { validateCorpus, type Corpus } from '../../src/corpus/schema.ts';
import { SAVE_CORRECTIONS_PATH } from '../../src/corpus/corrections/corrections-file.ts';
import { saveCorrectionsHandler } from './save-corrections.ts';

const VIRTUAL_ID = 'virtual:corpus-url';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
/** The emitted file's name before hashing (the build names it assets/corpus-<hash>.json). */
export const CORPUS_ASSET_NAME = 'corpus.json';
/** Where the dev server answers with the corpus. */
const DEV_CORPUS_PATH = '@corpus/corpus.json';

export const CORPUS_PLUGIN_NAME = 'news-timeline-corpus';

/** What the corpus plugin offers other plugins (Vite's `api` convention). */
export type CorpusPluginApi = {
  /** The corpus the last load of `virtual:corpus-url` built and validated; null before that. */
  getCorpus: () => Corpus | null;
};

/** The built file of the corpus among a bundle's outputs, if the bundle has one. */
export function findCorpusAssetFileName(
  bundle: Record<string, { type: string; fileName: string; names?: readonly string[] }>,
): string | null {
  const asset = Object.values(bundle).find(
    (output) => output.type === 'asset' && output.names?.includes(CORPUS_ASSET_NAME),
  );
  return asset?.fileName ?? null;
}

export function corpusPlugin(options: { seedsDir: string }): Plugin<CorpusPluginApi> {
  const seedsDir = resolve(options.seedsDir);
  let lastCorpus: Corpus | null = null;
  let lastJson: string | null = null;
  let base = '/';
  let command: ResolvedConfig['command'] = 'build';

  function parseSeeds(context: {
    addWatchFile: (file: string) => void;
    warn: (message: string) => void;
    error: (message: string) => never;
  }): string {
    context.addWatchFile(seedsDir);
    const input = readArticleFolder(seedsDir);
    for (const file of input.files) context.addWatchFile(resolve(seedsDir, file.name));
    const corpus = buildCorpus(input);
    const validation = validateCorpus(corpus);
    if (!validation.ok)
      context.error(`The corpus built from ${seedsDir} breaks the schema: ${validation.problems.join('; ')}`);
    for (const warning of corpus.warnings) context.warn(escapeControls(`${warning.file}: ${warning.reason}`));
    lastCorpus = validation.ok ? validation.corpus : null;
    lastJson = JSON.stringify(corpus);
    return lastJson;
  }

  return {
    name: CORPUS_PLUGIN_NAME,
    api: { getCorpus: () => lastCorpus },
    configResolved(config) {
      base = config.base;
      command = config.command;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (command === 'serve') {
        // Parsed here for its warnings and errors, unless the corpus request was served (and parsed) first.
        if (lastJson === null) parseSeeds(this);
        return `export default ${JSON.stringify(base + DEV_CORPUS_PATH)};`;
      }
      const json = parseSeeds(this);
      const reference = this.emitFile({ type: 'asset', name: CORPUS_ASSET_NAME, source: json });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    configureServer(server) {
      server.watcher.add(seedsDir);
      const reload = (file: string) => {
        if (!resolve(file).startsWith(seedsDir)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        lastJson = null;
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      server.middlewares.use(`${base}${SAVE_CORRECTIONS_PATH}`, saveCorrectionsHandler(seedsDir));
      server.middlewares.use(`${base}${DEV_CORPUS_PATH}`, (_request, response, next) => {
        try {
          const json =
            lastJson ??
            parseSeeds({
              addWatchFile: () => {},
              warn: (message) => server.config.logger.warn(message),
              error: (message) => {
                throw new Error(message);
              },
            });
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(json);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
