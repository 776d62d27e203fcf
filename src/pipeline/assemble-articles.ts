/** Stage: the corpus' articles (each with its outlet, publication date and basis, and links) and its outlets. */
import type { Article, Corpus, Outlet, Person, TimelineEvent } from '../corpus/schema.ts';
import { datelineDate } from './article-dates.ts';
import type { ParsedFile } from './identify-files.ts';
import { slugify } from '../corpus/slug.ts';
import { buildOutlets } from '../corpus/outlets.ts';
import { formatLongDate, formatZonedIso, wallClockToUtcMs } from '../corpus/zoned-time.ts';

/** Articles in file order and the outlets they name; `dated` holds the ids of articles that state their own date. */
export function assembleArticles(
  parsed: ParsedFile[],
  people: Person[],
  events: TimelineEvent[],
  quotes: Corpus['quotes'],
  day: Corpus['day'],
): { articles: Article[]; outlets: Outlet[] } {
  const links = indexByArticle(people, events, quotes);
  const dated = new Set(parsed.filter((file) => file.stamp || file.source?.published).map((file) => file.id));
  const articles = parsed.map((file) => buildArticle(file, links, day, dated));
  return { articles, outlets: buildOutlets(articles) };
}

/** What each article is linked to (people, events, quotes), in the corpus' own order: one pass over each list. */
interface ArticleLinks {
  people: Map<string, string[]>;
  events: Map<string, TimelineEvent[]>;
  quotes: Map<string, string[]>;
}

function indexByArticle(people: Person[], events: TimelineEvent[], quotes: Corpus['quotes']): ArticleLinks {
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const links: ArticleLinks = { people: new Map(), events: new Map(), quotes: new Map() };
  for (const person of people) {
    for (const articleId of new Set(person.mentions.map((mention) => mention.articleId)))
      push(links.people, articleId, person.id);
  }
  for (const event of events) for (const source of event.sources) push(links.events, source.articleId, event);
  for (const quote of quotes) push(links.quotes, quote.articleId, quote.id);
  return links;
}

function buildArticle(file: ParsedFile, links: ArticleLinks, day: Corpus['day'], dated: Set<string>): Article {
  const { text, segments, credits } = file;
  const firstSentence = segments.sentences[0];
  const events = links.events.get(file.id) ?? [];
  const publisherName = credits.publisher?.name ?? file.source?.outlet ?? null;
  return {
    id: file.id,
    file: file.file,
    outlet: publisherName ? { id: slugify(publisherName), name: publisherName } : null,
    outletBasis: credits.publisher
      ? `Publisher signature in the text: “${text.slice(credits.publisher.span.start, credits.publisher.span.end)}”`
      : file.source?.outlet
        ? 'Named in sources.json'
        : credits.wires.length > 0
          ? `No publisher named; the copy is credited to ${credits.wires.map((wire) => wire.name).join(', ')}`
          : 'The text names no outlet',
    wires: credits.wires,
    author: credits.author?.name ?? null,
    headline: segments.headline ? text.slice(segments.headline.start, segments.headline.end) : null,
    lede: firstSentence ? text.slice(firstSentence.start, firstSentence.end) : '',
    dateline: segments.dateline?.place ?? null,
    ...describePublication(file, events, day, dated),
    url: file.source?.url ?? null,
    paragraphs: segments.paragraphs,
    sentences: segments.sentences,
    text,
    people: links.people.get(file.id) ?? [],
    events: events.map((event) => event.id),
    quotes: links.quotes.get(file.id) ?? [],
  };
}

/** `events` are those the article reports; `dated` the ids of articles that state their date. */
export function describePublication(
  file: ParsedFile,
  events: TimelineEvent[],
  day: Corpus['day'],
  dated: Set<string>,
): Pick<Article, 'published' | 'publishedBasis'> {
  if (file.stamp) {
    const published = file.stamp.time
      ? formatZonedIso(
          wallClockToUtcMs(
            file.stamp.date,
            Number(file.stamp.time.slice(0, 2)),
            Number(file.stamp.time.slice(3)),
            file.stamp.zone ?? day.timeZone,
          ),
          file.stamp.zone ?? day.timeZone,
        )
      : file.stamp.date;
    return {
      published,
      publishedBasis: { kind: 'explicit', reason: `Stamp in the text: “${file.stamp.text}”`, span: file.stamp.span },
    };
  }
  if (file.source?.published) {
    return {
      published: file.source.published,
      publishedBasis: { kind: 'explicit', reason: 'Given in sources.json', span: null },
    };
  }
  if (day.date === '1970-01-01') {
    return {
      published: null,
      publishedBasis: { kind: 'unknown', reason: 'Neither this article nor any other states a date', span: null },
    };
  }
  const fromDateline = datelineDate(file, day.date);
  const datelineStamp = file.segments.dateline?.stamp;
  if (fromDateline && datelineStamp) {
    return {
      published: fromDateline,
      publishedBasis: {
        kind: 'inferred',
        reason: `The dateline says “${datelineStamp.text}” without a year; ${fromDateline.slice(0, 4)} is the year of the corpus’ day.`,
        span: datelineStamp.span,
      },
    };
  }
  const shared = events.filter((event) => event.sources.some((source) => dated.has(source.articleId)));
  const reasons: string[] = [];
  if (shared.length > 0) {
    const datedFiles = [
      ...new Set(
        shared.flatMap((event) => event.sources.map((source) => source.articleId)).filter((id) => dated.has(id)),
      ),
    ];
    reasons.push(
      `it reports ${shared.map((event) => `“${event.title}”`).join(', ')}, which dated articles (${datedFiles.join(', ')}) place on ${formatLongDate(day.date)}`,
    );
  }
  for (const stamp of file.embedDates) reasons.push(`it quotes a post dated ${stamp.text}`);
  if (reasons.length === 0)
    reasons.push(
      `it is in a corpus about ${formatLongDate(day.date)} and shares no event with a dated article, so this is a guess`,
    );
  return {
    published: day.date,
    publishedBasis: {
      kind: 'inferred',
      reason: `No date in the text; ${reasons.join('; ')}.`,
      span: file.embedDates[0]?.span ?? null,
    },
  };
}
