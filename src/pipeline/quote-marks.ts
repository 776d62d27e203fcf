/** Finds quoted passages in a paragraph: straight and curly marks, misplaced openers, unterminated quotes. */
import type { Span } from '../corpus/schema.ts';

export interface QuotedPassage {
  /** The words inside the marks. */
  inner: Span;
  /** Including the marks. */
  outer: Span;
}

/** Quoted passages of at least `minWords` words inside text[start, end). */
export function findQuotedPassages(text: string, start: number, end: number, minWords = 2): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let openAt = -1;
  let openMark = '';
  for (let index = start; index < end; index++) {
    const char = text[index]!;
    const next = text[index + 1] ?? '';
    const previous = text[index - 1] ?? ' ';
    if (openAt < 0) {
      // A closing curly mark glued to a following word is a misplaced opener (",”Had a …").
      const opensHere =
        char === '“' || char === '"' || (char === '”' && /\p{L}/u.test(next) && !/\p{L}/u.test(previous));
      if (opensHere) {
        openAt = index;
        openMark = char;
      }
      continue;
    }
    const closesHere = openMark === '"' ? char === '"' : char === '”' || (char === '"' && openMark !== '"');
    if (closesHere) {
      pushPassage(passages, text, openAt, index + 1, minWords);
      openAt = -1;
    }
  }
  if (openAt >= 0) pushPassage(passages, text, openAt, end, minWords, false);
  return passages;
}

function pushPassage(
  passages: QuotedPassage[],
  text: string,
  from: number,
  to: number,
  minWords: number,
  closed = true,
): void {
  let innerStart = from + 1;
  let innerEnd = closed ? to - 1 : to;
  while (innerStart < innerEnd && /\s/.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /\s/.test(text[innerEnd - 1]!)) innerEnd--;
  const words = text
    .slice(innerStart, innerEnd)
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word));
  if (words.length < minWords) return;
  passages.push({ inner: { start: innerStart, end: innerEnd }, outer: { start: from, end: to } });
}

/** The sentence with its quoted passages blanked out, the same length, so offsets stay valid. */
export function blankQuotedPassages(text: string, sentence: Span, quoted: Span[]): string {
  let written = text.slice(sentence.start, sentence.end);
  for (const span of quoted) {
    const from = Math.max(span.start, sentence.start) - sentence.start;
    const to = Math.min(span.end, sentence.end) - sentence.start;
    if (from < to) written = written.slice(0, from) + ' '.repeat(to - from) + written.slice(to);
  }
  return written;
}
