/**
 * Writes a static page per event at <outDir>/events/<id>/index.html after the build: the built
 * index.html (same bundle, same absolute /assets/ paths) with the event's link-preview meta. The
 * app reads the event from the path, so no inline script or meta refresh is needed.
 * The corpus is the one the corpus plugin built for this bundle (its `api.getCorpus`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { eventPagePath } from '../../../src/corpus/event-page-path.ts';
import { CORPUS_PLUGIN_NAME, type CorpusPluginApi } from '../corpus-plugin.ts';
import { describeEventForPreview, readSiteName, renderEventPageHtml } from './event-page-html.ts';

/** The preview image every event page points at (public/, so it is copied to the site root). */
export const PREVIEW_IMAGE = {
  path: 'og-image.png',
  width: 1200,
  height: 630,
  alt: 'News timeline explorer: a day of news as a timeline of events and sources',
};

export type EventPagesOptions = {
  /** The site's public address ("https://example.org"); without it og:url and og:image are root-relative. */
  siteUrl?: string;
};

export function eventPagesPlugin(options: EventPagesOptions = {}): Plugin {
  let config: ResolvedConfig;
  const origin = (options.siteUrl ?? '').trim().replace(/\/+$/, '');
  return {
    name: 'news-timeline-event-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(output, bundle) {
      const corpusPlugin = config.plugins.find((plugin) => plugin.name === CORPUS_PLUGIN_NAME);
      const corpus = (corpusPlugin?.api as CorpusPluginApi | undefined)?.getCorpus() ?? null;
      if (!corpus) {
        this.warn('No corpus was built: no event pages written.');
        return;
      }
      const outDir = output.dir ?? config.build.outDir;
      const asset = bundle['index.html'];
      const indexHtml =
        asset && asset.type === 'asset' ? String(asset.source) : readFileSync(join(outDir, 'index.html'), 'utf8');
      const siteName = readSiteName(indexHtml);
      const base = `${origin}${config.base.endsWith('/') ? config.base : `${config.base}/`}`;
      const writePage = (id: string, title: string, description: string) => {
        const path = eventPagePath(id);
        const html = renderEventPageHtml(indexHtml, {
          title,
          description,
          url: `${base}${path}`,
          image: { ...PREVIEW_IMAGE, url: `${base}${PREVIEW_IMAGE.path}` },
          siteName,
        });
        const dir = join(outDir, path);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'index.html'), html);
      };
      for (const event of corpus.events) writePage(event.id, event.title, describeEventForPreview(corpus, event));
      // Links shared before an editor merged or removed an event keep opening: the app says what became of it.
      for (const correction of corpus.corrections) {
        if (correction.subject !== 'event') continue;
        if (correction.action === 'remove') {
          const title = correction.changes[0]?.extracted ?? correction.subjectId;
          writePage(correction.subjectId, `Removed: ${title}`, `Removed by an editor: ${correction.note}`);
        }
        const into = corpus.events.find((event) => event.id === correction.subjectId);
        for (const id of correction.mergedIds) {
          if (into) writePage(id, into.title, `Merged into “${into.title}” by an editor: ${correction.note}`);
        }
      }
      if (config.logLevel === 'info')
        config.logger.info(`Wrote ${corpus.events.length} event pages to ${join(outDir, 'events')}/`);
    },
  };
}
