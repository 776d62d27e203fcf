/** The pipeline: raw files in, the corpus out. Pure: no file system, no clock. */
import type { Article, Corpus, CorpusWarning, Discrepancy, Outlet, Person, Span, TimelineEvent } from '../corpus/schema.ts';
import type { ArticleView } from './article-view.ts';
import { extractArticle, type ArticleFacts, type ExtractedFile } from './article-extraction.ts';
import { parseMonthDay } from './dates.ts';
import { zoneOfPlace } from './place-zones.ts';
import { chooseEventDay, choosePublicationDay, datelineZone, type DayEvidence } from './corpus-day.ts';
import { findEventMentions, personSpansByArticle, type EventMention } from './event-mentions.ts';
import { CLOCK_TIME_REASON, placeEventsInTime, type ArticleClock } from './event-times.ts';
import { collectEventClaims, findClaimDiscrepancies } from './claim-discrepancies.ts';
import { findParticipantDiscrepancies } from './participant-discrepancies.ts';
import { idForEvent, titleEvent } from './event-titles.ts';
import { clusterEventMentions, rankParticipants } from './events.ts';
import { linkUntimedReports } from './untimed-reports.ts';
import { extractPeople } from './people.ts';
import type { PipelineInput } from './pipeline-input.ts';
import { extractQuotes } from './quotes.ts';
import { slugify } from './slug.ts';
import { parseSourcesFile, type SourceEntry } from './sources-file.ts';
import { formatLongDate, formatZonedIso, wallClockToUtcMs } from './zoned-time.ts';
import { mostCommon } from './most-common.ts';

/** One article's own facts with its id, file name and its entry in the sources file, if any. */
interface ParsedFile extends ArticleFacts {
  id: string;
  file: string;
  source: SourceEntry | null;
}

/** The files of a folder after per-article extraction (in any order), with the folder's sources.json. */
export interface ExtractedInput {
  files: ExtractedFile[];
  sourcesJson: string | null;
  sourcesError?: string;
  /** Files a per-article stage threw on, with the error: left out with a warning. */
  failed?: Array<{ file: string; error: Error }>;
}

/**
 * Builds the corpus from the files of one folder. Should a stage throw on some text, the files
 * that make it throw on their own are left out with a warning and the rest is built: one bad file
 * never stops the build.
 */
export function buildCorpus(input: PipelineInput): Corpus {
  const files: ExtractedFile[] = [];
  const failed: Array<{ file: string; error: Error }> = [];
  for (const file of input.files) {
    try {
      files.push(extractArticle(file));
    } catch (error) {
      failed.push({ file: file.name, error: error as Error });
    }
  }
  return buildCorpusFromExtracted({ files, failed, sourcesJson: input.sourcesJson, sourcesError: input.sourcesError });
}

/** The cross-article stages over files already extracted (see article-extraction.ts), with the same isolation of failing files. */
export function buildCorpusFromExtracted(input: ExtractedInput): Corpus {
  const failed = [...(input.failed ?? [])];
  let files = input.files;
  let corpus: Corpus;
  try {
    corpus = assembleCorpus({ ...input, files });
  } catch (error) {
    const failing = files.filter((file) => {
      try {
        assembleCorpus({ files: [file], sourcesJson: null });
        return false;
      } catch {
        return true;
      }
    });
    if (failing.length === 0) throw error;
    for (const file of failing) failed.push({ file: file.file, error: error as Error });
    files = files.filter((file) => !failing.includes(file));
    corpus = assembleCorpus({ ...input, files });
  }
  if (failed.length === 0) return corpus;
  const left = failed.map(({ file, error }) => ({ file, reason: `the pipeline failed on this file (${error.message}); left out` }));
  return { ...corpus, warnings: [...left, ...corpus.warnings] };
}

function assembleCorpus(input: ExtractedInput): Corpus {
  const fileNames = input.files.map((file) => file.file);
  const { entries: sources, warnings } = parseSourcesFile(input.sourcesJson, fileNames);
  if (input.sourcesError) warnings.unshift({ file: 'sources.json', reason: input.sourcesError });
  const parsed = identifyFiles(input.files, sources, warnings);
  const evidence = parsed.map(dayEvidenceOf);
  const publicationDay = choosePublicationDay(evidence, warnings);
  const referenceDates = parsed.map((file) => articleClock(file, publicationDay.date, publicationDay.timeZone).referenceDate);
  const day = chooseEventDay(publicationDay, evidence, referenceDates) ?? publicationDay;
  const views: ArticleView[] = parsed.map((file) => ({ id: file.id, text: file.text, paragraphs: file.segments.paragraphs, sentences: file.segments.sentences }));

  const people = extractPeople(views, parsed.map((file) => file.nameCandidates));
  const { quotes, statements } = extractQuotes(views, people);
  const clocks = new Map(parsed.map((file) => [file.id, articleClock(file, day.date, day.timeZone)]));
  const { events, discrepancies } = buildEvents(parsed, views, people, clocks, day.timeZone, day.date);
  const index = indexByArticle(people, events, quotes);
  const dated = new Set(parsed.filter((file) => file.stamp || file.source?.published).map((file) => file.id));
  const articles = parsed.map((file) => buildArticle(file, index, day, dated));
  return {
    schemaVersion: 2,
    day,
    articles,
    people,
    outlets: buildOutlets(articles),
    events,
    quotes,
    statements,
    discrepancies,
    warnings,
  };
}

/** Gives each readable file its article id and its sources.json entry; files are taken by name, whatever order they come in. */
function identifyFiles(extracted: ExtractedFile[], sources: Map<string, SourceEntry>, warnings: CorpusWarning[]): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  const usedIds = new Set<string>();
  // By name, whatever order the caller gives: ids that collide ("a.txt", "a!.txt") then get the same suffixes.
  const files = [...extracted].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, warnings: notes, facts } of files) {
    for (const note of notes) warnings.push({ file, reason: note });
    if (!facts) continue;
    let id = articleIdOf(file);
    // Names that slug alike ("A b.txt", "a-b.txt"): the first by name keeps the slug, the others
    // add a hash of their own name, so adding or moving files does not renumber them.
    if (usedIds.has(id)) id = `${id}-${hashName(file)}`;
    while (usedIds.has(id)) id = `${id}-2`;
    usedIds.add(id);
    parsed.push({ id, file, ...facts, source: sources.get(file) ?? null });
  }
  return parsed;
}

function articleIdOf(fileName: string): string {
  return slugify(fileName.replace(/\.[^.]+$/, '')) || 'article';
}

/** FNV-1a of the name, in base 36: short, and the same on every machine. */
function hashName(name: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(36);
}

function dayEvidenceOf(file: ParsedFile): DayEvidence {
  const { segments } = file;
  return {
    text: file.text,
    paragraphs: segments.paragraphs,
    sentences: segments.sentences,
    stamp: file.stamp,
    sourcePublished: file.source?.published ?? null,
    dateline: segments.dateline ? { place: segments.dateline.place, stamp: segments.dateline.stamp, text: file.text.slice(segments.dateline.span.start, segments.dateline.span.end) } : null,
    embedDates: file.embedDates,
  };
}

/** "Sept 24" in a year-less dateline, as a date in the corpus day's year; null when the dateline gives no day. */
function datelineDate(file: ParsedFile, corpusDate: string): string | null {
  const stamp = file.segments.dateline?.stamp;
  const monthDay = stamp ? parseMonthDay(stamp.text) : null;
  if (!monthDay) return null;
  return `${corpusDate.slice(0, 4)}-${String(monthDay.month).padStart(2, '0')}-${String(monthDay.day).padStart(2, '0')}`;
}

function articleClock(file: ParsedFile, corpusDate: string, zone: string): ArticleClock {
  const stamp = file.stamp;
  const statedDate = stamp?.date ?? file.source?.published?.slice(0, 10) ?? datelineDate(file, corpusDate);
  const referenceDate = statedDate ?? corpusDate;
  const dateIsStated = statedDate !== null;
  if (stamp?.time) {
    const [hour, minute] = stamp.time.split(':').map(Number) as [number, number];
    const stampZone = stamp.zone ?? zone;
    const ms = wallClockToUtcMs(stamp.date, hour, minute, stampZone);
    return { referenceDate, dateIsStated, publishedMs: ms, publishedLabel: `${stamp.time} (${stamp.text})` };
  }
  if (file.source?.published && file.source.published.length > 10) {
    const ms = Date.parse(file.source.published);
    return { referenceDate, dateIsStated, publishedMs: Number.isNaN(ms) ? null : ms, publishedLabel: `${file.source.published} (sources.json)` };
  }
  return { referenceDate, dateIsStated, publishedMs: null, publishedLabel: null };
}

function buildEvents(
  parsed: ParsedFile[],
  views: ArticleView[],
  people: Person[],
  clocks: Map<string, ArticleClock>,
  zone: string,
  corpusDate: string,
): { events: TimelineEvent[]; discrepancies: Discrepancy[] } {
  const mentionsByArticle = new Map<string, EventMention[]>();
  const articleOrder = new Map(views.map((view, index) => [view.id, index]));
  const personSpans = personSpansByArticle(people);
  views.forEach((view, index) => {
    const reference = clocks.get(view.id)!.referenceDate;
    const file = parsed[index]!;
    // A clock without a stated zone reads where the article was filed (its dateline), else where the day's events are (the corpus zone):
    // never the outlet's own publishing zone, which is often another country's.
    const articleZone = datelineZone(dayEvidenceOf(file).dateline);
    mentionsByArticle.set(view.id, findEventMentions(view, personSpans.get(view.id) ?? [], reference, file.segments.dateline?.place ?? null, articleZone, file.predicates, zone));
  });
  const clusters = clusterEventMentions([...mentionsByArticle.values()]);
  linkUntimedReports(clusters, [...mentionsByArticle.values()].flat(), views, personSpans, new Map(views.map((view) => [view.id, clocks.get(view.id)!.referenceDate])));
  const texts = new Map(views.map((view) => [view.id, view.text]));
  const usedIds = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const drafts = clusters.map((cluster) => {
    const participants = rankParticipants(cluster, people);
    const base = idForEvent(cluster, participants, texts) || cluster.kind;
    let id = base;
    let count = nextSuffix.get(base) ?? 2;
    while (usedIds.has(id)) id = `${base}-${count++}`;
    nextSuffix.set(base, count);
    usedIds.add(id);
    return { id, title: titleEvent(cluster, participants, texts), cluster, participants };
  });
  const mentionOwner = new Map<EventMention, string>();
  for (const draft of drafts) for (const mention of draft.cluster.mentions) mentionOwner.set(mention, draft.id);
  const claimedEvents = drafts.map((draft) => ({ id: draft.id, title: draft.title, mentions: draft.cluster.mentions }));
  const claims = collectEventClaims(claimedEvents, texts);
  const { timings, discrepancies } = placeEventsInTime(
    drafts.map((draft) => ({ id: draft.id, title: draft.title, mentions: draft.cluster.mentions })),
    mentionOwner,
    mentionsByArticle,
    clocks,
    zone,
    corpusDate,
    new Map([...claims].map(([eventId, eventClaims]) => [eventId, eventClaims.durations])),
  );
  const claimDiscrepancies = findClaimDiscrepancies(claimedEvents, texts, claims);
  const events: TimelineEvent[] = drafts.map((draft) => {
    const timing = asMoment(draft.cluster.kind, timings.get(draft.id)!);
    return {
      id: draft.id,
      title: draft.title,
      kind: draft.cluster.kind,
      participants: draft.participants.map((person) => person.id),
      place: mostCommon(draft.cluster.mentions.flatMap((mention) => (mention.place ? [mention.place.name] : []))),
      start: timing.start,
      end: timing.end,
      timeBasis: timing.timeBasis,
      after: timing.after,
      sources: collectSources(draft.cluster.mentions, articleOrder),
    };
  });
  events.sort((a, b) => a.start.localeCompare(b.start) || b.sources.length - a.sources.length || a.id.localeCompare(b.id));
  return { events, discrepancies: [...discrepancies, ...claimDiscrepancies, ...findParticipantDiscrepancies(events, people)] };
}

/**
 * A happening reported at a clock time ("struck at 4:17 a.m.", "was refloated at 15:05") is a moment:
 * when nothing bounds its end, it ends when it starts, not at midnight. Occasions that last (talks,
 * a summit) keep the window the evidence allows.
 */
function asMoment<T extends { start: string; end: string; timeBasis: TimelineEvent['timeBasis'] }>(kind: TimelineEvent['kind'], timing: T): T {
  const { start, end } = timing.timeBasis;
  if (kind !== 'happening' || start.reason !== CLOCK_TIME_REASON || end.source !== null) return timing;
  return { ...timing, end: timing.start, timeBasis: { start, end: { at: timing.start, reason: 'A moment: the text gives when it happened and nothing says it lasted', source: start.source } } };
}

function collectSources(mentions: EventMention[], articleOrder: Map<string, number>): TimelineEvent['sources'] {
  const spansByArticle = new Map<string, Span[]>();
  for (const mention of mentions) {
    const spans = spansByArticle.get(mention.articleId);
    // One span per sentence: the first mention of a sentence stands for it.
    if (!spans) spansByArticle.set(mention.articleId, [mention.sentence]);
    else if (!spans.some((span) => span.start === mention.sentence.start)) spans.push(mention.sentence);
  }
  return [...spansByArticle.entries()]
    .sort((a, b) => articleOrder.get(a[0])! - articleOrder.get(b[0])!)
    .map(([articleId, spans]) => ({ articleId, spans: spans.sort((a, b) => a.start - b.start) }));
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
    for (const articleId of new Set(person.mentions.map((mention) => mention.articleId))) push(links.people, articleId, person.id);
  }
  for (const event of events) for (const source of event.sources) push(links.events, source.articleId, event);
  for (const quote of quotes) push(links.quotes, quote.articleId, quote.id);
  return links;
}

function buildArticle(
  file: ParsedFile,
  links: ArticleLinks,
  day: Corpus['day'],
  dated: Set<string>,
): Article {
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
function describePublication(
  file: ParsedFile,
  events: TimelineEvent[],
  day: Corpus['day'],
  dated: Set<string>,
): Pick<Article, 'published' | 'publishedBasis'> {
  if (file.stamp) {
    const published = file.stamp.time
      ? formatZonedIso(wallClockToUtcMs(file.stamp.date, Number(file.stamp.time.slice(0, 2)), Number(file.stamp.time.slice(3)), file.stamp.zone ?? day.timeZone), file.stamp.zone ?? day.timeZone)
      : file.stamp.date;
    return { published, publishedBasis: { kind: 'explicit', reason: `Stamp in the text: “${file.stamp.text}”`, span: file.stamp.span } };
  }
  if (file.source?.published) {
    return { published: file.source.published, publishedBasis: { kind: 'explicit', reason: 'Given in sources.json', span: null } };
  }
  if (day.date === '1970-01-01') {
    return { published: null, publishedBasis: { kind: 'unknown', reason: 'Neither this article nor any other states a date', span: null } };
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
    const datedFiles = [...new Set(shared.flatMap((event) => event.sources.map((source) => source.articleId)).filter((id) => dated.has(id)))];
    reasons.push(`it reports ${shared.map((event) => `“${event.title}”`).join(', ')}, which dated articles (${datedFiles.join(', ')}) place on ${formatLongDate(day.date)}`);
  }
  for (const stamp of file.embedDates) reasons.push(`it quotes a post dated ${stamp.text}`);
  if (reasons.length === 0) reasons.push(`it is in a corpus about ${formatLongDate(day.date)} and shares no event with a dated article, so this is a guess`);
  return {
    published: day.date,
    publishedBasis: { kind: 'inferred', reason: `No date in the text; ${reasons.join('; ')}.`, span: file.embedDates[0]?.span ?? null },
  };
}

function buildOutlets(articles: Article[]): Outlet[] {
  const outlets = new Map<string, Outlet>();
  const add = (id: string, name: string, kind: Outlet['kind'], articleId: string) => {
    const outlet = outlets.get(id) ?? { id, name, kind, articleIds: [] };
    // Articles come one after another: an article already listed is the last one.
    if (outlet.articleIds.at(-1) !== articleId) outlet.articleIds.push(articleId);
    outlets.set(id, outlet);
  };
  for (const article of articles) {
    if (article.outlet) add(article.outlet.id, article.outlet.name, 'publisher', article.id);
    for (const wire of article.wires) add(wire.id, wire.name, 'wire', article.id);
  }
  return [...outlets.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
