/**
 * Wall-clock arithmetic and formatting in IANA time zones, with Intl only (no host zone, no clock):
 * the one zoned-time module, used by the pipeline (reading clocks in the zone the text gives) and
 * by the app (showing times in the corpus zone, UTC or the reader's). The host's own zone must never
 * leak into a result (a Delhi day read from Berlin still runs 00:00–24:00 IST), so every conversion
 * names its `timeZone`.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Returns a cached Intl.DateTimeFormat; building one is costly and they are used per tick. */
function getFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

const zoneValidity = new Map<string, boolean>();

/** True when Intl knows the zone name (the corpus is untrusted input). Remembered: asking Intl costs a formatter. */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = zoneValidity.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    zoneValidity.set(timeZone, valid);
  }
  return valid;
}

/** Remembered results per zone and instant, up to this many per zone (then forgotten, and remembered afresh). */
const REMEMBERED_INSTANTS_PER_ZONE = 20_000;

/**
 * Remembers a zone computation by zone and instant: a zoom redraws the same instants (event ends,
 * publication times, round ticks) every frame, and each Intl call costs microseconds.
 */
function rememberByInstant<T>(compute: (timeZone: string, ms: number) => T): (timeZone: string, ms: number) => T {
  const zones = new Map<string, Map<number, T>>();
  return (timeZone, ms) => {
    let remembered = zones.get(timeZone);
    if (!remembered) zones.set(timeZone, (remembered = new Map()));
    let value = remembered.get(ms);
    if (value === undefined) {
      if (remembered.size >= REMEMBERED_INSTANTS_PER_ZONE) remembered.clear();
      value = compute(timeZone, ms);
      remembered.set(ms, value);
    }
    return value;
  };
}

const zoneOffsetAt = rememberByInstant((timeZone, atMs) => {
  const parts = getFormatter('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(atMs));
  const read = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wallAsUtc = Date.UTC(
    read('year'),
    read('month') - 1,
    read('day'),
    read('hour') % 24,
    read('minute'),
    read('second'),
  );
  return wallAsUtc - Math.floor(atMs / 1000) * 1000;
});

/** The zone's offset from UTC at an instant, in milliseconds (IST gives +19 800 000). */
export function getZoneOffsetMs(timeZone: string, atMs: number): number {
  return zoneOffsetAt(timeZone, atMs);
}

/** The instant a wall-clock midnight happens in the zone, for a "YYYY-MM-DD" date. */
function getZonedMidnightMs(year: number, monthIndex: number, day: number, timeZone: string): number {
  const guess = Date.UTC(year, monthIndex, day);
  // Two passes settle days whose offset changes near midnight (DST zones).
  const first = guess - getZoneOffsetMs(timeZone, guess);
  return guess - getZoneOffsetMs(timeZone, first);
}

export type DayRange = { startMs: number; endMs: number };

/** The day from 00:00 to 24:00 in the zone; falls back to the UTC day when the date is unreadable. */
export function getZonedDayRange(date: string, timeZone: string): DayRange {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]) - 1, Number(match[3])] : [1970, 0, 1];
  return {
    startMs: getZonedMidnightMs(year, month, day, timeZone),
    endMs: getZonedMidnightMs(year, month, day + 1, timeZone),
  };
}

/** "18:38" in the zone; the end of the day reads "24:00" rather than the next day's "00:00". */
export function formatClock(ms: number, timeZone: string, dayEndMs?: number): string {
  if (dayEndMs !== undefined && ms === dayEndMs) return '24:00';
  return clockAt(timeZone, ms);
}

const clockAt = rememberByInstant((timeZone, ms) =>
  getFormatter('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms)),
);

/** The zone's calendar date of an instant, "YYYY-MM-DD". */
export function getZonedDateKey(ms: number, timeZone: string): string {
  return new Date(ms + getZoneOffsetMs(timeZone, ms)).toISOString().slice(0, 10);
}

const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Mon" for an instant in the zone. */
export function formatWeekday(ms: number, timeZone: string): string {
  return SHORT_WEEKDAYS[new Date(ms + getZoneOffsetMs(timeZone, ms)).getUTCDay()] ?? '';
}

/**
 * The reader's own zone as Intl resolves it, or null when it names none Intl accepts. Reads the
 * environment: call it from an effect or the store's init, never while rendering (SSR).
 */
export function readLocalTimeZone(): string | null {
  try {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
}

/** "6 Dec 2021" in the zone. */
export function formatShortDate(ms: number, timeZone: string): string {
  const parts = getFormatter('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).formatToParts(
    new Date(ms),
  );
  const read = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${read('day')} ${read('month')} ${read('year')}`;
}

/**
 * A short zone name such as "IST". English locales disagree on which zones get letters
 * (en-US says "GMT+5:30" for Kolkata, en-IN says "IST"), so try a few before the GMT form.
 */
export function formatZoneLabel(timeZone: string, atMs: number): string {
  let fallback = timeZone;
  for (const locale of ['en-US', 'en-GB', 'en-IN']) {
    const name = getFormatter(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(atMs))
      .find((part) => part.type === 'timeZoneName')?.value;
    if (!name) continue;
    if (!/^(GMT|UTC)[+-]/.test(name)) return name;
    fallback = name;
  }
  return fallback;
}

/** Milliseconds of an ISO string, or null when it does not parse. */
export function parseIsoMs(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** True when an ISO string carries a clock time, not only a date. */
export function hasClockTime(iso: string): boolean {
  return /T\d{2}:\d{2}/.test(iso);
}

/** Minutes east of UTC that `zone` reads at the instant `utcMs`. */
export function zoneOffsetMinutes(zone: string, utcMs: number): number {
  return Math.round(getZoneOffsetMs(zone, utcMs) / 60_000);
}

/** The UTC instant of a wall-clock time on a date ("2021-12-06", 18, 38) in `zone`. */
export function wallClockToUtcMs(date: string, hour: number, minute: number, zone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const offset = zoneOffsetMinutes(zone, guess - zoneOffsetMinutes(zone, guess) * 60_000);
  return guess - offset * 60_000;
}

/** ISO 8601 with the zone's offset at that instant: "2021-12-06T18:38:00+05:30". */
export function formatZonedIso(utcMs: number, zone: string): string {
  const offset = zoneOffsetMinutes(zone, utcMs);
  const local = new Date(utcMs + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Adds whole days to an ISO date string. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday for an ISO date. */
export function weekdayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "Monday 6 December 2021" for an ISO date. */
export function formatLongDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(new Date(Date.UTC(year, month - 1, day)))
    .replace(',', '');
}
