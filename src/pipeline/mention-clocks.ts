/**
 * When a mention happened, from its sentence: the part of the day, "later in the day", clock times (start or end,
 * in the zone the text gives or the dateline's), a live-blog entry's stamp, clocks counted from an earlier one, and
 * what is left out (times inside reported words, days inside a relative clause).
 */
import * as chrono from 'chrono-node';
import type { Span } from '../corpus/schema.ts';
import { blankQuotedPassages } from './quote-marks.ts';
import { ZONE_ABBREVIATIONS } from './time-zone-names.ts';
import { findPlaceZone, zoneOfPlace } from './place-zones.ts';
import { WEEKDAYS, addDays, wallClockToUtcMs } from '../corpus/zoned-time.ts';
import { resolveWeekday } from './dates.ts';
import { rewriteClocks } from './clock-writing.ts';
import { findTimeOffsets } from './durations.ts';
import type { ClockCue, DayCue, EventMention } from './event-mention-types.ts';

const PARTS_OF_DAY: Array<{ pattern: RegExp; fromHour: number; toHour: number }> = [
  { pattern: /\b(?:this\s+|on\s+\w+\s+)?morning\b/i, fromHour: 5, toHour: 12 },
  { pattern: /\b(?:this\s+|on\s+\w+\s+)?afternoon\b/i, fromHour: 12, toHour: 17 },
  { pattern: /\b(?:this\s+|on\s+\w+\s+)?evening\b/i, fromHour: 17, toHour: 22 },
  { pattern: /\b(?:tonight|(?:\w+day\s+)?night)\b/i, fromHour: 19, toHour: 24 },
];

const END_CLOCK = /\b(?:end(?:ed|s)?|conclud(?:ed|es)|wrapped up|finish(?:ed|es)|until|till|over by)\b[^.;]{0,20}$/i;

const LATER_IN_DAY = /\blater\s+(?:in\s+the\s+day|today|on\s+\w+day|tonight|in\s+the\s+evening)\b/i;

/**
 * "Twenty-seven minutes later, the telescope separated", "about 27 minutes after launch": a happening told as an offset
 * from the last clock time the article stated before it happened at that clock time plus the offset (rounded offsets
 * give a rough reading). Null when the sentence gives no offset, no earlier clock was stated, or the count leaves the day.
 */
export function clockCountedFromEarlier(text: string, sentence: Span, earlier: EventMention[]): ClockCue | null {
  const offset = findTimeOffsets(text.slice(sentence.start, sentence.end), sentence.start)[0];
  if (!offset) return null;
  let from: ClockCue | null = null;
  for (const mention of earlier)
    if (mention.clock && !mention.clock.fromEntryStamp && !mention.clock.marksEnd && !mention.clock.countedFrom)
      from = mention.clock;
  if (!from) return null;
  const minuteOfDay = from.hour * 60 + from.minute + Math.round(offset.signedMinutes);
  if (minuteOfDay < 0 || minuteOfDay >= 24 * 60) return null;
  return {
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
    zone: from.zone,
    marksEnd: false,
    approximate: from.approximate === true || offset.precision !== 'exact',
    countedFrom: from.span,
    span: offset.span,
  };
}

/** The relative clause about a person ("who began reading at 9:30 a.m. (0730 GMT) in a packed courtroom") around `index`, as offsets in `slice`, or null. */
function clauseAboutPersonAround(slice: string, index: number): { start: number; end: number } | null {
  const breakBefore = Math.max(
    slice.lastIndexOf(',', index),
    slice.lastIndexOf(';', index),
    slice.lastIndexOf('—', index),
    slice.lastIndexOf('–', index),
  );
  const start = breakBefore + 1;
  const opening = /^\s*(?:who|whom|whose)\b/i.exec(slice.slice(start));
  if (!opening) return null;
  const after = slice.slice(index).search(/[,;—–]/);
  return { start, end: after < 0 ? slice.length : index + after };
}

/** "winds, which ruled out a launch on Friday, …": a day said inside a relative clause is that clause's, not the story's. */
export function isInRelativeClause(text: string, sentence: Span, span: Span): boolean {
  const clause = text
    .slice(sentence.start, span.start)
    .split(/[,;—–(]/)
    .at(-1)!;
  return /\b(?:which|who|whom|whose|that)\b/i.test(clause);
}

export function assignTimeCues(
  text: string,
  sentence: Span,
  mentions: EventMention[],
  referenceDate: string,
  datelinePlace: string | null,
  articleZone: string | null,
  quoted: Span[],
): void {
  // "'…the quake struck at night,' Erdogan told reporters": a time a speaker says is theirs, not when the sentence's
  // event happened, unless the event itself is one the quote names.
  const slice = mentions.every((mention) => !mention.inQuote)
    ? blankQuotedPassages(text, sentence, quoted)
    : text.slice(sentence.start, sentence.end);
  // "early in the morning local time" in a sentence set in New York reads New York's clock.
  const datelineZone = zoneOfPlace(datelinePlace);
  // "Local time" is the place's clock (a place the sentence names, else the dateline's), never the publisher's stamp zone.
  const localZone = /\blocal time\b/i.test(slice) ? (findPlaceZone(slice) ?? datelineZone) : articleZone;
  const nearest = (offset: number) =>
    mentions.reduce((best, mention) =>
      Math.abs(mention.trigger.start - offset) < Math.abs(best.trigger.start - offset) ? mention : best,
    );
  const at = (index: number, length: number): Span => ({
    start: sentence.start + index,
    end: sentence.start + index + length,
  });

  // "flags fly until Sunday", "since Friday": a deadline or a start of something else, not the day of what the sentence reports.
  const weekday = new RegExp(`(?<!\\b(?:until|till|through|since|by|from)\\s+)\\b(${WEEKDAYS.join('|')})\\b`, 'i').exec(
    slice,
  );
  const relative = /\b(today|tonight|yesterday|tomorrow)\b/i.exec(slice);
  let day: DayCue | null = null;
  if (weekday) {
    const date = resolveWeekday(weekday[1]!, referenceDate);
    if (date) day = { date, span: at(weekday.index, weekday[0].length) };
  } else if (relative) {
    const shift = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[relative[1]!.toLowerCase()] ?? 0;
    day = { date: addDays(referenceDate, shift), span: at(relative.index, relative[0].length) };
  }
  const described = mentions.filter((mention) => !mention.governed);
  if (day) for (const mention of described.length > 0 ? described : mentions) mention.day = day;

  for (const part of PARTS_OF_DAY) {
    const match = part.pattern.exec(slice);
    if (match && !/\bday-long\b/i.test(match[0])) {
      nearest(sentence.start + match.index).partOfDay = {
        fromHour: part.fromHour,
        toHour: part.toHour,
        zone: localZone,
        span: at(match.index, match[0].length),
      };
    }
  }
  const later = LATER_IN_DAY.exec(slice);
  if (later) nearest(sentence.start + later.index).laterInDay = at(later.index, later[0].length);

  // "3.42pm" and "1220 GMT" are read as "3:42pm" and "12:20 GMT"; spans are mapped back to the text as written.
  const clockWriting = rewriteClocks(slice);
  const clockText = clockWriting.text;
  for (const result of chrono.parse(clockText, new Date(Date.UTC(2000, 0, 1)))) {
    if (!result.start.isCertain('hour') || !/\d|\b(?:noon|midday|midnight)\b/i.test(result.text)) continue;
    // "won in 2:04:11", "a lap of 1:32.5": a duration with seconds, not a clock (unless a meridiem or a zone says it is one).
    const after = clockText.slice(result.index + result.text.length);
    if (
      (/^[:.]\d/.test(after) || /\d:\d{2}:\d{2}/.test(result.text)) &&
      !saysItIsAClock(result.text + after.slice(0, 16))
    )
      continue;
    const start = clockWriting.original(result.index);
    const end = clockWriting.original(result.index + result.text.length);
    const target = nearest(sentence.start + start);
    // "Masipa, who began reading her sentence at 9:30 a.m., also handed …": a clause about a person tells what they did then,
    // not when the main verb happened ("the slide, which struck at 2:40 pm, carried away a bridge" dates the slide: kept).
    const clause = clauseAboutPersonAround(slice, start);
    if (
      clause &&
      !(target.trigger.start - sentence.start >= clause.start && target.trigger.start - sentence.start < clause.end)
    )
      continue;
    // A later clock of the sentence restates the first ("10:30 a.m. (0930 GMT)", "13:24 local time (10:24 GMT)") or is
    // another clause's ("set off at 9 am, and the women followed at 9:15"), unless it ends the first ("ended at 15:19").
    if (target.clock && !END_CLOCK.test(slice.slice(Math.max(0, start - 30), start + 3))) continue;
    // "began at 13:36 and ended at 15:19": a start already read keeps its place and the end is read beside it.
    if (target.clock && (target.clock.marksEnd || target.endClock)) continue;
    const following = clockText.slice(result.index + result.text.length, result.index + result.text.length + 40);
    const stated = statedZone(result.text, following.slice(0, 16)) ?? zoneOfClockPlace(following);
    // The span is the clock reading itself: "at 10:30 a.m." → "10:30 a.m.".
    const lead = /^(?:at|by|around|from|after|before)\s+/i.exec(result.text)?.[0].length ?? 0;
    const reading: ClockCue = {
      hour: result.start.get('hour')!,
      minute: result.start.get('minute') ?? 0,
      zone: stated ?? localZone,
      marksEnd: END_CLOCK.test(slice.slice(Math.max(0, start - 30), start + lead)),
      approximate:
        !result.start.isCertain('minute') ||
        /\b(?:shortly|just|soon|some time|sometime|around|about|approximately|roughly|nearly|almost)\s+(?:after\s+|before\s+)?(?:at\s+)?$/i.test(
          slice.slice(Math.max(0, start - 30), start + lead),
        ),
      span: at(start + lead, end - start - lead),
    };
    if (target.clock && reading.marksEnd) target.endClock = reading;
    else target.clock = reading;
  }
}

/** How far after "told reporters" a time can still be when the remarks were made ("… outside court late on Tuesday"). */
const REMARKS_TIME_REACH = 30;

/**
 * "Bercow told reporters that the Commons would return at 11.30am": a time in the reported words is when what they tell
 * happens, not when they were said. Remarks keep only the times said before, in, or right after their setting.
 */
export function dropTimesOfReportedWords(text: string, mentions: EventMention[]): void {
  for (const mention of mentions) {
    if (!mention.remarks) continue;
    const reported = (span: Span | undefined) => {
      if (!span || span.start < mention.trigger.end) return false;
      const between = text.slice(mention.trigger.end, span.start);
      return between.length > REMARKS_TIME_REACH || /\bthat\b|[,:"“]/.test(between);
    };
    if (reported(mention.day?.span)) mention.day = null;
    if (reported(mention.partOfDay?.span)) mention.partOfDay = null;
    if (reported(mention.clock?.span)) mention.clock = null;
    if (reported(mention.endClock?.span)) mention.endClock = null;
  }
}

/** A live-blog entry's stamp ("01:42 GMT") is when what the entry reports had happened by: the clock of each of `mentions` that states none. */
export function assignEntryStamp(
  text: string,
  stamp: Span,
  mentions: EventMention[],
  articleZone: string | null,
): void {
  const written = text.slice(stamp.start, stamp.end);
  const result = chrono.parse(written.replace(/(\d)\.(\d{2})/, '$1:$2'), new Date(Date.UTC(2000, 0, 1)))[0];
  if (!result || !result.start.isCertain('hour')) return;
  const zone = statedZone(written, '') ?? articleZone;
  for (const mention of mentions) {
    if (mention.clock) continue;
    mention.clock = {
      hour: result.start.get('hour')!,
      minute: result.start.get('minute') ?? 0,
      zone,
      marksEnd: false,
      span: stamp,
      fromEntryStamp: true,
    };
  }
}

/** Minutes of the UTC day the mention's clock reads, on its stated day (else the article's date). */
export function clockUtcMinute(mention: EventMention, referenceDate: string, corpusZone: string): number | null {
  if (!mention.clock) return null;
  const ms = wallClockToUtcMs(
    mention.day?.date ?? referenceDate,
    mention.clock.hour,
    mention.clock.minute,
    mention.clock.zone ?? corpusZone,
  );
  return Math.round((((ms / 60_000) % 1440) + 1440) % 1440);
}

/** "04:17:35 GMT", "2:04:11 p.m.", "01:17:35 local time": a reading with seconds that a meridiem, a known zone or "local time" makes a clock. */
function saysItIsAClock(reading: string): boolean {
  if (/\d\s*[ap]\.?m\b/i.test(reading) || /\blocal time\b/i.test(reading)) return true;
  return [...reading.matchAll(/\b([A-Z]{2,4})\b/g)].some((match) => match[1]! in ZONE_ABBREVIATIONS);
}

/** "4 p.m. close in New York", "1320 in Paris": a clock read in the place named right after it. */
function zoneOfClockPlace(following: string): string | null {
  const place = /^\s*(?:\p{Ll}+\s+)?(in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u.exec(following);
  return place ? findPlaceZone(place[1]!) : null;
}

/** A zone named with a clock time: "3 pm IST", "0930 GMT", "13:36 local time" is the article's own. */
function statedZone(clockText: string, following: string): string | null {
  // The zone follows the clock's digits or meridiem ("7:50 p.m. EST on Saturday" is read whole by chrono), or the reading.
  const abbreviation =
    /\d(?:\s*[aApP]\.?[mM]\.?)?\s*\(?(?!(?:AM|PM)\b)([A-Z]{2,4})\b/.exec(clockText)?.[1] ??
    /^\s*\(?([A-Z]{2,4})\b/.exec(following)?.[1];
  return abbreviation ? (ZONE_ABBREVIATIONS[abbreviation]?.zone ?? null) : null;
}
