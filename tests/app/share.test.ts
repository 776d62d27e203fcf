import { describe, expect, test, vi } from 'vitest';
import { eventPagePath, parseEventPagePath } from '../../src/corpus/event-page-path.ts';
import { shareLink } from '../../src/app/event-detail/share-link.ts';
import {
  buildEventShareUrl,
  describeIgnoredEvents,
  resolveEventPageLocation,
  toAppPathname,
} from '../../src/app/store/event-page-url.ts';

describe('event page paths', () => {
  test.each([
    ['/events/meeting-a-b/', { eventId: 'meeting-a-b', basePath: '/' }],
    ['/events/meeting-a-b', { eventId: 'meeting-a-b', basePath: '/' }],
    ['/events/meeting-a-b/index.html', { eventId: 'meeting-a-b', basePath: '/' }],
    ['/site/events/2%2B2-dialogue/', { eventId: '2+2-dialogue', basePath: '/site/' }],
    ['/site/events/2%2B2-dialogue', { eventId: '2+2-dialogue', basePath: '/site/' }],
    ['/', null],
    ['/events', null],
    ['/events/', null],
    ['/events/a/b/', null],
    ['/events/a/b', null],
    ['/events/%E0%A4%A/', null],
    ['/events/%E0%A4%A', null],
    // The index page of an app based at /events/, not an event called "index.html".
    ['/events/index.html', null],
  ])('%s', (pathname, expected) => {
    expect(parseEventPagePath(pathname)).toEqual(expected);
  });

  test('an id round-trips through the path, with or without its final slash', () => {
    const id = '21st-summit+ü';
    expect(parseEventPagePath(`/${eventPagePath(id)}`)?.eventId).toBe(id);
    expect(parseEventPagePath(`/${eventPagePath(id)}`.replace(/\/$/, ''))?.eventId).toBe(id);
  });
});

describe('resolveEventPageLocation', () => {
  test.each([
    [{ pathname: '/events/x/', search: '', hash: '' }, '/?event=x'],
    [{ pathname: '/events/x', search: '', hash: '' }, '/?event=x'],
    [{ pathname: '/events/x/', search: '?person=a,b&event=x', hash: '#top' }, '/?event=x&person=a,b#top'],
    [{ pathname: '/events/x', search: '?person=a,b', hash: '#top' }, '/?event=x&person=a,b#top'],
    [{ pathname: '/sub/events/x/index.html', search: '?q=talks', hash: '' }, '/sub/?event=x&q=talks'],
    [{ pathname: '/sub/events/x', search: '?q=talks', hash: '' }, '/sub/?event=x&q=talks'],
    [{ pathname: '/', search: '?event=x', hash: '' }, null],
  ])('%o -> %s', (location, expected) => {
    expect(resolveEventPageLocation(location)?.href ?? null).toBe(expected);
  });

  test.each<[string, string, string[]]>([
    ['no event in the link', '?person=a', []],
    ['the same event', '?event=x', []],
    ['the same event, encoded with spaces around it', '?event=%20x+', []],
    ['a blank event', '?event=', []],
    ['another event', '?event=y', ['y']],
    ['another event, slash-less page', '?event=y&q=talks', ['y']],
    ["several, with a repeat and the page's own", '?event=y&event=x&event=z&event=y', ['y', 'z']],
    ['broken percent-encoding is kept raw', '?event=%E0%A4%A', ['%E0%A4%A']],
  ])('ignored events: %s (%s)', (_name, search, ignored) => {
    for (const pathname of ['/events/x/', '/events/x']) {
      const resolved = resolveEventPageLocation({ pathname, search, hash: '' });
      expect(resolved?.eventId).toBe('x');
      expect(resolved?.ignoredEventIds).toEqual(ignored);
      expect(resolved?.href).not.toMatch(/event=(?!x(&|$))/);
    }
  });
});

describe('describeIgnoredEvents', () => {
  test.each<[string, string[], string | undefined, string | null]>([
    ['nothing ignored', [], 'Press conference', null],
    [
      'one, with the title',
      ['y'],
      'Press conference',
      'Showing this page\'s event "Press conference"; ignored the link\'s other event "y".',
    ],
    [
      'one, without the title',
      ['y'],
      undefined,
      'Showing this page\'s event "x"; ignored the link\'s other event "y".',
    ],
    [
      'two',
      ['y', 'z'],
      'Press conference',
      'Showing this page\'s event "Press conference"; ignored the link\'s other events "y", "z".',
    ],
    [
      'many',
      ['a', 'b', 'c', 'd', 'e'],
      'P',
      'Showing this page\'s event "P"; ignored the link\'s other events "a", "b", "c" and 2 more.',
    ],
    [
      'control and bidi characters are cleaned',
      ['\u202eevil\u0000'],
      'P',
      'Showing this page\'s event "P"; ignored the link\'s other event "evil".',
    ],
  ])('%s', (_name, ignoredEventIds, title, expected) => {
    expect(describeIgnoredEvents({ eventId: 'x', ignoredEventIds }, title)).toBe(expected);
  });
});

describe('toAppPathname', () => {
  test.each([
    ['/', '/'],
    ['/sub/', '/sub/'],
    ['/sub/index.html', '/sub/index.html'],
    ['/events/a/', '/'],
    ['/events/a', '/'],
    ['/sub/events/a', '/sub/'],
  ])('%s -> %s', (pathname, expected) => {
    expect(toAppPathname(pathname)).toBe(expected);
  });
});

describe('buildEventShareUrl', () => {
  test.each([
    ['http://127.0.0.1:4173/?event=x', 'x', 'http://127.0.0.1:4173/events/x/'],
    ['https://example.org/sub/?event=x&person=a&outlet=b', 'x', 'https://example.org/sub/events/x/?person=a&outlet=b'],
    ['https://example.org/sub/index.html?person=a', 'a b', 'https://example.org/sub/events/a%20b/?person=a'],
    // From an event's page (the app not yet at its own address) the link is the other event's page beside it.
    ['https://example.org/events/a/?person=p', 'b', 'https://example.org/events/b/?person=p'],
    ['https://example.org/events/a?event=a', 'b', 'https://example.org/events/b/'],
    ['https://example.org/sub/events/a', 'b', 'https://example.org/sub/events/b/'],
  ])('%s', (href, eventId, expected) => {
    expect(buildEventShareUrl(href, eventId)).toBe(expected);
  });
});

describe('shareLink', () => {
  const data = { url: 'https://example.org/events/x/', title: 'X' };

  test('uses the share sheet when there is one', async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    expect(await shareLink(data, { share, clipboard: { writeText } })).toBe('shared');
    expect(share).toHaveBeenCalledWith({ url: data.url, title: 'X' });
    expect(writeText).not.toHaveBeenCalled();
  });

  test('a dismissed share sheet is cancelled, not copied', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('dismissed', 'AbortError');
    });
    const writeText = vi.fn(async () => {});
    expect(await shareLink(data, { share, clipboard: { writeText } })).toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });

  test('copies when there is no share sheet or it refuses', async () => {
    const writeText = vi.fn(async () => {});
    expect(await shareLink(data, { clipboard: { writeText } })).toBe('copied');
    const refuse = vi.fn(async () => {
      throw new DOMException('not allowed', 'NotAllowedError');
    });
    expect(await shareLink(data, { share: refuse, clipboard: { writeText } })).toBe('copied');
    expect(writeText).toHaveBeenCalledTimes(2);
  });

  test('fails when neither works', async () => {
    expect(await shareLink(data, {})).toBe('failed');
    const writeText = vi.fn(async () => {
      throw new Error('denied');
    });
    expect(await shareLink(data, { clipboard: { writeText } })).toBe('failed');
  });
});
