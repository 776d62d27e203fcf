/** What an event mention is: the occasion or happening a sentence reports, with its day, part of day, clock and order cues. */
import type { EventKind, Span } from '../corpus/schema.ts';

export interface DayCue {
  date: string;
  span: Span;
}

export interface PartOfDayCue {
  fromHour: number;
  toHour: number;
  /** The zone whose morning or evening is meant: the article's own, or null for the corpus zone. */
  zone: string | null;
  span: Span;
}

export interface ClockCue {
  hour: number;
  minute: number;
  /** The IANA zone the clock reads in: a stated zone ("3 pm IST"), else the article's own (dateline or stamp), else null for the corpus zone. */
  zone: string | null;
  /** "ended at 12:30 p.m.", "until 5 pm": the reading bounds the event's end, not its start. */
  marksEnd: boolean;
  /** Read from a live-blog entry's stamp: when the entry reported it, so the happening was at or before it. */
  fromEntryStamp?: boolean;
  /** "shortly after 4 a.m.", "around 6 pm", "4 a.m.": a rounder reading than one to the minute ("4:10 a.m."). */
  approximate?: boolean;
  /** "27 minutes later": counted from the clock the article gave before (its span); `span` is then the offset as written. */
  countedFrom?: Span;
  span: Span;
}

export interface EventMention {
  articleId: string;
  sentence: Span;
  trigger: Span;
  kind: EventKind;
  format: string | null;
  /** An acronym naming the occasion ("G20 summit", "SCO meeting"). */
  name: string | null;
  ordinal: string | null;
  annual: boolean;
  ministerial: boolean;
  participants: string[];
  /** Public remarks: a speech verb with its setting ("told reporters", "said in a statement"), not an occasion word. */
  remarks: boolean;
  /** "the talks": refers back to an event named earlier rather than introducing one. */
  definite: boolean;
  /** "her press conference", "the President's address": whose occasion it is, though definite. */
  possessive: boolean;
  inQuote: boolean;
  day: DayCue | null;
  partOfDay: PartOfDayCue | null;
  clock: ClockCue | null;
  place: { name: string; span: Span } | null;
  tense: 'past' | 'present' | 'future' | 'unknown';
  /** Index (into the same article's mentions) of mentions this one is said to come after / before. */
  after: Array<{ mention: number; span: Span }>;
  before: Array<{ mention: number; span: Span }>;
  /** "later in the day": after whatever the article reported before. */
  laterInDay: Span | null;
  /** The object of "ahead of" or "after": ordered against the sentence's main event, not described by it. */
  governed: boolean;
  /** For a happening (an open-domain predicate, see predicates.ts): the verb's lemma and its subject and object as written. */
  predicate: {
    lemma: string;
    subject: Span | null;
    object: Span | null;
    nouns: string;
    objectNouns: string;
    pronounSubject: boolean;
    subjectOrdinal: string | null;
  } | null;
  /** The clock reading as minutes of the UTC day, for comparing readings stated in different zones; null without a clock. */
  clockUtcMinute: number | null;
  /** "ended at 15:19" after a start clock in the same sentence ("began at 13:36"): the end, read beside the start. */
  endClock: ClockCue | null;
  /** The day the article's own "today" is (its reference date): the day an undated mention most likely means. */
  articleDate: string;
}

export interface PersonSpan {
  start: number;
  end: number;
  personId: string;
}
