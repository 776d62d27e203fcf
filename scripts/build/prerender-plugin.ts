/**
 * Prerenders the explorer after the build: the page (the whole day) and each event's page (that
 * event selected) get the app's HTML inside their root element, rendered by React's server renderer
 * from the same corpus the bundle carries, so the timeline and the cards are on screen before any
 * script runs. The browser then hydrates the same view (see src/main.tsx).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { eventPagePath } from '../../src/corpus/event-page-path.ts';
import { prerenderedRootTag } from '../../src/app/prerendered-view.ts';
import { CORPUS_PLUGIN_NAME, findCorpusAssetFileName, type CorpusPluginApi } from './corpus-plugin.ts';
import { loadAppWithPage } from './boot-plugin.ts';

const EMPTY_ROOT = '<div id="root"></div>';

/**
 * Above this many articles only the page itself (the whole day) is prerendered, not each event's
 * page. The card list no longer grows a page (it renders its first window of cards), but the
 * views below it still do: the discrepancy list, the coverage table and who-said-what render the
 * whole corpus, about 2.5 MB of each page's 2.9 MB at 1,000 articles, and every event has a page.
 * Event pages above the limit keep their meta and render in the browser, fetching the app and its
 * corpus alongside the page (there is no prerendered content to wait for).
 */
export const PRERENDER_EVENT_PAGES_MAX_ARTICLES = 300;

type CreateExplorerRenderer = (corpus: unknown) => Promise<(eventId: string | null) => string>;

/** The page with the rendered markup in its (empty) root element. */
export function fillRoot(pageHtml: string, markup: string, eventId: string | null): string {
  if (!pageHtml.includes(EMPTY_ROOT)) throw new Error('the page has no empty <div id="root"></div> to prerender into');
  return pageHtml.replace(EMPTY_ROOT, () => `${prerenderedRootTag(eventId)}${markup}</div>`);
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'news-timeline-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(output, bundle) {
      const corpusPlugin = config.plugins.find((plugin) => plugin.name === CORPUS_PLUGIN_NAME);
      const corpus = (corpusPlugin?.api as CorpusPluginApi | undefined)?.getCorpus() ?? null;
      if (!corpus) {
        this.warn('No corpus was built: the page is not prerendered.');
        return;
      }
      const started = performance.now();
      const outDir = output.dir ?? config.build.outDir;
      // The app's modules run in Node through Vite's SSR loader: JSX and TypeScript as in the bundle.
      const server = await createServer({
        root: config.root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        plugins: [react()],
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { createExplorerRenderer } = (await server.ssrLoadModule('/src/entry-server.tsx')) as {
          createExplorerRenderer: CreateExplorerRenderer;
        };
        const renderExplorerHtml = await createExplorerRenderer(corpus);
        const prerenderEventPages = corpus.articles.length <= PRERENDER_EVENT_PAGES_MAX_ARTICLES;
        const eventPages = corpus.events.map((event) => ({
          file: join(outDir, eventPagePath(event.id), 'index.html'),
          eventId: event.id,
        }));
        const pages: Array<{ file: string; eventId: string | null }> = [
          { file: join(outDir, 'index.html'), eventId: null },
          ...(prerenderEventPages ? eventPages : []),
        ];
        if (!prerenderEventPages && corpus.events.length > 0) {
          config.logger.warn(
            `Event pages not prerendered: ${corpus.articles.length} articles (the limit is ${PRERENDER_EVENT_PAGES_MAX_ARTICLES}); they render in the browser.`,
          );
        }
        let written = 0;
        for (const page of pages) {
          if (!existsSync(page.file)) continue;
          writeFileSync(
            page.file,
            fillRoot(readFileSync(page.file, 'utf8'), renderExplorerHtml(page.eventId), page.eventId),
          );
          written += 1;
        }
        const corpusFile = findCorpusAssetFileName(bundle);
        if (!prerenderEventPages && corpusFile) {
          for (const { file } of eventPages) {
            if (existsSync(file))
              writeFileSync(file, loadAppWithPage(readFileSync(file, 'utf8'), config.base + corpusFile));
          }
        }
        if (config.logLevel === 'info')
          config.logger.info(`Prerendered ${written} pages in ${Math.round(performance.now() - started)} ms.`);
      } finally {
        await server.close();
      }
    },
  };
}
