/**
 * The day the corpus is about and the zone its clocks read in. The day is when the events happened,
 * not when most copy was published: a next-day article dated Tuesday that says "yesterday" speaks
 * of Monday. The zone is where they happened: datelines and places in the text first, through the
 * gazetteer, and only then the zones of publication stamps (an outlet's own country's clock).
 */
import type { Corpus, CorpusWarning, Paragraph, Span } from '../corpus/schema.ts';
import { parseMonthDay, resolveWeekday, type DateStamp } from './dates.ts';
import { findPlaceZone, zoneOfPlace } from './place-zones.ts';
import { addDays, formatLongDate, WEEKDAYS } from '../corpus/zoned-time.ts';
import { mostCommon } from './most-common.ts';

/** What the day stage needs of one article. */
export interface DayEvidence {
  text: string;
  paragraphs: Paragraph[];
  sentences: Span[];
  stamp: DateStamp | null;
  /** The date sources.json gives, if any. */
  sourcePublished: string | null;
  /** The dateline's place, its stamp, and its whole text ("PIRAEUS, Greece, May 14 (Reuters) - "). */
  dateline: { place: string; stamp: { text: string } | null; text: string } | null;
  embedDates: DateStamp[];
}

/** The publication day (what the articles' stamps state most) and the zone of the events' place. */
export function choosePublicationDay(files: DayEvidence[], warnings: CorpusWarning[]): Corpus['day'] {
  const stated = files.flatMap((file) => {
    const date = file.stamp?.date ?? file.sourcePublished?.slice(0, 10);
    return date ? [date] : [];
  });
  const fallback = files.flatMap((file) => file.embedDates.map((stamp) => stamp.date));
  const dates = stated.length > 0 ? stated : fallback;
  const date = mostCommon(dates);
  const { timeZone, zoneBasis } = chooseZone(files);
  const place = mostCommon(
    files.flatMap((file) => (file.dateline && zoneOfPlace(file.dateline.place) ? [file.dateline.place] : [])),
  );
  if (!date) {
    warnings.push({ file: '(corpus)', reason: 'no article states a date; the timeline cannot be placed on a day' });
    return { date: '1970-01-01', timeZone, place, reason: 'No article states a date.' };
  }
  const count = dates.filter((candidate) => candidate === date).length;
  const basis =
    stated.length > 0
      ? `${count} of ${files.length} articles state this date`
      : `${count} quoted posts carry this date`;
  return { date, timeZone, place, reason: `${basis}; ${zoneBasis}.` };
}

/**
 * The day the articles say their events happened, when it differs from the publication day: each
 * article votes for the date its own day words name most ("on Sunday", "yesterday", "Feb 6" in its
 * dateline), read against its own date. Null when they agree with `day` or name no day.
 */
export function chooseEventDay(
  day: Corpus['day'],
  files: DayEvidence[],
  referenceDates: string[],
): Corpus['day'] | null {
  if (day.date === '1970-01-01') return null;
  const votes = new Map<string, number>();
  files.forEach((file, index) => {
    const named = namedDates(file, referenceDates[index]!, day.date);
    const top = mostCommon(named);
    if (top) votes.set(top, (votes.get(top) ?? 0) + 1);
  });
  const ranked = [...votes.entries()].sort(
    (a, b) => b[1] - a[1] || Number(b[0] === day.date) - Number(a[0] === day.date) || a[0].localeCompare(b[0]),
  );
  const [winner, count] = ranked[0] ?? [];
  if (!winner || winner === day.date || count! <= (votes.get(day.date) ?? 0)) return null;
  return {
    ...day,
    date: winner,
    reason: `${count} of ${files.length} articles report their events on ${formatLongDate(winner)} (their weekdays, "yesterday" and dateline dates, read against each article's own date); ${day.reason.replace(/^\d+ of \d+ articles state this date/, `published ${formatLongDate(day.date)}`)}`,
  };
}

const DAY_WORD = new RegExp(`\\b(?:(${WEEKDAYS.join('|')})|(today|tonight|yesterday|tomorrow))\\b`, 'gi');
const MONTH_DAY =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/g;
const RELATIVE_SHIFT: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** The dates an article's own sentences name (quoted ones too: quoted days are rare and usually the same). */
function namedDates(file: DayEvidence, referenceDate: string, corpusDate: string): string[] {
  const dates: string[] = [];
  const datelineDay = file.dateline?.stamp ? parseMonthDay(file.dateline.stamp.text) : null;
  if (datelineDay) dates.push(isoDate(corpusDate.slice(0, 4), datelineDay.month, datelineDay.day));
  // Sentences are the body's only (see segment.ts): headlines, stamps and junk never vote.
  for (const sentence of file.sentences) {
    const text = file.text.slice(sentence.start, sentence.end);
    for (const match of text.matchAll(DAY_WORD)) {
      const date = match[1]
        ? resolveWeekday(match[1], referenceDate)
        : addDays(referenceDate, RELATIVE_SHIFT[match[2]!.toLowerCase()] ?? 0);
      if (date) dates.push(date);
    }
    for (const match of text.matchAll(MONTH_DAY)) {
      const monthDay = parseMonthDay(match[0]);
      if (monthDay) dates.push(isoDate(referenceDate.slice(0, 4), monthDay.month, monthDay.day));
    }
  }
  return dates;
}

function isoDate(year: string, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Datelines first, then places the opening sentences name, then publication stamps; UTC when none tells. */
function chooseZone(files: DayEvidence[]): { timeZone: string; zoneBasis: string } {
  const fromDatelines = files.flatMap((file) => {
    const zone = datelineZone(file.dateline);
    return zone ? [zone] : [];
  });
  if (fromDatelines.length > 0)
    return {
      timeZone: mostCommon(fromDatelines)!,
      zoneBasis: `clocks read in ${mostCommon(fromDatelines)} (from ${fromDatelines.length} datelines)`,
    };
  const fromText = files.flatMap((file) => {
    const opening = file.sentences.slice(0, 3).map((sentence) => file.text.slice(sentence.start, sentence.end));
    const zone = opening.map(findPlaceZone).find((found) => found !== null);
    return zone ? [zone] : [];
  });
  if (fromText.length > 0)
    return {
      timeZone: mostCommon(fromText)!,
      zoneBasis: `clocks read in ${mostCommon(fromText)} (from the places ${fromText.length} articles open with)`,
    };
  const fromStamps = files.flatMap((file) => (file.stamp?.zone ? [file.stamp.zone] : []));
  if (fromStamps.length > 0)
    return {
      timeZone: mostCommon(fromStamps)!,
      zoneBasis: `clocks read in ${mostCommon(fromStamps)} (from publication stamps)`,
    };
  return { timeZone: 'UTC', zoneBasis: 'no zone stated, so UTC' };
}

/** The dateline city's zone, else that of the region or country it names after a comma ("PIRAEUS, Greece"). */
export function datelineZone(dateline: DayEvidence['dateline']): string | null {
  if (!dateline) return null;
  return (
    zoneOfPlace(dateline.place) ??
    dateline.text
      .split(/[,(]/)
      .slice(1)
      .map((part) => zoneOfPlace(part.trim()))
      .find((zone) => zone !== null) ??
    null
  );
}
