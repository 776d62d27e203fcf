/**
 * How a happening is referred to across sentences: "it" in the next sentence, "the second" after "the first eruption",
 * "the first …" against "a second …", a bare "followed", a list's bullet, and a clock read in the place named after it.
 * Articles written for this test: two eruptions on one night, reported by a wire, a live blog and a list-style blog.
 */
import { describe, expect, test } from 'vitest';
import { corpusOfTexts as corpusOf } from './load-folder.ts';

describe('two eruptions on one day', () => {
  const corpus = corpusOf({
    '01_wire.txt':
      'Published 10 March 2025\n\nREYKJAVIK, March 10 (Reuters) - The first eruption began at 2:12 a.m. near the fishing town of Grindavik on Monday. The second, a smaller one, opened a fissure north of the town at 11:47 a.m., some nine hours later.',
    '02_live.txt':
      'LIVE: Reykjanes eruptions\n\nMonday 10 March 2025. All times GMT\n\n11:52 GMT\nBREAKING: A second eruption has begun north of Grindavik. The Met Office says it started at 11:47 local time.\n\n02:20 GMT\nAn eruption has begun near Grindavik, the Met Office says.',
    '03_blog.txt':
      'Volcano watch: what we know\n\nPosted by Asa | Lava blog\n\n- The first eruption began overnight near Grindavik on Monday.\n- A second eruption followed just before noon, this time north of the town.',
  });
  const startingAt = (utc: string) => corpus.events.filter((event) => Date.parse(event.start) === Date.parse(utc));
  const articlesOf = (event: (typeof corpus.events)[number] | undefined) =>
    event?.sources.map((source) => source.articleId).sort();

  test('"The second, a smaller one, opened …" after "The first eruption" is about an eruption, and "it started" goes on about the entry’s news', () => {
    expect(startingAt('2025-03-10T11:47:00Z')).toHaveLength(1);
    // "The Met Office says …" names an office: no meeting.
    expect(corpus.events.filter((event) => event.kind === 'meeting')).toEqual([]);
    expect(articlesOf(startingAt('2025-03-10T11:47:00Z')[0])).toEqual(['01-wire', '02-live', '03-blog']);
  });

  test('"The first eruption …" does not report the second, and a bare "followed" is a happening with its bullet left out of the title', () => {
    const second = startingAt('2025-03-10T11:47:00Z')[0]!;
    const blogSentences = second.sources
      .filter((source) => source.articleId === '03-blog')
      .flatMap((source) => source.spans);
    const blog = corpus.articles.find((article) => article.id === '03-blog')!;
    expect(blogSentences.map((span) => blog.text.slice(span.start, span.end))).toEqual([
      expect.stringMatching(/^- A second eruption followed/),
    ]);
    expect(corpus.events.filter((event) => /^[-–•*]/.test(event.title))).toEqual([]);
  });
});

test('"closed at 3 p.m. in Helsinki" is read on Helsinki’s clock, not the dateline’s', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 12 March 2025\n\nLONDON, March 12 - Shares of the airline Nordair tumbled 9 percent to close at 3 p.m. in Helsinki on Wednesday.',
  });
  const close = corpus.events.find((event) => /tumbled/.test(event.title));
  expect(close && new Date(close.start).toISOString()).toBe('2025-03-12T13:00:00.000Z');
});

test('a live-blog entry set in capitals ("CYCLONE IRMA SLAMS INTO DARWIN!") is tagged like any sentence and titled in sentence case', () => {
  const corpus = corpusOf({
    'live.txt':
      'LIVE: Cyclone Irma\n\nPublished 14 January 2025. Times are Darwin time\n\n14:05\nCYCLONE IRMA SLAMS INTO DARWIN! Winds of 180 km/h are being recorded.\n\n09:00\nGood morning and welcome to our coverage.',
  });
  const landfall = corpus.events.find((event) => event.start.includes('T14:05'));
  expect(landfall?.title).toMatch(/^Cyclone irma slams into darwin/);
});

test('the writer speaking of themselves ("welcome to our coverage", "that is all from us") is not news; the entry’s next sentence is', () => {
  const corpus = corpusOf({
    'live.txt':
      'LIVE: Ferry strike\n\nPublished 9 October 2025\n\n16:20\nThat is all from us today. The ferry union has ended the strike.\n\n08:00\nGood morning and welcome to our coverage of the ferry strike.',
  });
  const titles = corpus.events.map((event) => event.title);
  expect(titles.filter((title) => /\b(?:our|us|I)\b/.test(title))).toEqual([]);
  expect(titles).toEqual(expect.arrayContaining([expect.stringMatching(/ended the strike/)]));
});
