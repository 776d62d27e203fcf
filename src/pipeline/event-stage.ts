/**
 * Stage: events. Mentions per article, clustered across articles, joined by their untimed reports,
 * titled, placed in time, with the discrepancies their claims, clocks and participants show.
 */
import { compareEventsInCorpusOrder } from '../corpus/compare-events.ts';
import type { Discrepancy, Person, Span, TimelineEvent } from '../corpus/schema.ts';
import type { ArticleView } from './article-view.ts';
import { dayEvidenceOf } from './article-dates.ts';
import { datelineZone } from './corpus-day.ts';
import { findEventMentions, personSpansByArticle, type EventMention } from './event-mentions.ts';
import { placeEventsInTime, saysHowLongItLasted, startsAtStatedClock, type ArticleClock } from './event-times.ts';
import { collectEventClaims, findClaimDiscrepancies } from './claim-discrepancies.ts';
import { findParticipantDiscrepancies } from './participant-discrepancies.ts';
import { idForEvent, titleEvent } from './event-titles.ts';
import { clusterEventMentions, rankParticipants } from './events.ts';
import type { ParsedFile } from './identify-files.ts';
import { mostCommon } from './most-common.ts';
import { linkUntimedReports } from './untimed-reports.ts';
import { wholeQuotationSpans } from './whole-quotations.ts';

export function buildEvents(
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
    mentionsByArticle.set(
      view.id,
      findEventMentions(
        view,
        personSpans.get(view.id) ?? [],
        reference,
        file.segments.dateline?.place ?? null,
        articleZone,
        file.predicates,
        zone,
      ),
    );
  });
  const clusters = clusterEventMentions([...mentionsByArticle.values()]);
  linkUntimedReports(
    clusters,
    [...mentionsByArticle.values()].flat(),
    views,
    personSpans,
    new Map(views.map((view) => [view.id, clocks.get(view.id)!.referenceDate])),
  );
  const texts = new Map(views.map((view) => [view.id, view.text]));
  const viewsById = new Map(views.map((view) => [view.id, view]));
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
      sources: collectSources(draft.cluster.mentions, articleOrder, viewsById),
    };
  });
  events.sort(compareEventsInCorpusOrder);
  return {
    events,
    discrepancies: [...discrepancies, ...claimDiscrepancies, ...findParticipantDiscrepancies(events, people)],
  };
}

/** Kinds that take minutes, not hours: read at their stated start when nothing says when they ended. */
const BRIEF_KINDS: ReadonlySet<TimelineEvent['kind']> = new Set([
  'happening',
  'speech',
  'press-conference',
  'arrival',
  'signing',
]);

/**
 * A happening reported at a clock time ("struck at 4:17 a.m.", "was refloated at 15:05") is a moment,
 * and so are remarks, a news conference, an arrival or a signing with a stated start: unless an end
 * clock or a duration says how long it lasted, it ends when it starts, not at midnight, at the end of
 * the part of the day, or when a past-tense report of it was published. Occasions that last (talks,
 * a summit) keep the window the evidence allows.
 */
function asMoment<T extends { start: string; end: string; timeBasis: TimelineEvent['timeBasis'] }>(
  kind: TimelineEvent['kind'],
  timing: T,
): T {
  const { start, end } = timing.timeBasis;
  if (!BRIEF_KINDS.has(kind) || !startsAtStatedClock(start) || saysHowLongItLasted(end)) return timing;
  const reason =
    kind === 'happening'
      ? 'A moment: the text gives when it happened and nothing says it lasted'
      : 'Shown at its start: the text gives when it began and nothing says when it ended';
  return {
    ...timing,
    end: timing.start,
    timeBasis: { start, end: { at: timing.start, reason, source: start.source } },
  };
}

/** The sentences that report the event, per article, each widened to hold the quotations it touches whole. */
function collectSources(
  mentions: EventMention[],
  articleOrder: Map<string, number>,
  viewsById: ReadonlyMap<string, ArticleView>,
): TimelineEvent['sources'] {
  const spansByArticle = new Map<string, Span[]>();
  for (const mention of mentions) {
    const spans = spansByArticle.get(mention.articleId);
    // One span per sentence: the first mention of a sentence stands for it.
    if (!spans) spansByArticle.set(mention.articleId, [mention.sentence]);
    else if (!spans.some((span) => span.start === mention.sentence.start)) spans.push(mention.sentence);
  }
  return [...spansByArticle.entries()]
    .sort((a, b) => articleOrder.get(a[0])! - articleOrder.get(b[0])!)
    .map(([articleId, spans]) => ({ articleId, spans: wholeQuotationSpans(viewsById.get(articleId)!, spans) }));
}
