import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import type { Corpus } from '../../src/corpus/schema.ts';
import { App } from '../../src/app/app.tsx';
import { createExplorerStore } from '../../src/app/store/explorer-store.ts';
import { createDenseCorpus } from '../fixtures/dense-corpus.ts';

afterEach(cleanup);

function renderCorpus(corpus: Corpus) {
  const store = createExplorerStore(corpus);
  const user = userEvent.setup();
  render(<App corpus={corpus} store={store} syncUrl={false} />);
  const timeline = () => screen.getByRole('region', { name: /Timeline/ });
  return { store, user, timeline };
}

// Counting by data attribute: role queries over a few hundred buttons take seconds in jsdom.
const eventButtons = (timeline: HTMLElement) => timeline.querySelectorAll('[data-timeline-event]');

test(
  'activating a cluster zooms to its events, which then show apart, and focus follows its first event',
  { timeout: 30_000 },
  async () => {
    const { store, user, timeline } = renderCorpus(createDenseCorpus(300));
    const before = eventButtons(timeline()).length;
    const cluster = [...timeline().querySelectorAll<HTMLElement>('[data-timeline-cluster]')]
      .filter((button) => /^\d+ events, .*; zoom in to them$/.test(button.getAttribute('aria-label') ?? ''))
      .sort(
        (a, b) =>
          Number(/^\d+/.exec(b.getAttribute('aria-label')!)![0]) -
          Number(/^\d+/.exec(a.getAttribute('aria-label')!)![0]),
      )[0]!;
    const firstId = cluster.getAttribute('data-timeline-cluster')!.replace('cluster:', '');

    await user.click(cluster);
    const range = store.getState().zoomRange;
    expect(range).not.toBeNull();
    expect(range![1] - range![0]).toBeLessThan(24 * 3_600_000);
    expect(eventButtons(timeline()).length).toBeGreaterThan(before);
    const focused = document.activeElement as HTMLElement;
    expect(timeline().contains(focused)).toBe(true);
    const holdsFirst =
      focused.getAttribute('data-timeline-event') === firstId ||
      focused.getAttribute('data-timeline-cluster') === `cluster:${firstId}`;
    expect(holdsFirst).toBe(true);
  },
);

test(
  'a cluster of events that start together lists them instead; each can be selected',
  { timeout: 30_000 },
  async () => {
    const dense = createDenseCorpus(20);
    const together = {
      ...dense,
      events: dense.events.map((event) => ({ ...event, start: dense.events[0]!.start, end: dense.events[0]!.end })),
    };
    const { store, user, timeline } = renderCorpus(together);

    const cluster = within(timeline()).getAllByRole('button', { name: /^\d+ events, .*; list them$/ })[0]!;
    expect(cluster.getAttribute('aria-expanded')).toBe('false');
    await user.click(cluster);
    expect(cluster.getAttribute('aria-expanded')).toBe('true');
    expect(store.getState().zoomRange).toBeNull();

    const count = Number(/^(\d+) events/.exec(cluster.getAttribute('aria-label')!)![1]);
    const list = within(timeline()).getByRole('group', { name: /^\d+ events, / });
    const listed = within(list).getAllByRole('button', { pressed: false });
    expect(listed).toHaveLength(count);
    const title = together.events.find((event) => listed[0]!.getAttribute('aria-label')!.startsWith(`${event.title},`));
    expect(title).toBeTruthy();

    await user.click(listed[0]!);
    expect(store.getState().eventId).toBe(title!.id);

    await user.click(within(list).getByRole('button', { name: 'Close list' }));
    expect(within(timeline()).queryByRole('group', { name: /^\d+ events, / })).toBeNull();
    // Focus goes back to the mark that now holds those events (the selected one is drawn alone).
    const focused = document.activeElement as HTMLElement;
    expect(timeline().contains(focused)).toBe(true);
    expect(focused.matches('[data-timeline-cluster], [data-timeline-event]')).toBe(true);
  },
);
