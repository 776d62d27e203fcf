/** How exact a claimed number is ("about 45", "more than three hours", "30"), and whether two claims can both be true. */

export type Precision = 'exact' | 'about' | 'at-least' | 'at-most';

/** The words that qualify a number, as a regular expression source (see precisionOf). */
export const QUALIFIER = String.raw`(?:about|around|roughly|approximately|some|nearly|almost|over|more than|at least|less than|under|up to|just over|just under)`;

/** The precision a qualifier gives the number after it; none is exact. */
export function precisionOf(qualifier: string | undefined): Precision {
  if (!qualifier) return 'exact';
  const lower = qualifier.toLowerCase();
  if (/over|more than|at least/.test(lower)) return 'at-least';
  if (/nearly|almost|less than|under|up to/.test(lower)) return 'at-most';
  return 'about';
}

/** The range of values a claim allows: "about 45" is 40.5–49.5, "more than 3" is above 3. */
export function rangeOf(value: number, precision: Precision): [number, number] {
  switch (precision) {
    case 'exact':
      return [value, value];
    case 'about':
      return [value * 0.9, value * 1.1];
    case 'at-least':
      return [value, Infinity];
    case 'at-most':
      return [value * 0.8, value];
  }
}

/** Whether two claims can both be true. */
export function claimsAgree(
  a: { value: number; precision: Precision },
  b: { value: number; precision: Precision },
): boolean {
  const [aLow, aHigh] = rangeOf(a.value, a.precision);
  const [bLow, bHigh] = rangeOf(b.value, b.precision);
  return aLow <= bHigh && bLow <= aHigh;
}
