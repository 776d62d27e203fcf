import { describe, expect, test } from 'vitest';
import { applyCorrections } from '../../src/corpus/corrections/apply-corrections.ts';
import { corpusOf } from './load-folder.ts';
import { SEEDS, correct, reasons } from './correct-corpus.ts';

describe('bad corrections are named, and the rest still applies', () => {
  test('targets that do not exist are warnings naming the entry and the target', () => {
    const after = correct(corpusOf(SEEDS), {
      people: [
        { notAPerson: 'Nobody Here', note: 'x' },
        { notAPerson: 'Arindam Bagchi', note: 'test' },
      ],
      articles: { 'missing.txt': { outlet: 'X', note: 'y' } },
      events: [{ remove: 'no-such-event', note: 'z' }],
    });
    expect(reasons(after)).toEqual([
      'people[0]: no person is named “Nobody Here” (by name, other spelling or id); not applied',
      'articles["missing.txt"]: no article file “missing.txt” in the folder; not applied',
      'events[0]: no event has the id “no-such-event”; not applied',
    ]);
    expect(after.people.map((person) => person.id)).not.toContain('arindam-bagchi');
  });

  test('entries of the wrong shape are named with what is wrong, and good ones still apply', () => {
    const after = correct(corpusOf(SEEDS), {
      people: [{ merge: ['Narendra Modi'], note: 'one name' }, { notAPerson: 'Arindam Bagchi' }],
      events: [{ event: 'meeting-shoigu-singh', start: 'Monday', note: 'bad time' }, { retitle: 'x' }],
      extra: true,
    });
    const problems = reasons(after);
    expect(problems[0]).toMatch(/^"extra" is not a section of corrections\.json/);
    expect(problems.some((reason) => /^people\[0\] ignored: .*merge.*needs at least two names/.test(reason))).toBe(
      true,
    );
    expect(problems.some((reason) => /^people\[1\] ignored: .*note/.test(reason))).toBe(true);
    expect(problems.some((reason) => /^events\[0\] ignored: .*start.*ISO date-time/.test(reason))).toBe(true);
    expect(problems.some((reason) => /^events\[1\] ignored: must be \{event/.test(reason))).toBe(true);
    expect(after.corrections).toEqual([]);
  });

  test('contradicting entries are an error naming both, and neither is applied', () => {
    const after = correct(corpusOf(SEEDS), {
      people: [
        { notAPerson: 'Putin', note: 'wrong' },
        { person: 'Vladimir Putin', role: 'President of Russia', note: 'right' },
      ],
      events: [
        { remove: 'meeting-shoigu-singh', note: 'a' },
        { event: 'meeting-shoigu-singh', title: 'B', note: 'b' },
        { event: 'arrival-lavrov-shoigu', place: 'Palam', note: 'c' },
      ],
    });
    expect(reasons(after)).toEqual([
      'error: people[0] and people[1] contradict each other (one says “Vladimir Putin” is not a person, the other edits them); neither applied',
      'error: events[0] and events[1] contradict each other (one removes “meeting-shoigu-singh”, the other corrects it); neither applied',
    ]);
    expect(after.corrections.map((correction) => correction.entry)).toEqual(['events[2]']);
    expect(after.events.find((event) => event.id === 'meeting-shoigu-singh')!.title).toBe(
      corpusOf(SEEDS).events.find((event) => event.id === 'meeting-shoigu-singh')!.title,
    );
  });

  test('merges into one event compose; correcting an event a merge folds away contradicts it', () => {
    const after = correct(corpusOf(SEEDS), {
      events: [
        { merge: ['21st-summit-india-russia', 'dialogue-2-plus-2-india-russia'], note: 'm' },
        { merge: ['21st-summit-india-russia', 'meeting-shoigu-singh'], note: 'm2' },
        { event: '21st-summit-india-russia', title: 'One long day of talks', note: 'kept one' },
        { event: 'arrival-lavrov-shoigu', place: 'Palam', note: 'p' },
        { merge: ['meeting-shoigu-singh', 'arrival-lavrov-shoigu'], note: 'into another' },
      ],
    });
    expect(reasons(after)).toEqual([
      'error: events[1] and events[4] contradict each other (they merge “meeting-shoigu-singh” into “21st-summit-india-russia” and into “meeting-shoigu-singh”); neither applied',
      'error: events[3] and events[4] contradict each other (one merges “arrival-lavrov-shoigu” into “meeting-shoigu-singh”, the other corrects it); neither applied',
    ]);
    expect(after.corrections.map((correction) => correction.entry)).toEqual(['events[0]', 'events[2]']);
    expect(after.events.find((event) => event.id === '21st-summit-india-russia')?.title).toBe('One long day of talks');
  });

  test('three spellings merged two at a time into the same person compose', () => {
    const after = correct(corpusOf(SEEDS), {
      people: [
        { merge: ['Sergey Lavrov', 'Arindam Bagchi'], note: 'a test chain' },
        { merge: ['Sergey Lavrov', 'Narendra Modi'], note: 'a test chain' },
      ],
    });
    expect(reasons(after)).toEqual([]);
    expect(after.people.find((person) => person.id === 'sergey-lavrov')?.aliases).toEqual(
      expect.arrayContaining(['Arindam Bagchi', 'Narendra Modi']),
    );
  });

  test('dates that do not exist are refused, not rolled over', () => {
    const after = correct(corpusOf(SEEDS), {
      articles: { [corpusOf(SEEDS).articles[0]!.file]: { published: '2021-02-31', note: 'x' } },
      events: [{ event: 'meeting-shoigu-singh', end: '2021-12-06T24:00:00+05:30', note: 'x' }],
    });
    expect(reasons(after)).toEqual([
      expect.stringMatching(/^articles\["000_ca5c26b697baef2f\.txt"\] ignored: published: is not a real date$/),
      expect.stringMatching(/^events\[0\] ignored: end: is not a real date and time$/),
    ]);
  });

  test('a file that is not JSON is one warning, and the corpus is the extracted one', () => {
    const before = corpusOf(SEEDS);
    const after = applyCorrections(before, '{ people: [');
    expect(reasons(after)).toEqual([expect.stringMatching(/^not valid JSON \(.+\); no correction applied$/)]);
    expect({ ...after, warnings: before.warnings }).toEqual(before);
  });

  test('a name two people share, an impossible time and a passage outside its article are each named', () => {
    const before = corpusOf(SEEDS);
    // Both Sergeys are "Sergey …": give both the same other spelling to make a name ambiguous.
    const shared = {
      ...before,
      people: before.people.map((person) =>
        /^Sergey /.test(person.name) ? { ...person, aliases: [...person.aliases, 'Sergey'] } : person,
      ),
    };
    const after = correct(shared, {
      people: [{ notAPerson: 'Sergey', note: 'x' }],
      events: [
        {
          event: 'meeting-shoigu-singh',
          start: '2021-12-06T20:00:00+05:30',
          end: '2021-12-06T19:00:00+05:30',
          note: 'x',
        },
        {
          add: {
            title: 'Out of range',
            start: '2021-12-06T10:00:00+05:30',
            end: '2021-12-06T11:00:00+05:30',
            sources: [{ file: before.articles[0]!.file, start: 0, end: 10_000_000 }],
          },
          note: 'x',
        },
        { event: 'meeting-shoigu-singh', start: '2021-02-30T25:00:00+05:30', note: 'x' },
      ],
    });
    expect(reasons(after)).toEqual([
      expect.stringMatching(/^events\[2\] ignored: start: is not a real date and time/),
      'people[0]: “Sergey” could be “Sergey Shoigu” (sergey-shoigu) or “Sergey Lavrov” (sergey-lavrov); use the id; not applied',
      'events[0]: “meeting-shoigu-singh” would end (2021-12-06T19:00:00+05:30) before it starts (2021-12-06T20:00:00+05:30); not applied',
      `events[1]: the passage [0, 10000000) is not inside “${before.articles[0]!.file}”; not applied`,
    ]);
    expect(after.corrections).toEqual([]);
  });
});
