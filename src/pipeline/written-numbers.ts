/** Numbers as news copy writes them: "6,01,427", "1,234,567", "five lakh", "twenty-one", "1.5 million". */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  lakh: 100_000,
  lakhs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
  cr: 10_000_000,
  million: 1_000_000,
  mn: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  trillion: 1_000_000_000_000,
};

const WORD_NUMBER = `(?:${[...Object.keys(TENS), ...Object.keys(UNITS)].join('|')})(?:[\\s-](?:${Object.keys(UNITS).join('|')}))?`;
const SCALE = `(?:${Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
// Indian grouping (6,01,427) before Western (601,427); a bare run of digits; optional decimals.
const DIGITS = String.raw`(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** A number as written, in digits or words, with its scale words: a regular expression source. */
export const NUMBER = `(?:${DIGITS}|${WORD_NUMBER})(?:\\s+(?:and\\s+)?${WORD_NUMBER})?(?:\\s*${SCALE}\\b)*`;

/** The value of a number as written ("6,01,427", "five lakh", "twenty-one", "1.5 million"), or null. */
export function parseNumber(written: string): number | null {
  const words = written
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/\band\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (/^\d[\d,]*(?:\.\d+)?$/.test(word)) {
      current += Number(word.replace(/,/g, ''));
      seen = true;
    } else if (word in UNITS) {
      current += UNITS[word]!;
      seen = true;
    } else if (word in TENS) {
      current += TENS[word]!;
      seen = true;
    } else if (word in SCALES) {
      const scale = SCALES[word]!;
      if (!seen) return null;
      if (scale === 100) current *= scale;
      else {
        total += current * scale;
        current = 0;
      }
    } else return null;
  }
  return seen ? total + current : null;
}
