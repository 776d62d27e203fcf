/**
 * The corpus: the one contract between the pipeline (which writes it) and the app (which reads it).
 * Every character span is a half-open [start, end) range of UTF-16 offsets into `Article.text`.
 */
import * as v from 'valibot';
import { findIntegrityProblems } from './check-integrity.ts';

const SpanSchema = v.object({ start: v.number(), end: v.number() });

const ArticleSpanSchema = v.object({ articleId: v.string(), start: v.number(), end: v.number() });

const OutletRefSchema = v.object({ id: v.string(), name: v.string() });

const WireCreditSchema = v.object({
  id: v.string(),
  name: v.string(),
  /** The agency's full name when the name is a code readers may not know ("Press Trust of India" for PTI). */
  fullName: v.nullable(v.string()),
  /** The words that credit the wire, as a span into the article text. */
  span: SpanSchema,
});

const PublishedBasisSchema = v.object({
  /** corrected: set by corrections.json; the reason is the editor's note. */
  kind: v.picklist(['explicit', 'inferred', 'unknown', 'corrected']),
  reason: v.string(),
  span: v.nullable(SpanSchema),
});

const ParagraphSchema = v.object({
  start: v.number(),
  end: v.number(),
  /** body: the article's prose; embed: a quoted post (tweet); meta: bylines, stamps, credits; junk: appeals, "Comment". */
  kind: v.picklist(['body', 'embed', 'meta', 'junk']),
});

const ArticleSchema = v.object({
  id: v.string(),
  file: v.string(),
  outlet: v.nullable(OutletRefSchema),
  outletBasis: v.string(),
  wires: v.array(WireCreditSchema),
  author: v.nullable(v.string()),
  headline: v.nullable(v.string()),
  /** The first sentence of the body, for cards of articles that carry no headline. */
  lede: v.string(),
  dateline: v.nullable(v.string()),
  /** ISO 8601: a date ("2021-12-06") or a date-time with offset ("2021-12-06T18:38:00+05:30"). */
  published: v.nullable(v.string()),
  publishedBasis: PublishedBasisSchema,
  url: v.nullable(v.string()),
  paragraphs: v.array(ParagraphSchema),
  sentences: v.array(SpanSchema),
  text: v.string(),
  people: v.array(v.string()),
  events: v.array(v.string()),
  quotes: v.array(v.string()),
});

const PersonSchema = v.object({
  id: v.string(),
  name: v.string(),
  aliases: v.array(v.string()),
  role: v.nullable(v.string()),
  mentions: v.array(ArticleSpanSchema),
});

const OutletSchema = v.object({
  id: v.string(),
  name: v.string(),
  /** A wire's full name (see WireCreditSchema); null for publishers and wires known by their name. */
  fullName: v.nullable(v.string()),
  kind: v.picklist(['publisher', 'wire']),
  articleIds: v.array(v.string()),
});

const TimeBoundSchema = v.object({
  /** ISO date-time with offset. */
  at: v.string(),
  reason: v.string(),
  /** Where the bound comes from; null when it is the edge of the day. */
  source: v.nullable(ArticleSpanSchema),
});

const EventSourceSchema = v.object({ articleId: v.string(), spans: v.array(SpanSchema) });

const EventSchema = v.object({
  id: v.string(),
  title: v.string(),
  /** A coarse label: the named occasions, or 'happening' for anything else the text reports as done at a time. */
  kind: v.picklist([
    'meeting',
    'talks',
    'dialogue',
    'summit',
    'signing',
    'arrival',
    'visit',
    'press-conference',
    'ruling',
    'speech',
    'happening',
  ]),
  participants: v.array(v.string()),
  place: v.nullable(v.string()),
  start: v.string(),
  end: v.string(),
  timeBasis: v.object({ start: TimeBoundSchema, end: TimeBoundSchema }),
  /** Events this one is reported to come after (ids), each with the sentence that says so. */
  after: v.array(v.object({ eventId: v.string(), source: ArticleSpanSchema })),
  sources: v.array(EventSourceSchema),
});

const QuoteSchema = v.object({
  id: v.string(),
  speakerId: v.nullable(v.string()),
  /** Who the text says spoke, as written, also when that is an office rather than a person. */
  speakerLabel: v.string(),
  text: v.string(),
  articleId: v.string(),
  span: SpanSchema,
  channel: v.picklist(['speech', 'tweet', 'statement', 'wire']),
  /** The statement this quote carries; every quote has one, most alone in it. */
  statementId: v.string(),
});

/**
 * One statement carried by one or more articles (wire copy, a tweet quoted by several papers),
 * listed once: the corpus grows with the copies, not with pairs of them.
 */
const StatementSchema = v.object({
  id: v.string(),
  /** The person any member quote names as speaker; null when none does. */
  speakerId: v.nullable(v.string()),
  quoteIds: v.array(v.string()),
});

const DiscrepancySchema = v.object({
  id: v.string(),
  topic: v.picklist(['day', 'time', 'number', 'duration', 'participants']),
  description: v.string(),
  eventId: v.nullable(v.string()),
  claims: v.array(v.object({ articleId: v.string(), start: v.number(), end: v.number(), value: v.string() })),
});

const WarningSchema = v.object({ file: v.string(), reason: v.string() });

/**
 * One entry of the folder's corrections.json as applied after extraction: who or what it corrected,
 * each value it changed next to the extracted one, and the editor's note.
 */
const CorrectionSchema = v.object({
  /** Where the entry is in corrections.json: "people[0]", "articles.a.txt", "events[2]". */
  entry: v.string(),
  subject: v.picklist(['person', 'article', 'event']),
  /** The id corrected: the one kept by a merge, the one removed by a removal, the new one of an added event. */
  subjectId: v.string(),
  action: v.picklist(['edit', 'merge', 'not-a-person', 'remove', 'add']),
  /** Ids a merge folded into `subjectId` (they no longer exist). */
  mergedIds: v.array(v.string()),
  /** What changed, field by field; `extracted` is what the pipeline found (null: nothing), `corrected` what replaced it. */
  changes: v.array(
    v.object({ field: v.string(), extracted: v.nullable(v.string()), corrected: v.nullable(v.string()) }),
  ),
  note: v.string(),
});

export const CorpusSchema = v.object({
  schemaVersion: v.literal(3),
  /** The day the corpus is about: its date, the zone its clocks read in, and the reason. */
  day: v.object({ date: v.string(), timeZone: v.string(), place: v.nullable(v.string()), reason: v.string() }),
  articles: v.array(ArticleSchema),
  people: v.array(PersonSchema),
  outlets: v.array(OutletSchema),
  events: v.array(EventSchema),
  quotes: v.array(QuoteSchema),
  statements: v.array(StatementSchema),
  discrepancies: v.array(DiscrepancySchema),
  warnings: v.array(WarningSchema),
  /** The corrections.json entries applied, in the order they were applied. */
  corrections: v.array(CorrectionSchema),
});

export type Span = v.InferOutput<typeof SpanSchema>;
export type ArticleSpan = v.InferOutput<typeof ArticleSpanSchema>;
export type WireCredit = v.InferOutput<typeof WireCreditSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Outlet = v.InferOutput<typeof OutletSchema>;
export type EventKind = v.InferOutput<typeof EventSchema>['kind'];
export type TimeBound = v.InferOutput<typeof TimeBoundSchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type Discrepancy = v.InferOutput<typeof DiscrepancySchema>;
export type CorpusWarning = v.InferOutput<typeof WarningSchema>;
export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type Corpus = v.InferOutput<typeof CorpusSchema>;

export type CorpusValidation = { ok: true; corpus: Corpus } | { ok: false; problems: string[] };

/** Checks untrusted JSON against the corpus schema, then its ids and spans, and names each problem by its path. */
export function validateCorpus(input: unknown): CorpusValidation {
  const result = v.safeParse(CorpusSchema, input);
  if (result.success) {
    const problems = findIntegrityProblems(result.output);
    return problems.length === 0 ? { ok: true, corpus: result.output } : { ok: false, problems };
  }
  const problems = result.issues.slice(0, 20).map((issue) => {
    const path = v.getDotPath(issue) ?? '(root)';
    return `${path}: ${issue.message}`;
  });
  return { ok: false, problems };
}
