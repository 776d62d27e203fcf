import { describe, expect, test } from 'vitest';
import {
  describeEventForPreview,
  escapeHtml,
  readSiteName,
  renderEventPageHtml,
  type EventPageMeta,
} from '../../scripts/build/event-pages/event-page-html.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>News timeline explorer</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

const META: EventPageMeta = {
  title: 'Signing of the "Paris" <Agreement>',
  description: 'Friday & more',
  url: '/events/x/',
  image: { url: '/og-image.png', width: 1200, height: 630, alt: 'A timeline' },
  siteName: 'News timeline explorer',
};

/** The content of a meta tag, unescaped, read back with a tolerant regex. */
function metaContent(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return match?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderEventPageHtml', () => {
  const html = renderEventPageHtml(INDEX, META);

  test('sets the title and every preview tag, escaped', () => {
    expect(html).toContain(
      '<title>Signing of the &quot;Paris&quot; &lt;Agreement&gt; · News timeline explorer</title>',
    );
    expect(metaContent(html, 'og:title')).toBe(META.title);
    expect(metaContent(html, 'og:description')).toBe('Friday & more');
    expect(metaContent(html, 'og:url')).toBe('/events/x/');
    expect(metaContent(html, 'og:image')).toBe('/og-image.png');
    expect(metaContent(html, 'og:image:width')).toBe('1200');
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(html, 'twitter:title')).toBe(META.title);
  });

  test('keeps the same bundle and adds no inline script', () => {
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" crossorigin src="/assets/index-abc.js">']);
    expect(html).not.toContain('http-equiv');
  });

  test('rendering twice replaces the tags instead of doubling them', () => {
    const twice = renderEventPageHtml(html, { ...META, title: 'Other' });
    expect(twice.match(/og:title/g)).toHaveLength(1);
    expect(metaContent(twice, 'og:title')).toBe('Other');
    expect(twice.match(/<title>/g)).toHaveLength(1);
  });
});

describe('$ sequences in the inserted text stay literal', () => {
  // As a replacement string, `$&` is the matched text, `$1` a group, `` $` `` and `$'` the text before and after it.
  const DOLLARS = "Price $& rises $1 $' $` $$ $<name>";

  test.each<[string, Partial<EventPageMeta>]>([
    ['title', { title: DOLLARS }],
    ['description', { description: DOLLARS }],
    ['site name', { siteName: DOLLARS }],
    [
      'site URL with $& in the page and image addresses',
      { url: 'https://example.org/$&/events/x/', image: { ...META.image, url: 'https://example.org/$&/og-image.png' } },
    ],
  ])('in the %s', (_name, overrides) => {
    const meta = { ...META, ...overrides };
    for (const index of [INDEX, INDEX.replace(/\s*<title>[^<]*<\/title>/, '')]) {
      const html = renderEventPageHtml(index, meta);
      expect(html.match(/<head>/g)).toHaveLength(1);
      expect(html.match(/<\/head>/g)).toHaveLength(1);
      expect(html.match(/<title>/g)).toHaveLength(1);
      expect(html).toContain(`<title>${escapeHtml(`${meta.title} · ${meta.siteName}`)}</title>`);
      expect(metaContent(html, 'og:title')).toBe(meta.title);
      expect(metaContent(html, 'og:description')).toBe(meta.description);
      expect(metaContent(html, 'og:site_name')).toBe(meta.siteName);
      expect(metaContent(html, 'og:url')).toBe(meta.url);
      expect(metaContent(html, 'og:image')).toBe(meta.image.url);
      // Nothing of the page was copied in: the rest of it is exactly as it was.
      expect(html.slice(html.indexOf('</head>'))).toBe(index.slice(index.indexOf('</head>')));
      expect(html.match(/<script\b/g)).toHaveLength(1);
    }
  });
});

test('the preview description gives the window, participants, place and number of reporting articles', () => {
  const press = appCorpus.events[0]!;
  expect(describeEventForPreview(appCorpus, press)).toBe(
    'Friday 22 April 2016, 08:30–24:00 EDT · Ban Ki-moon, Ségolène Royal · United Nations, New York · reported by 2 articles',
  );
  const noPlace = { ...press, place: null, participants: [], sources: press.sources.slice(0, 1) };
  expect(describeEventForPreview(appCorpus, noPlace)).toBe(
    'Friday 22 April 2016, 08:30–24:00 EDT · reported by 1 article',
  );
});

test('escapeHtml and readSiteName', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  expect(readSiteName(INDEX)).toBe('News timeline explorer');
  expect(readSiteName('<html></html>')).toBe('News timeline explorer');
});
