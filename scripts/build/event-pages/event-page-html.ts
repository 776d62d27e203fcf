/**
 * An event's static page: the built index.html with its <head> rewritten for link previews
 * (Open Graph, Twitter). Pure string work on trusted build output; every inserted value is
 * escaped. No inline script: the app bundle reads the event from the page's path.
 */
import type { Corpus, TimelineEvent } from '../../../src/corpus/schema.ts';
import { formatCount, formatLongDate } from '../../../src/app/shared/format-day.ts';
import { formatWindow } from '../../../src/app/shared/format-window.ts';
import { formatZoneLabel, getZonedDayRange, parseIsoMs } from '../../../src/corpus/zoned-time.ts';

export type EventPageMeta = {
  title: string;
  description: string;
  /** The page's own address: absolute when the site URL is known, else root-relative. */
  url: string;
  image: { url: string; width: number; height: number; alt: string };
  siteName: string;
};

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * "Monday 6 December 2021, 10:00–13:00 IST · A, B · Place · reported by 3 articles": the window
 * as the timeline shows it, the participants, the place and the number of reporting articles.
 */
export function describeEventForPreview(corpus: Corpus, event: TimelineEvent): string {
  const { date, timeZone } = corpus.day;
  const { startMs, endMs } = getZonedDayRange(date, timeZone);
  const day = { range: [startMs, endMs] as const, date, timeZone, zoneLabel: formatZoneLabel(timeZone, startMs) };
  const start = parseIsoMs(event.start) ?? startMs;
  const end = Math.max(start, parseIsoMs(event.end) ?? endMs);
  const people = new Map(corpus.people.map((person) => [person.id, person.name]));
  const participants = event.participants.map((id) => people.get(id) ?? id);
  const articles = new Set(event.sources.map((source) => source.articleId)).size;
  return [
    `${formatLongDate(date)}, ${formatWindow(start, end, day)}`,
    participants.length > 0 ? participants.join(', ') : null,
    event.place,
    `reported by ${formatCount(articles, 'article')}`,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

function metaTags(meta: EventPageMeta): string[] {
  const property = (name: string, content: string | number) =>
    `<meta property="${name}" content="${escapeHtml(String(content))}" />`;
  const named = (name: string, content: string) => `<meta name="${name}" content="${escapeHtml(content)}" />`;
  return [
    named('description', meta.description),
    property('og:type', 'article'),
    property('og:site_name', meta.siteName),
    property('og:title', meta.title),
    property('og:description', meta.description),
    property('og:url', meta.url),
    property('og:image', meta.image.url),
    property('og:image:type', 'image/png'),
    property('og:image:width', meta.image.width),
    property('og:image:height', meta.image.height),
    property('og:image:alt', meta.image.alt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    named('twitter:image', meta.image.url),
    named('twitter:image:alt', meta.image.alt),
    `<link rel="canonical" href="${escapeHtml(meta.url)}" />`,
  ];
}

/**
 * The index.html with the event's title and preview meta in its head (any old ones replaced).
 * Computed text goes in through replacement functions: as a replacement string, a title such as
 * "Price $& rises" would have `$&`, `$1`, `` $` `` and `$'` expanded into pieces of the page.
 */
export function renderEventPageHtml(indexHtml: string, meta: EventPageMeta): string {
  const title = `<title>${escapeHtml(`${meta.title} · ${meta.siteName}`)}</title>`;
  const withoutOld = indexHtml
    .replace(/\s*<meta\s+(?:property|name)="(?:og:[^"]*|twitter:[^"]*|description)"[^>]*>/g, '')
    .replace(/\s*<link\s+rel="canonical"[^>]*>/g, '');
  const withTitle = /<title>[\s\S]*?<\/title>/.test(withoutOld)
    ? withoutOld.replace(/<title>[\s\S]*?<\/title>/, () => title)
    : withoutOld.replace('</head>', () => `  ${title}\n  </head>`);
  return withTitle.replace('</head>', () => `  ${metaTags(meta).join('\n    ')}\n  </head>`);
}

/** The site's name as index.html's <title> gives it. */
export function readSiteName(indexHtml: string, fallback = 'News timeline explorer'): string {
  const match = /<title>([\s\S]*?)<\/title>/.exec(indexHtml);
  return match?.[1]?.trim() || fallback;
}
