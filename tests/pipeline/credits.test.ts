import { describe, expect, test } from 'vitest';
import { findCredits } from '../../src/pipeline/credits.ts';
import { segmentArticle } from '../../src/pipeline/segment.ts';
import { articleOf, corpusOf, textAt } from './load-folder.ts';

function creditsOf(text: string) {
  const segments = segmentArticle(text);
  return findCredits(text, segments.paragraphs, segments.dateline);
}

describe('credits on the seeds', () => {
  const corpus = corpusOf('seeds');

  test.each([
    ['000', 'Jagran', ['PTI', 'ANI'], 'Aalok Sensharma'],
    ['001', null, ['ANI'], null],
    ['002', null, [], null],
    ['003', null, [], null],
    ['004', null, ['SNS'], null],
  ])('%s: outlet %s, wires %j, author %s', (prefix, outlet, wires, author) => {
    const article = articleOf(corpus, prefix);
    expect(article.outlet?.name ?? null).toBe(outlet);
    expect(article.wires.map((wire) => wire.name)).toEqual(wires);
    expect(article.author).toBe(author);
  });

  test('each wire credit points at the words that credit it', () => {
    for (const article of corpus.articles) {
      for (const wire of article.wires)
        expect(textAt(corpus, article.id, wire.span).toUpperCase()).toBe(wire.name.toUpperCase());
    }
  });

  test('a wire known by its code carries its full name, in the credit and in the outlet list', () => {
    expect(articleOf(corpus, '004').wires.map((wire) => wire.fullName)).toEqual([
      'Statesman News Service, The Statesman’s news agency',
    ]);
    expect(corpus.outlets.map((outlet) => [outlet.id, outlet.fullName])).toEqual([
      ['jagran', null],
      ['ani', 'Asian News International'],
      ['pti', 'Press Trust of India'],
      ['sns', 'Statesman News Service, The Statesman’s news agency'],
    ]);
  });

  test('publishers and wires are told apart in the outlet list', () => {
    expect(corpus.outlets.map((outlet) => [outlet.id, outlet.kind, outlet.articleIds.length])).toEqual([
      ['jagran', 'publisher', 1],
      ['ani', 'wire', 2],
      ['pti', 'wire', 1],
      ['sns', 'wire', 1],
    ]);
  });

  test('an article with no named outlet says so instead of guessing', () => {
    expect(articleOf(corpus, '002').outletBasis).toBe('The text names no outlet');
    expect(articleOf(corpus, '001').outletBasis).toMatch(/credited to ANI/);
  });
});

describe('credit forms', () => {
  test.each([
    ['LONDON, May 2 (Reuters) - Talks began.', ['Reuters']],
    ['The talks began, PTI reported.\n(With inputs from IANS)', ['PTI', 'IANS']],
    ['Talks began, according to AFP.', ['AFP']],
    ['TASS quoted the minister as saying the talks began.', ['TASS']],
    ['Talks began. (UNI)', ['UNI']],
    ['The map app showed a gap in the talks.', []],
    ['NEW YORK (AP) — Talks began.', ['AP']],
    ['Talks began at noon.\nBy JILL ROE\nAssociated Press', ['AP']],
    ['Talks began at noon.\n(Press Trust of India)', ['PTI']],
    ['Talks began, Indo-Asian News Service reported.', ['IANS']],
    ['London, Sep 24 (PTI) Talks began at noon.', ['PTI']],
  ])('%j', (text, wires) => {
    expect(creditsOf(text).wires.map((wire) => wire.name)).toEqual(wires);
  });

  test.each([
    ['Written by Meera Nair\nThe talks began.', 'Meera Nair'],
    ['By Daniel Rowe\nThe talks began.', 'Daniel Rowe'],
    ['The talks began.\nPosted By: Aalok Sensharma', 'Aalok Sensharma'],
    ['Ministers meet\nBy Helen Ward, Legal Affairs Correspondent\nThe talks began.', 'Helen Ward'],
    ['The talks began.\nBy JILL ROE and DAN KIRK\nAssociated Press', 'JILL ROE and DAN KIRK'],
    ['The talks began.\n(Reporting by Ann Holt and Kay Mills; Editing by Guy Frank)', 'Ann Holt and Kay Mills'],
  ])('author in %j', (text, author) => {
    expect(creditsOf(text).author?.name).toBe(author);
  });

  test.each([
    ['The talks began.\n© Northern Herald Media 2019. All rights reserved.', 'Northern Herald Media'],
    ['The talks began.\nCopyright 2021 Example Daily, all rights reserved', 'Example Daily'],
  ])('publisher in %j', (text, publisher) => {
    expect(creditsOf(text).publisher?.name).toBe(publisher);
  });

  test('reporters named only in a credit line are authors, not people in the news', () => {
    const corpus = corpusOf('tests/fixtures/london-ruling');
    const names = corpus.people.map((person) => person.name);
    for (const reporter of ['Michael Holden', 'Kylie MacLellan', 'Guy Faulconbridge', 'Helen Ward', 'DANICA KIRKA'])
      expect(names).not.toContain(reporter);
    expect(articleOf(corpus, '01').author).toBe('Michael Holden and Kylie MacLellan');
  });
});

describe('publishers from mastheads, blog bylines and footers', () => {
  const publisherOf = (text: string) => {
    const segments = segmentArticle(text);
    return findCredits(text, segments.paragraphs, segments.dateline, segments.masthead).publisher?.name ?? null;
  };

  test.each([
    [
      'a masthead in capitals above a headline and a date line',
      'THE KENYA DAILY LEDGER\n\nFerry fire off Likoni\n\nUpdated March 10, 2024\n\nAll passengers were rescued on Saturday.',
      'The Kenya Daily Ledger',
    ],
    [
      'a masthead above a kicker in capitals and a byline',
      'THE HARBOUR GAZETTE\n\nSAFE AT LAST: ferry passengers rescued\n\nBy Amina Odhiambo\n\nAll passengers were rescued on Saturday.',
      'The Harbour Gazette',
    ],
    [
      'a headline in capitals above a second headline is not a masthead',
      'BALTIMORE BRIDGE COLLAPSES\n\nShip strikes span before dawn\n\nThe bridge fell at 1:28 a.m.',
      null,
    ],
    [
      'a news label is not a masthead',
      'BREAKING NEWS\n\nShip strikes bridge\n\nUpdated March 26, 2024\n\nThe bridge fell at 1:28 a.m.',
      null,
    ],
    ['a breadcrumb is not a blog byline', 'Markets slide\n\nBusiness | Markets\n\nShares fell on Monday.', null],
    ['share buttons are not a blog byline', 'Markets slide\n\nShares fell on Monday.\n\nShare | Tweet', null],
    [
      'a headline in capitals is not a masthead',
      'FERRY PASSENGERS RESCUED\n\nMOMBASA: All passengers were rescued on Saturday.',
      null,
    ],
    [
      'a blog byline with the site after a pipe',
      'Rescue thoughts\n\nPosted March 9, 2024 by seagull | Coast Notes Blog\n\nWhat a night it was.',
      'Coast Notes Blog',
    ],
    [
      'a handle and a site, the lower-case descriptor dropped',
      'Rescue thoughts\n\nseagull_99 | Coast Notes blog\n\nWhat a night it was.',
      'Coast Notes',
    ],
    [
      "a date after a blog byline's pipe is when it was posted, not a site",
      'Rescue thoughts\n\nPosted by seagull | March 9, 2024\n\nWhat a night it was.',
      null,
    ],
    [
      '"All rights reserved" after © names nobody',
      'Ferry fire\n\nAll passengers were rescued on Saturday.\n\n© 2024 All rights reserved.',
      null,
    ],
    [
      'a © line naming the owner',
      'Ferry fire\n\nAll passengers were rescued on Saturday.\n\n© 2024 Harbour Media. All rights reserved.',
      'Harbour Media',
    ],
  ])('%s', (_name, text, publisher) => {
    expect(publisherOf(text)).toBe(publisher);
  });
});
