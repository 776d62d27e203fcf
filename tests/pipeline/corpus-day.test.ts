/**
 * The corpus day is when the events happened and its zone where they happened, whatever day most
 * copy was published and whatever zone the outlets stamp it in.
 */
import { describe, expect, test } from 'vitest';
import { corpusOfTexts as corpusOf } from './load-folder.ts';
import { zoneOfPlace } from '../../src/pipeline/place-zones.ts';
import { parseStamp } from '../../src/pipeline/dates.ts';

describe('the day of the events', () => {
  // A ferry fire off Mombasa on Saturday 9 March 2024; two of three papers come out on Sunday.
  const corpus = corpusOf({
    '01_wire.txt':
      'MOMBASA, March 9 (AP) - A fire broke out on a passenger ferry near Likoni on Saturday afternoon, and all 212 passengers were brought ashore, the coast guard said.',
    '02_sunday.txt':
      'Ferry passengers recount escape\n\nPublished on: Sunday, March 10, 2024, 08:15 AM (GMT+3)\n\nPassengers of the ferry that caught fire yesterday said crew members handed out life jackets within minutes.',
    '03_weekly.txt':
      'Coast guard praised\n\nUpdated: March 10, 2024\n\nThe coast guard was praised after Saturday’s rescue, in which nobody was hurt.',
  });

  test('is the day the articles say it happened, not the day most were published', () => {
    expect(corpus.day.date).toBe('2024-03-09');
    expect(corpus.day.reason).toMatch(/report their events on Saturday 9 March 2024/);
  });

  test('reads clocks in the dateline city’s zone, found in the gazetteer', () => {
    expect(corpus.day.timeZone).toBe('Africa/Nairobi');
  });
});

describe('the zone', () => {
  test('comes from datelines before publication stamps', () => {
    const corpus = corpusOf({
      '01.txt': 'SAO PAULO, Oct 30 (Reuters) - Polls closed at 5 pm on Sunday and counting began at once.',
      '02.txt': 'Published on: October 30, 2022, 11:40 PM IST\n\nBrazilians voted on Sunday in a tight run-off.',
      '03.txt': 'Published on: October 30, 2022, 10:40 PM IST\n\nVoting ended on Sunday evening across Brazil.',
    });
    expect(corpus.day.timeZone).toBe('America/Sao_Paulo');
    expect(corpus.day.date).toBe('2022-10-30');
  });

  test('comes from the places the articles open with when no dateline names one', () => {
    const corpus = corpusOf({
      '01.txt': 'Published: 6 February 2023\n\nRescuers in Turkey searched collapsed buildings on Monday.',
      '02.txt': 'Published: 6 February 2023\n\nAid arrived in Turkey on Monday night.',
    });
    expect(corpus.day.timeZone).toBe('Europe/Istanbul');
  });
});

test.each([
  ['Ahmedabad', 'Asia/Kolkata'],
  ['São Paulo', 'America/Sao_Paulo'],
  ['SAO PAULO', 'America/Sao_Paulo'],
  ['Kahramanmaras', 'Europe/Istanbul'],
  ['Kenya', 'Africa/Nairobi'],
  ['Armenia', 'Asia/Yerevan'],
  ['Georgia', 'Asia/Tbilisi'],
  ['Liberia', 'Africa/Monrovia'],
  ['Live', null],
  ['United States', null],
])('zoneOfPlace(%s) is %s', (place, zone) => {
  expect(zoneOfPlace(place)).toBe(zone);
});

test.each([
  ['Tuesday, February 07, 2023, 10:40 AM (GMT+3)', '10:40', 'Etc/GMT-3', 180],
  ['March 3, 2024 9:00 PM UTC-5', '21:00', 'Etc/GMT+5', -300],
  ['March 3, 2024 9:00 PM GMT+05:30', '21:00', null, 330],
  ['March 3, 2024 9:00 PM GMT', '21:00', 'UTC', 0],
  ['Updated 09:12 GMT, 14 May 2024', '09:12', 'UTC', 0],
  ['14 May 2024 09:12 UTC/10:12 BST', '09:12', 'UTC', 0],
  ['March 3, 2024 9:00 PM UTC−5', '21:00', 'Etc/GMT+5', -300],
])('a stamp with a stated offset: %s', (text, time, zone, offsetMinutes) => {
  expect(parseStamp(text, { start: 0, end: text.length })).toMatchObject({ time, zone, offsetMinutes });
});
