import { expect, test } from 'vitest';
import { correctionsFileOf, serializeCorrections } from '../../src/corpus/corrections/corrections-to-file.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { BERTH, reasons } from './correct-corpus.ts';

// What the page downloads after an editor's corrections must rebuild the same corpus from the same articles.
test('a corpus written back as corrections.json rebuilds the same corpus', () => {
  const input = readArticleFolder(BERTH);
  const corrections = {
    people: [
      { merge: ['Yusuf Kareem', 'Yusuf Karim'], name: 'Yusuf Karim', note: 'one official, two spellings' },
      { notAPerson: 'Maria Stella', note: 'a container ship' },
      { person: 'Grace Wanjiru', role: 'Cabinet Secretary for Transport', note: 'her title' },
    ],
    articles: {
      '000_coast_herald.txt': { outlet: 'Coast Herald', published: '2024-03-14T17:20:00+03:00', note: 'masthead' },
      '001_daily_tide.txt': { published: '2024-03-14', note: 'masthead' },
    },
    events: [
      { merge: ['ceremony-began', 'on-thursday-opened-a-container-berth-in'], note: 'one opening' },
      { event: 'ceremony-began', title: 'Opening of the container berth', place: 'Kilindini harbour', note: 'title' },
      { remove: 'transport-cabinet-secretary-grace-wanjiru-attended-the', note: 'part of the opening' },
      {
        add: {
          title: 'Berth finished',
          start: '2024-03-14T09:00:00+03:00',
          end: '2024-03-14T09:00:00+03:00',
          sources: [{ file: '001_daily_tide.txt', start: 0, end: 44 }],
        },
        note: 'stated in the report',
      },
    ],
  };
  const first = buildCorpus({ ...input, correctionsJson: JSON.stringify(corrections) });
  expect(reasons(first)).toEqual([]);
  expect(first.corrections).toHaveLength(9);
  const written = serializeCorrections(correctionsFileOf(first));
  const second = buildCorpus({ ...input, correctionsJson: written });
  expect(reasons(second)).toEqual([]);
  expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  // Targets by id, as the page knows them.
  expect(JSON.parse(written).people[0]).toEqual({
    merge: ['yusuf-kareem', 'yusuf-karim'],
    name: 'Yusuf Karim',
    note: 'one official, two spellings',
  });
});

test('later corrections of the same people and events still rebuild the same corpus', () => {
  const input = readArticleFolder(BERTH);
  const corrections = {
    people: [
      { person: 'Maria Stella', name: 'MV Maria Stella', note: 'a ship’s name' },
      { notAPerson: 'MV Maria Stella', note: 'a ship' },
    ],
    events: [
      {
        add: {
          title: 'Berth finished',
          start: '2024-03-14T09:00:00+03:00',
          end: '2024-03-14T09:00:00+03:00',
          sources: ['001_daily_tide.txt'],
        },
        note: 'stated',
      },
      { event: 'berth-finished', title: 'Berth completed', note: 'wording' },
      { event: 'ceremony-began', title: 'Opening', note: 'title' },
      { remove: 'ceremony-began', note: 'changed my mind' },
    ],
  };
  const first = buildCorpus({ ...input, correctionsJson: JSON.stringify(corrections) });
  expect(reasons(first)).toEqual([
    'error: events[2] and events[3] contradict each other (one removes “ceremony-began”, the other corrects it); neither applied',
  ]);
  const written = serializeCorrections(correctionsFileOf(first));
  const second = buildCorpus({ ...input, correctionsJson: written });
  expect(reasons(second)).toEqual([]);
  expect(second.events).toEqual(first.events);
  expect(second.people).toEqual(first.people);
  // The added event keeps its first id, whatever it is later called.
  expect(first.events.find((event) => event.title === 'Berth completed')?.id).toBe('berth-finished');
  expect(JSON.parse(written).events[0].add.id).toBe('berth-finished');
});
