import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { eventsForComparison, eventsScript } from '../../../scripts/dev/bench/competitor-pages.ts';
import { corpusOf } from '../load-folder.ts';

describe('the comparison pages’ data', () => {
  test('gives every event of the seed corpus with its title and window, nothing else', () => {
    const corpus = corpusOf('seeds');
    const events = eventsForComparison(corpus);
    expect(events).toHaveLength(corpus.events.length);
    expect(events[0]).toEqual({
      title: corpus.events[0]!.title,
      start: corpus.events[0]!.start,
      end: corpus.events[0]!.end,
    });
  });

  test('a title cannot close the script element, and the script sets the same events', () => {
    const events = [
      { title: 'Talks </script><script>alert(1)</script>', start: '2021-12-06T10:00:00Z', end: '2021-12-06T11:00:00Z' },
    ];
    const script = eventsScript(events);
    expect(script).not.toContain('</script');
    const window: { EVENTS?: unknown } = {};
    runInNewContext(script, { window });
    expect(window.EVENTS).toEqual(events);
  });
});
