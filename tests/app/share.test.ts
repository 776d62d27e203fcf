import { describe, expect, test, vi } from 'vitest';
import { eventPagePath, parseEventPagePath } from '../../src/corpus/event-page-path.ts';
import { shareLink } from '../../src/app/event-detail/share-link.ts';
import { buildEventShareUrl, resolveEventPageLocation } from '../../src/app/store/event-page-url.ts';

describe('event page paths', () => {
  test.each([
    ['/events/meeting-a-b/', { eventId: 'meeting-a-b', basePath: '/' }],
    ['/events/meeting-a-b/index.html', { eventId: 'meeting-a-b', basePath: '/' }],
    ['/site/events/2%2B2-dialogue/', { eventId: '2+2-dialogue', basePath: '/site/' }],
    ['/', null],
    ['/events/', null],
    ['/events/a/b/', null],
    ['/events/%E0%A4%A/', null],
  ])('%s', (pathname, expected) => {
    expect(parseEventPagePath(pathname)).toEqual(expected);
  });

  test('an id round-trips through the path', () => {
    const id = '21st-summit+ü';
    expect(parseEventPagePath(`/${eventPagePath(id)}`)?.eventId).toBe(id);
  });
});

describe('resolveEventPageLocation', () => {
  test.each([
    [{ pathname: '/events/x/', search: '', hash: '' }, '/?event=x'],
    [{ pathname: '/events/x/', search: '?person=a,b&event=y', hash: '#top' }, '/?event=x&person=a,b#top'],
    [{ pathname: '/sub/events/x/index.html', search: '?q=talks', hash: '' }, '/sub/?event=x&q=talks'],
    [{ pathname: '/', search: '?event=x', hash: '' }, null],
  ])('%o -> %s', (location, expected) => {
    expect(resolveEventPageLocation(location)).toBe(expected);
  });
});

describe('buildEventShareUrl', () => {
  test.each([
    ['http://127.0.0.1:4173/?event=x', 'x', 'http://127.0.0.1:4173/events/x/'],
    ['https://example.org/sub/?event=x&person=a&outlet=b', 'x', 'https://example.org/sub/events/x/?person=a&outlet=b'],
    ['https://example.org/sub/index.html?person=a', 'a b', 'https://example.org/sub/events/a%20b/?person=a'],
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
