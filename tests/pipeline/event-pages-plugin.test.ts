import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { escapeHtml } from '../../scripts/build/event-pages/event-page-html.ts';
import { eventPagesPlugin } from '../../scripts/build/event-pages/event-pages-plugin.ts';
import { corpusPlugin } from '../../scripts/build/corpus-plugin.ts';

type AnyHook = (this: unknown, ...args: unknown[]) => unknown;

const INDEX =
  '<!doctype html><html><head><title>News timeline explorer</title><script type="module" src="/assets/x.js"></script></head><body></body></html>';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the corpus plugin's load (as the build does) and then the event pages' writeBundle into a temp dir. */
function build(seedsDir: string | null, siteUrl?: string) {
  const corpus = corpusPlugin({ seedsDir: seedsDir ?? 'seeds' });
  const context = {
    addWatchFile: () => {},
    warn: () => {},
    error: (message: string) => {
      throw new Error(message);
    },
    emitFile: () => 'ref',
  };
  if (seedsDir)
    (corpus.load as AnyHook).call(context, (corpus.resolveId as AnyHook).call(context, 'virtual:corpus-url'));
  const plugin = eventPagesPlugin({ siteUrl });
  const outDir = mkdtempSync(join(tmpdir(), 'event-pages-'));
  dirs.push(outDir);
  const warnings: string[] = [];
  (plugin.configResolved as AnyHook)({
    plugins: [corpus],
    base: '/',
    build: { outDir },
    logLevel: 'silent',
    logger: { info: () => {} },
  });
  (plugin.writeBundle as AnyHook).call(
    { warn: (message: string) => warnings.push(message) },
    { dir: outDir },
    { 'index.html': { type: 'asset', source: INDEX } },
  );
  return {
    outDir,
    warnings,
    corpus: (corpus.api as { getCorpus: () => { events: { id: string; title: string }[] } | null }).getCorpus(),
  };
}

describe('eventPagesPlugin', () => {
  test('writes one page per event of the corpus the corpus plugin built, with its title', () => {
    const { outDir, corpus } = build('tests/fixtures/bali-meeting');
    const events = corpus?.events ?? [];
    expect(events.length).toBeGreaterThan(0);
    expect(readdirSync(join(outDir, 'events')).sort()).toEqual(events.map((event) => event.id).sort());
    for (const event of events) {
      const html = readFileSync(join(outDir, 'events', event.id, 'index.html'), 'utf8');
      expect(html).toContain(`<meta property="og:title" content="${escapeHtml(event.title)}" />`);
      expect(html).toContain('<script type="module" src="/assets/x.js"></script>');
      expect(html).toMatch(new RegExp(`<meta property="og:url" content="/events/${event.id}/" />`));
      expect(html).toContain('<meta property="og:image" content="/og-image.png" />');
    }
  });

  test('a site URL makes og:url and og:image absolute', () => {
    const { outDir, corpus } = build('tests/fixtures/bali-meeting', 'https://example.org/');
    const event = corpus!.events[0]!;
    const html = readFileSync(join(outDir, 'events', event.id, 'index.html'), 'utf8');
    expect(html).toContain(`<meta property="og:url" content="https://example.org/events/${event.id}/" />`);
    expect(html).toContain('<meta property="og:image" content="https://example.org/og-image.png" />');
  });

  test('a site URL and titles holding $ sequences are written literally', () => {
    const { outDir, corpus } = build('tests/fixtures/bali-meeting', 'https://example.org/$&/$1/');
    for (const event of corpus!.events) {
      const html = readFileSync(join(outDir, 'events', event.id, 'index.html'), 'utf8');
      expect(html).toContain(`<meta property="og:url" content="https://example.org/$&amp;/$1/events/${event.id}/" />`);
      expect(html).toContain('<meta property="og:image" content="https://example.org/$&amp;/$1/og-image.png" />');
      expect(html.match(/<\/head>/g)).toHaveLength(1);
      expect(html.endsWith('</head><body></body></html>')).toBe(true);
    }
  });

  test('without a corpus it warns and writes nothing', () => {
    const { outDir, warnings } = build(null);
    expect(warnings).toEqual(['No corpus was built: no event pages written.']);
    expect(readdirSync(outDir)).toEqual([]);
  });
});
