import { describe, expect, test } from 'vitest';
import {
  buildReadingParagraphs,
  selectHighlightInput,
  type HighlightInput,
  type ReadingParagraph,
} from '../../src/app/cards/article-highlights.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

const text = 'Alpha met Beta. "We agree," Beta said.\n\nFooter';
const article = {
  text,
  paragraphs: [
    { start: 0, end: 38, kind: 'body' as const },
    { start: 40, end: 46, kind: 'junk' as const },
  ],
};
const none: HighlightInput = { eventSpans: [], selectedEventId: null, personSpans: [], quoteSpans: [] };

/** A compact picture of the runs: [eventId, text, flags]. */
function picture(paragraphs: ReadingParagraph[]) {
  return paragraphs.map((paragraph) =>
    paragraph.groups.map((group) => [
      group.eventId,
      group.runs.map(
        (run) => `${run.text}|${run.selectedEvent ? 'E' : ''}${run.person ? 'P' : ''}${run.quote ? 'Q' : ''}`,
      ),
    ]),
  );
}

describe('buildReadingParagraphs', () => {
  test('plain text is one run per paragraph, junk left out', () => {
    expect(picture(buildReadingParagraphs(article, none))).toEqual([
      [[null, ['Alpha met Beta. "We agree," Beta said.|']]],
    ]);
  });

  test('event sentences become groups; the selected one is marked; people and quotes nest inside', () => {
    const input: HighlightInput = {
      eventSpans: [
        { start: 0, end: 15, eventId: 'meet' },
        { start: 16, end: 38, eventId: 'talk' },
      ],
      selectedEventId: 'meet',
      personSpans: [
        { start: 10, end: 14 },
        { start: 28, end: 32 },
      ],
      quoteSpans: [{ start: 17, end: 25 }],
    };
    expect(picture(buildReadingParagraphs(article, input))).toEqual([
      [
        ['meet', ['Alpha met |E', 'Beta|EP', '.|E']],
        [null, [' |']],
        ['talk', ['"|', 'We agree|Q', '," |', 'Beta|P', ' said.|']],
      ],
    ]);
  });

  test('where two events share a sentence the selected one wins the link', () => {
    const eventSpans = [
      { start: 0, end: 15, eventId: 'a' },
      { start: 0, end: 15, eventId: 'b' },
    ];
    expect(buildReadingParagraphs(article, { ...none, eventSpans, selectedEventId: 'b' })[0]?.groups[0]?.eventId).toBe(
      'b',
    );
    expect(buildReadingParagraphs(article, { ...none, eventSpans, selectedEventId: null })[0]?.groups[0]?.eventId).toBe(
      'a',
    );
  });

  test('spans past the text or paragraph are clipped; the runs always rebuild the paragraph exactly', () => {
    const input = { ...none, personSpans: [{ start: 30, end: 999 }], quoteSpans: [{ start: -5, end: 3 }] };
    const [paragraph] = buildReadingParagraphs(article, input);
    const rebuilt = paragraph?.groups.flatMap((group) => group.runs.map((run) => run.text)).join('');
    expect(rebuilt).toBe(text.slice(0, 38));
  });
});

describe('selectHighlightInput', () => {
  test("collects the article's event spans, the selected people's mentions and its quotes", () => {
    const input = selectHighlightInput(appCorpus, 'reuters-accord', 'ban-ki-moon-john-kerry-signing', [
      'segolene-royal',
    ]);
    expect(input.eventSpans.map((span) => span.eventId)).toEqual([
      'ban-ki-moon-segolene-royal-press-conference',
      'ban-ki-moon-john-kerry-signing',
    ]);
    const reuters = appCorpus.articles[1]!.text;
    expect(input.personSpans.map((span) => reuters.slice(span.start, span.end))).toEqual(['Ségolène Royal']);
    expect(input.quoteSpans.map((span) => reuters.slice(span.start, span.end))).toEqual([
      'The era of consumption without consequences is over',
    ]);
  });
});
