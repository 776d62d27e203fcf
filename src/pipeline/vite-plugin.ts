/** Serves the corpus parsed from the seeds folder as `virtual:corpus`; re-parses when a seed changes. */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readArticleFolder } from './read-folder.ts';
import { buildCorpus } from './build-corpus.ts';
import { validateCorpus } from '../corpus/schema.ts';

const VIRTUAL_ID = 'virtual:corpus';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function corpusPlugin(options: { seedsDir: string }): Plugin {
  const seedsDir = resolve(options.seedsDir);
  return {
    name: 'news-timeline-corpus',
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
