/**
 * Verbs that report one happening in other words (WordNet senses), and what a clock may join. Articles written for
 * this test: an earthquake on an island, a product launch with a live blog.
 */
import { describe, expect, test } from 'vitest';
import { verbsRelated } from '../../src/pipeline/verb-senses.ts';
import { corpusOfTexts as corpusOf } from './load-folder.ts';

describe('verbsRelated', () => {
  test.each([
    ['declare', 'announce'],
    ['hit', 'strike'],
    ['beat', 'defeat'],
    ['sign', 'ratify'],
    ['resign', 'quit'],
  ])('%s and %s can report the same happening', (a, b) => {
    expect(verbsRelated(a, b)).toBe(true);
  });

  test.each([
    ['win', 'lose'],
    ['rise', 'fall'],
    ['arrive', 'leave'],
    ['hit', 'announce'],
    ['go', 'come'],
  ])('%s and %s cannot', (a, b) => {
    expect(verbsRelated(a, b)).toBe(false);
  });
});

test('"A strong earthquake hit the island" and "an earthquake struck the island" are one happening, with no clock or person to tie them', () => {
  const corpus = corpusOf({
    'a.txt':
      'Published 4 June 2025\n\nSUVA, June 4 - A strong earthquake hit the island of Taveuni on Wednesday, damaging a jetty.',
    'b.txt':
      'Published 5 June 2025\n\nSUVA, June 5 - An earthquake struck Taveuni island on Wednesday, residents said.',
  });
  const quake = corpus.events.filter((event) => /earthquake/i.test(event.title));
  expect(quake.map((event) => event.sources.map((source) => source.articleId).sort())).toEqual([['a', 'b']]);
});

test('a live blog’s stamped entry does not lend its clock to untimed reports of something else the same person did', () => {
  const corpus = corpusOf({
    '01_wire.txt':
      'Published 3 March 2026\n\nOSLO, March 3 (Reuters) - Chief executive Dana Ruiz unveiled the Orbit phone on Tuesday, and said Ruiz Labs would sell it from May.',
    '02_live.txt':
      'LIVE: Orbit launch\n\nTuesday 3 March 2026. Times are Oslo time\n\n11:02\nDana Ruiz announces the company is renaming itself Ruiz Group.',
    '03_paper.txt': 'Published 3 March 2026\n\nOSLO - Dana Ruiz unveiled the Orbit phone on Tuesday at a packed hall.',
  });
  const unveiling = corpus.events.find((event) => /unveiled/.test(event.title));
  expect(unveiling?.sources.map((source) => source.articleId).sort()).toEqual(['01-wire', '03-paper']);
  expect(unveiling?.timeBasis.start.reason).not.toMatch(/clock/);
});
