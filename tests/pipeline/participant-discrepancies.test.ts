import { expect, test } from 'vitest';
import type { Person, TimelineEvent } from '../../src/corpus/schema.ts';
import { findParticipantDiscrepancies } from '../../src/pipeline/participant-discrepancies.ts';

const people: Person[] = ['amina-yusuf', 'tom-berg', 'lea-moreau', 'raj-patel'].map((id) => ({
  id,
  name: id
    .split('-')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(' '),
  aliases: [],
  role: null,
  mentions: [],
}));

/** A meeting at the town hall on 3 May reported by one article. */
function meeting(
  id: string,
  participants: string[],
  articleId: string,
  place: string | null = 'Town Hall',
): TimelineEvent {
  const bound = { at: '2024-05-03T00:00:00Z', reason: 'No earlier bound is reported', source: null };
  return {
    id,
    title: `Meeting ${id}`,
    kind: 'meeting',
    participants,
    place,
    start: '2024-05-03T00:00:00Z',
    end: '2024-05-04T00:00:00Z',
    timeBasis: { start: bound, end: bound },
    after: [],
    sources: [{ articleId, spans: [{ start: 0, end: 10 }] }],
  };
}

test('two reports of one occasion naming different people: one discrepancy quoting both', () => {
  const found = findParticipantDiscrepancies(
    [meeting('a', ['amina-yusuf', 'tom-berg'], 'art-1'), meeting('b', ['amina-yusuf', 'lea-moreau'], 'art-2')],
    people,
  );
  expect(found).toHaveLength(1);
  expect(found[0]!.claims.map((claim) => [claim.articleId, claim.value])).toEqual([
    ['art-1', 'Amina Yusuf and Tom Berg'],
    ['art-2', 'Amina Yusuf and Lea Moreau'],
  ]);
  expect(found[0]!.description).toMatch(
    /“Meeting a” and “Meeting b” look like one occasion \(Town Hall, the same day\) but no article reports both\./,
  );
});

test('many reports of one occasion are one discrepancy with a claim each, not one per pair', () => {
  const others = ['tom-berg', 'lea-moreau', 'raj-patel'];
  const meetings = Array.from({ length: 30 }, (_, index) =>
    meeting(`m${index}`, ['amina-yusuf', others[index % 3]!], `art-${index}`),
  );
  const found = findParticipantDiscrepancies(meetings, people);
  expect(found).toHaveLength(1);
  expect(found[0]!.id).toBe('m0-participants');
  // Meetings naming the same pair agree with each other, but each disagrees with the other pairs: all one occasion.
  expect(found[0]!.claims).toHaveLength(30);
  expect(found[0]!.description).toMatch(/no article reports them together/);
});

test('meetings at different places, or sharing an article, or with no one in common are not flagged', () => {
  expect(
    findParticipantDiscrepancies(
      [
        meeting('a', ['amina-yusuf', 'tom-berg'], 'art-1'),
        meeting('b', ['amina-yusuf', 'lea-moreau'], 'art-2', 'Harbour'),
      ],
      people,
    ),
  ).toEqual([]);
  expect(
    findParticipantDiscrepancies(
      [meeting('a', ['amina-yusuf', 'tom-berg'], 'art-1'), meeting('b', ['amina-yusuf', 'lea-moreau'], 'art-1')],
      people,
    ),
  ).toEqual([]);
  expect(
    findParticipantDiscrepancies(
      [meeting('a', ['amina-yusuf', 'tom-berg'], 'art-1'), meeting('b', ['raj-patel', 'lea-moreau'], 'art-2')],
      people,
    ),
  ).toEqual([]);
});
