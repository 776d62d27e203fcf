/** Serves the corpus parsed from the seeds folder as `virtual:corpus`; re-parses when a seed changes. */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readArticleFolder } from './read-folder.ts';
import { buildCorpus } from './build-corpus.ts';
import { validateCorpus, type Corpus } from '../corpus/schema.ts';

const VIRTUAL_ID = 'virtual:corpus';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export const CORPUS_PLUGIN_NAME = 'news-timeline-corpus';

/** What the corpus plugin offers other plugins (Vite's `api` convention). */
export type CorpusPluginApi = {
  /** The corpus the last load of `virtual:corpus` built and validated; null before that. */
  getCorpus: () => Corpus | null;
};

export function corpusPlugin(options: { seedsDir: string }): Plugin<CorpusPluginApi> {
  const seedsDir = resolve(options.seedsDir);
  let lastCorpus: Corpus | null = null;
  return {
    name: CORPUS_PLUGIN_NAME,
    api: { getCorpus: () => lastCorpus },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(seedsDir);
      const input = readArticleFolder(seedsDir);
      for (const file of input.files) this.addWatchFile(resolve(seedsDir, file.name));
      const corpus = buildCorpus(input);
      const validation = validateCorpus(corpus);
      if (!validation.ok) this.error(`The corpus built from ${seedsDir} breaks the schema: ${validation.problems.join('; ')}`);
      for (const warning of corpus.warnings) this.warn(`${warning.file}: ${warning.reason}`);
      lastCorpus = validation.ok ? validation.corpus : null;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(corpus))});`;
    },
    configureServer(server) {
      server.watcher.add(seedsDir);
      const reload = (file: string) => {
        if (!resolve(file).startsWith(seedsDir)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
