import { describe, expect, test } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, stringifyUrlState, type UrlState } from '../../src/app/store/url-state.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

const SIGNING = 'ban-ki-moon-john-kerry-signing';
const PRESS = 'ban-ki-moon-segolene-royal-press-conference';

const state = (partial: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...partial });

describe('parseUrlState', () => {
  test.each<[string, string, UrlState]>([
    ['empty', '', DEFAULT_URL_STATE],
    ['just a question mark', '?', DEFAULT_URL_STATE],
    ['an event', `?event=${SIGNING}`, state({ eventId: SIGNING })],
    ['no leading ?', `event=${SIGNING}`, state({ eventId: SIGNING })],
    ['a person list', '?person=ban-ki-moon,john-kerry', state({ personIds: ['ban-ki-moon', 'john-kerry'] })],
    [
      'repeated person keys merge',
      '?person=ban-ki-moon&person=john-kerry',
      state({ personIds: ['ban-ki-moon', 'john-kerry'] }),
    ],
    ['encoded commas separate', '?outlet=reuters%2Cafp', state({ outletIds: ['reuters', 'afp'] })],
    ['duplicates collapse', '?person=john-kerry,john-kerry', state({ personIds: ['john-kerry'] })],
    ['empty list items are skipped', '?person=,,john-kerry,', state({ personIds: ['john-kerry'] })],
    ['search with + and %20', '?q=paris+climate%20deal', state({ q: 'paris climate deal' })],
    ['unknown params are ignored', `?utm_source=chat&event=${PRESS}`, state({ eventId: PRESS })],
    ['empty event', '?event=', DEFAULT_URL_STATE],
    [
      'everything',
      `?event=${PRESS}&person=segolene-royal&outlet=the-guardian,afp&q=royal`,
      state({ eventId: PRESS, personIds: ['segolene-royal'], outletIds: ['the-guardian', 'afp'], q: 'royal' }),
    ],
  ])('%s: %s', (_name, search, expected) => {
    const result = parseUrlState(search, appCorpus);
    expect(result.state).toEqual(expected);
    expect(result.notices).toEqual([]);
  });

  test.each<[string, string, UrlState, string[]]>([
    ['unknown event', '?event=xyz', DEFAULT_URL_STATE, ['Unknown event "xyz" in the link; showing the whole day.']],
    [
      'unknown person keeps the known one',
      '?person=nobody,john-kerry',
      state({ personIds: ['john-kerry'] }),
      ['Unknown person "nobody" in the link; ignored it.'],
    ],
    [
      'unknown outlet keeps the event',
      `?event=${SIGNING}&outlet=bbc`,
      state({ eventId: SIGNING }),
      ['Unknown outlet "bbc" in the link; ignored it.'],
    ],
    [
      'bad percent-encoding in event',
      '?event=%E0%A4%A',
      DEFAULT_URL_STATE,
      ['The event in the link is not valid percent-encoding; showing the whole day.'],
    ],
    [
      'bad percent-encoding in one person',
      '?person=%ZZ,ban-ki-moon',
      state({ personIds: ['ban-ki-moon'] }),
      ['The person in the link is not valid percent-encoding; ignored it.'],
    ],
    [
      'bad percent-encoding in search',
      `?q=%E0%A4&event=${SIGNING}`,
      state({ eventId: SIGNING }),
      ['The search in the link is not valid percent-encoding; ignored it.'],
    ],
    [
      'over-long event id',
      `?event=${'a'.repeat(500)}`,
      DEFAULT_URL_STATE,
      ['The event id in the link is too long; showing the whole day.'],
    ],
    [
      'over-long search is cut',
      `?q=${'x'.repeat(300)}`,
      state({ q: 'x'.repeat(200) }),
      ['The search in the link is too long; kept the first 200 characters.'],
    ],
    [
      'two events keep the first',
      `?event=${PRESS}&event=${SIGNING}`,
      state({ eventId: PRESS }),
      ['The link names more than one event; used the first.'],
    ],
    ['control characters in search', '?q=royal%00%0A', state({ q: 'royal' }), []],
    [
      'long unknown values are cut in the notice',
      `?person=${'p'.repeat(60)}`,
      DEFAULT_URL_STATE,
      [`Unknown person "${'p'.repeat(40)}…" in the link; ignored it.`],
    ],
    [
      'markup in the search is dropped',
      '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3Eroyal',
      state({ q: 'alert(1) royal' }),
      ['The search in the link held HTML markup; searching for "alert(1) royal" instead.'],
    ],
    [
      'a search of only markup',
      '?q=<img src=x onerror=alert(1)>',
      DEFAULT_URL_STATE,
      ['The search in the link held only HTML markup; ignored it.'],
    ],
    ['comparisons are not markup', '?q=a+<+b+>+c', state({ q: 'a < b > c' }), []],
    [
      'two searches keep the first',
      '?q=royal&q=kerry',
      state({ q: 'royal' }),
      ['The link names more than one search; used the first.'],
    ],
    [
      'bad percent-encoding in a key',
      `?%E0%A4=1&event=${SIGNING}`,
      state({ eventId: SIGNING }),
      ['A parameter name in the link is not valid percent-encoding; ignored it.'],
    ],
    [
      'too many parameters',
      `?${Array.from({ length: 120 }, (_, index) => `x${index}=1`).join('&')}&event=${SIGNING}`,
      DEFAULT_URL_STATE,
      ['The link has more than 100 parameters; read the first 100.'],
    ],
    [
      'bidi overrides do not reach the notice',
      '?outlet=%E2%80%AEcba%E2%80%AC',
      DEFAULT_URL_STATE,
      ['Unknown outlet "cba" in the link; ignored it.'],
    ],
    ['bidi overrides leave the search', '?q=roy%E2%80%AEal', state({ q: 'royal' }), []],
  ])('%s: %s', (_name, search, expected, notices) => {
    const result = parseUrlState(search, appCorpus);
    expect(result.state).toEqual(expected);
    expect(result.notices).toEqual(notices);
  });

  const bogus = (count: number, prefix = 'nobody') =>
    Array.from({ length: count }, (_, index) => `${prefix}-${index}`).join(',');

  test.each<[string, string, UrlState, string[]]>([
    [
      'two unknown people are one notice',
      '?person=x,john-kerry,y',
      state({ personIds: ['john-kerry'] }),
      ['2 unknown person ids in the link ("x", "y"); ignored them.'],
    ],
    [
      'many unknown people: a count and three examples',
      `?person=${bogus(12)}`,
      DEFAULT_URL_STATE,
      ['12 unknown person ids in the link, e.g. "nobody-0", "nobody-1", "nobody-2"; ignored them.'],
    ],
    [
      'a repeated unknown id counts once',
      '?outlet=bbc,bbc,bbc',
      DEFAULT_URL_STATE,
      ['Unknown outlet "bbc" in the link; ignored it.'],
    ],
    [
      '200 unknown people, the known one still applies',
      `?person=${bogus(100)},ban-ki-moon,${bogus(100, 'ghost')}&event=${SIGNING}`,
      state({ eventId: SIGNING, personIds: ['ban-ki-moon'] }),
      ['200 unknown person ids in the link, e.g. "nobody-0", "nobody-1", "nobody-2"; ignored them.'],
    ],
    [
      'bad encodings and long ids of one parameter share its notice',
      `?person=%ZZ,%E0,${'x'.repeat(300)},${'y'.repeat(300)},zed`,
      DEFAULT_URL_STATE,
      [
        '2 person ids in the link are not valid percent-encoding; ignored them. 2 person ids in the link are too long; ignored them. Unknown person "zed" in the link; ignored it.',
      ],
    ],
    [
      'each parameter gets at most one notice',
      `?event=nope&event=${SIGNING}&person=a,b&outlet=c,d,e,f`,
      DEFAULT_URL_STATE,
      [
        'The link names more than one event; used the first. Unknown event "nope" in the link; showing the whole day.',
        '2 unknown person ids in the link ("a", "b"); ignored them.',
        '4 unknown outlet ids in the link, e.g. "c", "d", "e"; ignored them.',
      ],
    ],
    [
      'a list past 1000 values is read that far',
      `?person=${bogus(1200)}`,
      DEFAULT_URL_STATE,
      [
        'The link lists more than 1000 person values; read the first 1000. 1000 unknown person ids in the link, e.g. "nobody-0", "nobody-1", "nobody-2"; ignored them.',
      ],
    ],
  ])('merged notices: %s', (_name, search, expected, notices) => {
    const result = parseUrlState(search, appCorpus);
    expect(result.state).toEqual(expected);
    expect(result.notices).toEqual(notices);
  });

  test('never throws on hostile input', () => {
    for (const search of [
      '?%',
      '?=',
      '?&&&',
      '?event',
      '?person=%',
      `?${'&'.repeat(10_000)}`,
      '?q=%F0%9F%98%80',
      '?__proto__=x',
      '?constructor=1',
    ]) {
      expect(() => parseUrlState(search, appCorpus)).not.toThrow();
    }
  });
});

describe('stringifyUrlState', () => {
  test.each<[string, UrlState, string]>([
    ['defaults leave the URL empty', DEFAULT_URL_STATE, ''],
    ['event only', state({ eventId: SIGNING }), `?event=${SIGNING}`],
    ['lists joined by commas', state({ personIds: ['ban-ki-moon', 'john-kerry'] }), '?person=ban-ki-moon,john-kerry'],
    ['blank search left out', state({ q: '   ' }), ''],
    ['search encoded', state({ q: 'paris & co' }), '?q=paris%20%26%20co'],
  ])('%s', (_name, input, expected) => {
    expect(stringifyUrlState(input)).toBe(expected);
  });

  test.each<[string, UrlState]>([
    ['default', DEFAULT_URL_STATE],
    ['event', state({ eventId: PRESS })],
    ['filters', state({ personIds: ['segolene-royal', 'ban-ki-moon'], outletIds: ['afp'] })],
    ['search with symbols', state({ q: 'Ségolène & "Paris" 100%+' })],
    ['all', state({ eventId: SIGNING, personIds: ['john-kerry'], outletIds: ['reuters', 'the-guardian'], q: 'kerry' })],
  ])('round trip: %s', (_name, input) => {
    const result = parseUrlState(stringifyUrlState(input), appCorpus);
    expect(result.state).toEqual(input);
    expect(result.notices).toEqual([]);
  });
});
