/**
 * Reads the optional corrections.json: an editor's fixes to what extraction got wrong (people, articles,
 * events), each with a note. Every bad entry becomes a warning naming it, and the good ones still apply.
 */
import * as v from 'valibot';
import type { CorpusWarning } from '../schema.ts';

export const CORRECTIONS_FILE = 'corrections.json';

/** Where, under `npm run dev`, the page sends corrections.json for the dev server to write into the articles folder. */
export const SAVE_CORRECTIONS_PATH = '__corrections';

// Controls and bidi overrides would garble the page the text lands on.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const Text = v.pipe(
  v.string(),
  v.transform((text) => text.replace(UNSAFE_CHARACTERS, ' ')),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(500, 'must be at most 500 characters'),
);

/** Why: every correction keeps its reason, and readers see it. */
const Note = Text;

/**
 * True when every part of an ISO date or date-time is in range (no 31 February, no 24:00, a year
 * from 1000 on, an offset within ±18:00): Date.parse would roll such a date over instead.
 */
export function isRealIsoDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2})))?$/.exec(iso);
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    year! >= 1000 &&
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 18 &&
    offsetMinutes <= 59
  );
}

const IsoDateTime = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/, 'must be an ISO date-time with offset'),
  v.check(isRealIsoDate, 'is not a real date and time'),
);

const IsoDateOrDateTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/,
    'must be an ISO date or date-time with offset',
  ),
  v.check(isRealIsoDate, 'is not a real date'),
);

/** An outlet's name: it becomes the outlet's id, so it needs a letter or a digit. */
const OutletName = v.pipe(
  Text,
  v.check((name) => /[\p{L}\p{N}]/u.test(name), 'needs a letter or a digit'),
);

const PersonEntrySchema = v.union(
  [
    v.strictObject({
      merge: v.pipe(v.array(Text), v.minLength(2, 'needs at least two names')),
      name: v.optional(Text),
      note: Note,
    }),
    v.strictObject({ notAPerson: Text, note: Note }),
    v.pipe(
      v.strictObject({ person: Text, name: v.optional(Text), role: v.optional(Text), note: Note }),
      v.check((entry) => entry.name !== undefined || entry.role !== undefined, 'sets neither name nor role'),
    ),
  ],
  'must be {merge, name?, note}, {notAPerson, note} or {person, name?, role?, note}',
);

const ArticleEntrySchema = v.pipe(
  v.strictObject({ outlet: v.optional(OutletName), published: v.optional(IsoDateOrDateTime), note: Note }),
  v.check((entry) => entry.outlet !== undefined || entry.published !== undefined, 'sets neither outlet nor published'),
);

/** An added event's source: an article by file name, or a passage of it as a [start, end) span of its text. */
const EventSourceSchema = v.union(
  [
    Text,
    v.strictObject({
      file: Text,
      start: v.pipe(v.number(), v.integer(), v.minValue(0)),
      end: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ],
  'must be a file name or {file, start, end}',
);

const EventEntrySchema = v.union(
  [
    v.pipe(
      v.strictObject({
        event: Text,
        title: v.optional(Text),
        start: v.optional(IsoDateTime),
        end: v.optional(IsoDateTime),
        place: v.optional(Text),
        note: Note,
      }),
      v.check(
        (entry) => [entry.title, entry.start, entry.end, entry.place].some((value) => value !== undefined),
        'sets none of title, start, end, place',
      ),
    ),
    v.strictObject({ remove: Text, note: Note }),
    v.strictObject({ merge: v.pipe(v.array(Text), v.minLength(2, 'needs at least two event ids')), note: Note }),
    v.strictObject({
      add: v.strictObject({
        /** Optional: the id to give the event (written back by the page, so links stay the same). */
        id: v.optional(
          v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug'), v.maxLength(80)),
        ),
        title: Text,
        start: IsoDateTime,
        end: IsoDateTime,
        place: v.optional(Text),
        sources: v.pipe(v.array(EventSourceSchema), v.minLength(1, 'needs at least one source')),
      }),
      note: Note,
    }),
  ],
  'must be {event, title?, start?, end?, place?, note}, {remove, note}, {merge, note} or {add, note}',
);

export type PersonCorrectionEntry = v.InferOutput<typeof PersonEntrySchema>;
export type ArticleCorrectionEntry = v.InferOutput<typeof ArticleEntrySchema>;
export type EventCorrectionEntry = v.InferOutput<typeof EventEntrySchema>;
export type AddedEventSource = v.InferOutput<typeof EventSourceSchema>;

/** An entry that passed validation, with where it is in the file ("people[0]"). */
export interface Located<T> {
  entry: string;
  value: T;
}

export interface CorrectionsFile {
  people: Array<Located<PersonCorrectionEntry>>;
  articles: Array<Located<ArticleCorrectionEntry> & { file: string }>;
  events: Array<Located<EventCorrectionEntry>>;
}

const EMPTY: CorrectionsFile = { people: [], articles: [], events: [] };

const warn = (reason: string): CorpusWarning => ({ file: CORRECTIONS_FILE, reason });

/** The first problem valibot found in an entry, as "field: message" (the union's message when no branch fits). */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** corrections.json's valid entries, and a warning for each bad one. */
export interface ParsedCorrections {
  corrections: CorrectionsFile;
  warnings: CorpusWarning[];
}

/** Parses corrections.json text; each bad entry is a warning naming it ("people[1]: …"), and good entries still count. */
export function parseCorrectionsFile(json: string | null): ParsedCorrections {
  const warnings: CorpusWarning[] = [];
  if (json === null) return { corrections: EMPTY, warnings };
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    warnings.push(warn(`not valid JSON (${(error as Error).message}); no correction applied`));
    return { corrections: EMPTY, warnings };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    warnings.push(warn('must be an object with "people", "articles" and "events"; no correction applied'));
    return { corrections: EMPTY, warnings };
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!['people', 'articles', 'events'].includes(key))
      warnings.push(warn(`"${key}" is not a section of corrections.json (people, articles, events); ignored`));
  }
  const readList = <T>(key: 'people' | 'events', schema: v.GenericSchema<unknown, T>): Array<Located<T>> => {
    const list = record[key];
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      warnings.push(warn(`"${key}" must be a list; ignored`));
      return [];
    }
    return list.flatMap((item, index) => {
      const entry = `${key}[${index}]`;
      const result = v.safeParse(schema, item);
      if (result.success) return [{ entry, value: result.output }];
      warnings.push(warn(`${entry} ignored: ${describeIssues(result.issues)}`));
      return [];
    });
  };
  const readArticles = (): CorrectionsFile['articles'] => {
    const section = record.articles;
    if (section === undefined) return [];
    if (typeof section !== 'object' || section === null || Array.isArray(section)) {
      warnings.push(warn('"articles" must be an object mapping file names to {outlet, published, note}; ignored'));
      return [];
    }
    return Object.entries(section).flatMap(([file, item]) => {
      const entry = `articles["${file}"]`;
      const result = v.safeParse(ArticleEntrySchema, item);
      if (result.success) return [{ entry, file, value: result.output }];
      warnings.push(warn(`${entry} ignored: ${describeIssues(result.issues)}`));
      return [];
    });
  };
  return {
    corrections: {
      people: readList('people', PersonEntrySchema),
      articles: readArticles(),
      events: readList('events', EventEntrySchema),
    },
    warnings,
  };
}
