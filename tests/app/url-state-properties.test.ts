/** Properties of link parsing over arbitrary query strings (fast-check): never throws, only known ids, bounded clean search, stable round trip. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseUrlState, stringifyUrlState } from '../../src/app/store/url-state.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

const known = {
  event: appCorpus.events.map((event) => event.id),
  person: appCorpus.people.map((person) => person.id),
  outlet: appCorpus.outlets.map((outlet) => outlet.id),
};

// Query strings built from real keys and ids, percent-escapes (good and broken), markup and any Unicode.
const value = fc.oneof(
  fc.constantFrom(...known.event, ...known.person, ...known.outlet),
  fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%2C', '+', ',', '<script>', '%3Cimg%20onerror%3D1%3E', '%E2%80%AE', '%00'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const pair = fc
  .tuple(
    fc.constantFrom('event', 'person', 'outlet', 'q', 'x', '', '%E0', '__proto__'),
    fc.array(value, { maxLength: 3 }),
  )
  .map(([key, parts]) => `${key}=${parts.join('')}`);
const search = fc.oneof(
  fc.array(pair, { maxLength: 8 }).map((pairs) => `?${pairs.join('&')}`),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

test('any query string parses without throwing into known ids and a clean, bounded search', () => {
  fc.assert(
    fc.property(search, (raw) => {
      const { state, notices } = parseUrlState(raw, appCorpus);
      expect(state.eventId === null || known.event.includes(state.eventId)).toBe(true);
      for (const id of state.personIds) expect(known.person).toContain(id);
      for (const id of state.outletIds) expect(known.outlet).toContain(id);
      expect(state.q.length).toBeLessThanOrEqual(200);
      expect(state.q).not.toMatch(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]|<[a-z!/][^<>]*>/i);
      for (const notice of notices) expect(notice).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
    }),
    { numRuns: 500 },
  );
});

test('what a link parses to survives writing and reading it again, with no notice', () => {
  fc.assert(
    fc.property(search, (raw) => {
      const { state } = parseUrlState(raw, appCorpus);
      const again = parseUrlState(stringifyUrlState(state), appCorpus);
      expect(again.state).toEqual(state);
      expect(again.notices).toEqual([]);
    }),
    { numRuns: 500 },
  );
});
