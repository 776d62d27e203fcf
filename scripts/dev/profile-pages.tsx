/**
 * `npx tsx scripts/dev/profile-pages.tsx CORPUS.json|ARTICLES_DIR [PAGES]`: how long the server
 * renderer takes per prerendered page and per part of the page (timeline, detail + filters + cards,
 * overview sections, header), and how big each part's HTML is. Finds what makes prerendering slow.
 */
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import type { Corpus } from '../../src/corpus/schema.ts';
import { prepareCorpus } from '../../src/app/prepare-corpus.ts';
import { createExplorerStore } from '../../src/app/store/explorer-store.ts';
import { DEFAULT_URL_STATE } from '../../src/app/store/url-state.ts';
import { ExplorerProvider } from '../../src/app/store/explorer-context.tsx';
import { Timeline } from '../../src/app/timeline/timeline.tsx';
import { ExplorerLayout } from '../../src/app/explorer-layout.tsx';
import { CoverageTable } from '../../src/app/coverage/coverage-table.tsx';
import { DiscrepancyList } from '../../src/app/discrepancies/discrepancy-list.tsx';
import { WhoSaidWhat } from '../../src/app/quotes/who-said-what.tsx';
import { AppHeader } from '../../src/app/header/app-header.tsx';
import { AppFooter } from '../../src/app/app-footer.tsx';
import { createExplorerRenderer } from '../../src/entry-server.tsx';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';

const [input, pagesArg] = process.argv.slice(2);
if (!input) throw new Error('usage: profile-pages.tsx CORPUS.json|ARTICLES_DIR [PAGES]');
const raw: unknown = statSync(input).isDirectory()
  ? buildCorpus(readArticleFolder(input))
  : JSON.parse(readFileSync(input, 'utf8'));
const prepared = prepareCorpus(raw);
if (!prepared.ok) throw new Error(prepared.problems.join('; '));
const corpus: Corpus = prepared.corpus;
const pages = Number(pagesArg ?? 5);

const parts: Array<[string, () => ReactNode]> = [
  ['header', () => <AppHeader />],
  ['timeline', () => <Timeline />],
  ['detail+filters+cards', () => <ExplorerLayout />],
  ['discrepancies', () => <DiscrepancyList />],
  ['coverage', () => <CoverageTable />],
  ['who said what', () => <WhoSaidWhat />],
  ['footer', () => <AppFooter />],
];

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

console.log(`${corpus.articles.length} articles, ${corpus.events.length} events`);
const renderExplorerHtml = await createExplorerRenderer(raw);
// Warm up the selectors' per-corpus indexes, as the build's first page does.
const [, firstMs] = time(() => renderExplorerHtml(null));
console.log(`first page (builds the indexes): ${firstMs.toFixed(0)} ms`);
const eventIds = [null, ...corpus.events.slice(0, pages - 1).map((event) => event.id)];
for (const eventId of eventIds) {
  const [html, total] = time(() => renderExplorerHtml(eventId));
  const row = [`${eventId ?? '(index)'}: page ${total.toFixed(0)} ms, ${(html.length / 1024).toFixed(0)} KB`];
  for (const [name, part] of parts) {
    const store = createExplorerStore(corpus, { ...DEFAULT_URL_STATE, eventId });
    const [partHtml, ms] = time(() =>
      renderToString(
        <ExplorerProvider store={store} corpus={corpus}>
          {part()}
        </ExplorerProvider>,
      ),
    );
    row.push(`${name} ${ms.toFixed(0)} ms/${(partHtml.length / 1024).toFixed(0)} KB`);
  }
  console.log(row.join(' · '));
}
