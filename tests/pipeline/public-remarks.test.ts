/**
 * Speaking in public as an event: "told reporters", "said in a statement", "is speaking now". Articles written for this
 * test: a dam spillway failure on a river in Portugal, reported by a wire, a live blog with local stamps and a next-day piece.
 */
import { describe, expect, test } from 'vitest';
import { corpusOfTexts as corpusOf, textAt } from './load-folder.ts';

describe('a spillway failure day', () => {
  const corpus = corpusOf({
    '01_wire.txt':
      'Spillway gives way at Portuguese dam\n\nPublished 14 March 2026 19:40 GMT\n\nCOIMBRA, Portugal, March 14 (Reuters) - A section of the spillway at the Alvorada dam collapsed at 7:12 a.m. on Saturday, forcing the evacuation of three villages downstream. ' +
      '"We will not let anyone back until the engineers are sure," Interior Minister Duarte Vaz told reporters in Coimbra, adding that the river would crest at 6 p.m. ' +
      'Civil protection chief Helena Morais told a news conference in the evening that 1,240 people had left their homes. ' +
      'The utility said the reservoir was being drawn down.',
    '02_live.txt':
      'LIVE: Alvorada dam spillway\n\nSaturday 14 March 2026. Times are Lisbon time\n\n' +
      '18:05\nHelena Morais is giving an update in Coimbra now: 1,240 people evacuated, no injuries reported.\n\n' +
      '11:30\nInterior Minister Duarte Vaz is speaking now at the civil protection centre in Coimbra. "Nobody goes home tonight," he says.\n\n' +
      '07:40\nA section of the spillway has collapsed at the Alvorada dam.',
    '03_nextday.txt':
      'Villagers wait to return\n\nPublished 15 March 2026\n\nCOIMBRA, March 15 - Families from three villages spent the night in school halls. Duarte Vaz said in a statement that the ban would be reviewed on Monday. ' +
      'Engineer Rui Salgado said the concrete had been cracked for years.',
  });
  const remarksOf = (name: RegExp) =>
    corpus.events
      .filter((event) => event.kind === 'speech' || event.kind === 'press-conference')
      .filter((event) => name.test(event.title));

  test('remarks to reporters and a live "is speaking now" are one event, timed by the blog entry, not by a time in the reported words', () => {
    const [remarks, ...others] = remarksOf(/Duarte Vaz/);
    expect(others).toEqual([]);
    expect(remarks).toMatchObject({ title: 'Remarks by Duarte Vaz', start: '2026-03-14T11:30:00+00:00' });
    expect(remarks!.sources.map((source) => source.articleId)).toEqual(['01-wire', '02-live', '03-nextday']);
  });

  test('a news conference and a live "is giving an update" by the same person are one event, at the stamped time within the evening', () => {
    const [briefing, ...others] = remarksOf(/Helena Morais/);
    expect(others).toEqual([]);
    expect(briefing).toMatchObject({ kind: 'press-conference', start: '2026-03-14T18:05:00+00:00' });
    expect(briefing!.sources.map((source) => source.articleId)).toEqual(['01-wire', '02-live']);
  });

  test('remarks and a briefing with a stated start and no stated end are shown at their start, not run to the end of the day or the evening', () => {
    for (const speaker of [/Duarte Vaz/, /Helena Morais/]) {
      const [event] = remarksOf(speaker);
      expect([event!.end, event!.timeBasis.end.reason]).toEqual([
        event!.start,
        expect.stringMatching(/^Shown at its start/),
      ]);
    }
  });

  test('a bare "said" by one article is where a quote came from, not an event', () => {
    expect(remarksOf(/Rui Salgado/)).toEqual([]);
    expect(
      corpus.events.filter((event) =>
        event.sources.some((source) => /concrete/.test(textAt(corpus, source.articleId, source.spans[0]!))),
      ),
    ).toEqual([]);
  });

  test('a time a speaker says inside quotation marks is not when the sentence’s event happened', () => {
    const vaz = remarksOf(/Duarte Vaz/)[0]!;
    expect(vaz.start).not.toContain('T19:00');
    expect(vaz.start).not.toContain('T18:00');
  });
});

describe('remarks one article reports', () => {
  const corpus = corpusOf({
    '01_wire.txt':
      'Ferry firm answers critics\n\nPublished 2 May 2026\n\nOSLO, May 2 - The ferry operator Fjordlink said late Friday it would refund every ticket. Its chief executive Ingrid Lunde told reporters at the Bergen terminal that the timetable would return on Sunday. ' +
      'Transport minister Knut Berge said the firm had been warned. Mayor Siri Holm said on Friday that the city would run extra buses.',
  });

  test('remarks with a setting and no time of their own are one article’s aside; a bare "said" is no event', () => {
    expect(corpus.events.filter((event) => /Lunde|Berge/.test(event.title))).toEqual([]);
  });

  test('remarks the article dates ("said on Friday") are an event of that day', () => {
    const holm = corpus.events.filter((event) => /Siri Holm/.test(event.title));
    expect(holm.map((event) => [event.title, event.start.slice(0, 10)])).toEqual([
      ['Remarks by Siri Holm', '2026-05-01'],
    ]);
  });
});
