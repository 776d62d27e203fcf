import { describe, expect, test } from 'vitest';
import { validateCorpus } from '../../src/corpus/schema.ts';
import { formatPublished } from '../../src/app/cards/format-published.ts';
import { selectDay } from '../../src/app/selectors/day.ts';
import { selectEventSentenceGroups } from '../../src/app/selectors/event-reports.ts';
import { orderEvents } from '../../src/app/selectors/event-sequence.ts';
import { selectOutletOptions, selectPersonOptions } from '../../src/app/filters/filter-options.ts';
import { selectVisibleArticles } from '../../src/app/selectors/visible-articles.ts';
import { formatLongDate } from '../../src/app/shared/format-day.ts';
import { formatInstantInDay } from '../../src/app/shared/format-window.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';
import type { TimelineEvent } from '../../src/corpus/schema.ts';

test('the fixture corpus passes the schema', () => {
  expect(validateCorpus(appCorpus)).toMatchObject({ ok: true });
});

describe('selectDay', () => {
  test('the day runs 00:00 to 24:00 in the corpus zone', () => {
    const day = selectDay(appCorpus);
    expect(day.range).toEqual([Date.parse('2016-04-22T00:00:00-04:00'), Date.parse('2016-04-23T00:00:00-04:00')]);
    expect(day.zoneLabel).toBe('EDT');
    expect(day.dateLabel).toBe('Friday 22 April 2016');
    expect(formatLongDate('2021-12-06')).toBe('Monday 6 December 2021');
  });

  test('instants outside the day name their weekday', () => {
    const day = selectDay(appCorpus);
    expect(formatInstantInDay(Date.parse('2016-04-21T19:00:00-04:00'), day)).toBe('Thu 19:00');
    expect(formatInstantInDay(day.range[1], day)).toBe('24:00');
  });
});

describe('selectVisibleArticles', () => {
  test.each<[string, string[], string[], string[]]>([
    ['no filters', [], [], ['guardian-signing', 'reuters-accord', 'blog-royal']],
    ['any selected person', ['john-kerry', 'segolene-royal'], [], ['guardian-signing', 'reuters-accord', 'blog-royal']],
    ['one person', ['segolene-royal'], [], ['reuters-accord', 'blog-royal']],
    ['outlet by publisher', [], ['the-guardian'], ['guardian-signing']],
    ['outlet by wire credit', [], ['afp'], ['guardian-signing']],
    ['both filters', ['segolene-royal'], ['reuters'], ['reuters-accord']],
    ['nothing left', ['john-kerry'], ['afp', 'reuters'], ['guardian-signing', 'reuters-accord']],
  ])('%s', (_name, people, outlets, expected) => {
    expect(selectVisibleArticles(appCorpus, people, outlets, null).map((article) => article.id)).toEqual(expected);
  });
});

test('filter options count articles over the whole corpus when nothing else is filtered', () => {
  expect(selectPersonOptions(appCorpus, [], null).map((o) => `${o.name} (${o.count})`)).toEqual([
    'Ban Ki-moon (2)',
    'John Kerry (2)',
    'Ségolène Royal (2)',
  ]);
  expect(selectOutletOptions(appCorpus, [], null).map((o) => `${o.name} ${o.kind} (${o.count})`)).toEqual([
    'AFP wire (1)',
    'Reuters wire (1)',
    'The Guardian publisher (1)',
  ]);
});

test('a filter option counts what ticking it would show under the other filter and the search, in the same order', () => {
  // Under the outlet Reuters: the Reuters article names all three.
  expect(selectPersonOptions(appCorpus, ['reuters'], null).map((o) => `${o.name} (${o.count} of ${o.total})`)).toEqual([
    'Ban Ki-moon (1 of 2)',
    'John Kerry (1 of 2)',
    'Ségolène Royal (1 of 2)',
  ]);
  // Under the person Ségolène Royal: Reuters has one of her articles, the Guardian (and its AFP copy) none.
  expect(selectOutletOptions(appCorpus, ['segolene-royal'], null).map((o) => `${o.name} (${o.count})`)).toEqual([
    'AFP (0)',
    'Reuters (1)',
    'The Guardian (0)',
  ]);
  // A search that matches only the blog.
  const onlyBlog = new Map([['blog-royal', new Set(['morocco'])]]);
  expect(selectPersonOptions(appCorpus, [], onlyBlog).map((o) => `${o.name} (${o.count})`)).toEqual([
    'Ban Ki-moon (0)',
    'John Kerry (0)',
    'Ségolène Royal (1)',
  ]);
});

describe('orderEvents', () => {
  test('an event comes after the events it follows, whatever the input order', () => {
    const ordered = orderEvents(appCorpus.events);
    expect(ordered.map((item) => [item.step, item.event.id])).toEqual([
      [1, 'ban-ki-moon-john-kerry-signing'],
      [2, 'ban-ki-moon-segolene-royal-press-conference'],
    ]);
    expect(ordered[1]?.afterTitles).toEqual(['Signing of the Paris Agreement']);
  });

  test('cycles and unknown ids do not lose events', () => {
    const base = appCorpus.events[0] as TimelineEvent;
    const link = (eventId: string) => ({ eventId, source: { articleId: 'x', start: 0, end: 1 } });
    const events: TimelineEvent[] = [
      { ...base, id: 'a', title: 'A', after: [link('b')] },
      { ...base, id: 'b', title: 'B', after: [link('a'), link('missing')] },
      { ...base, id: 'c', title: 'C', after: [] },
    ];
    expect(orderEvents(events).map((item) => item.event.id)).toEqual(['c', 'a', 'b']);
  });
});

test('event sentences are sliced from the article text and grouped by article', () => {
  const groups = selectEventSentenceGroups(appCorpus, 'ban-ki-moon-segolene-royal-press-conference');
  expect(groups.map((group) => [group.article.id, group.sentences])).toEqual([
    ['reuters-accord', ['After the ceremony Ban Ki-moon and Ségolène Royal spoke to reporters at a press conference.']],
    ['blog-royal', ['At the press conference she said the agreement must enter into force quickly.']],
  ]);
});

describe('formatPublished', () => {
  const basis = (kind: 'explicit' | 'inferred' | 'unknown') => ({ kind, reason: 'why', span: null });
  test.each<[string, string | null, 'explicit' | 'inferred' | 'unknown', string, boolean]>([
    ['a time, in the corpus zone', '2016-04-22T18:05:00Z', 'explicit', '22 Apr 2016, 14:05 EDT', false],
    ['a date without a time is not shifted', '2016-04-22', 'explicit', '22 Apr 2016', false],
    ['an inferred date', '2016-04-22', 'inferred', '22 Apr 2016', true],
    ['no date', null, 'unknown', 'date not stated', false],
    ['garbage', 'yesterday', 'explicit', 'date not stated', false],
  ])('%s', (_name, published, kind, text, inferred) => {
    const result = formatPublished({ published, publishedBasis: basis(kind) }, 'America/New_York');
    expect([result.text, result.inferred]).toEqual([text, inferred]);
  });
});
