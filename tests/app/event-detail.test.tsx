import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventSentences } from '../../src/app/event-detail/event-sentences.tsx';
import { appCorpus } from '../fixtures/app-corpus.ts';
import { afterEach, expect, test } from 'vitest';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

const PRESS = 'ban-ki-moon-segolene-royal-press-conference';

test('no detail region without a selection', () => {
  renderExplorer();
  expect(screen.queryByRole('button', { name: 'Close event details' })).toBeNull();
});

test('the detail is a region named by the event title with time reasons, order, people, place and sentences', () => {
  renderExplorer({ eventId: PRESS });
  const detail = screen.getByRole('region', { name: 'Press conference by Ban Ki-moon and Ségolène Royal' });
  const text = detail.textContent ?? '';
  expect(text).toContain('Press conference · step 2 of 2');
  expect(text).toContain('08:30 EDT – 24:00 EDT');
  expect(text).toContain('Not before: Comes after the signing ceremony');
  expect(text).toContain('Not after: End of the day');
  expect(text).toContain('Comes after Signing of the Paris Agreement');
  expect(text).toContain('Ban Ki-moon, Ségolène Royal');
  expect(text).toContain('United Nations, New York');
  const groups = within(detail)
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent);
  expect(groups).toEqual(['Reuters · World leaders sign Paris accord', 'Outlet not stated · 002_blog.txt']);
  expect(
    within(detail).getByText('At the press conference she said the agreement must enter into force quickly.'),
  ).toBeTruthy();
});

test('discrepancies about the event are shown', () => {
  renderExplorer({ eventId: 'ban-ki-moon-john-kerry-signing' });
  const detail = screen.getByRole('region', { name: 'Signing of the Paris Agreement' });
  expect(within(detail).getByText('Sources differ')).toBeTruthy();
  expect(within(detail).getByText('The number of countries that signed differs')).toBeTruthy();
});

test('the close button clears the selection', async () => {
  const { user, store } = renderExplorer({ eventId: PRESS });
  await user.click(screen.getByRole('button', { name: 'Close event details' }));
  expect(store.getState().eventId).toBeNull();
});

test("Share copies the event page's link where there is no share sheet, and says so politely", async () => {
  const { user } = renderExplorer({ eventId: PRESS });
  await user.click(screen.getByRole('button', { name: 'Share' }));
  expect(await navigator.clipboard.readText()).toBe(new URL(`/events/${PRESS}/`, window.location.href).href);
  const status = screen.getAllByRole('status').find((region) => region.textContent === 'Link copied');
  expect(status).toBeTruthy();
});

test('URL notices are shown politely and can be dismissed', async () => {
  const { user } = renderExplorer({}, ['Unknown event "xyz" in the link; showing the whole day.']);
  const status = screen.getAllByRole('status').find((region) => region.textContent?.includes('Unknown event'));
  expect(status).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
  expect(screen.queryByText(/Unknown event/)).toBeNull();
});

test('the header names the day, place and what the corpus holds', () => {
  renderExplorer();
  const banner = screen.getByRole('banner');
  expect(within(banner).getByRole('heading', { level: 1 }).textContent).toBe('Friday 22 April 2016 · New York');
  expect(banner.textContent).toContain('3 articles');
  expect(banner.textContent).toContain('2 events');
  expect(banner.textContent).toContain('3 people');
  expect(banner.textContent).toContain('3 outlets');
});

test('an event reported by many articles lists twelve first, and a button lists the rest', async () => {
  const [article] = appCorpus.articles;
  const groups = Array.from({ length: 15 }, (_, index) => ({
    article: { ...article!, id: `a${index}`, headline: `Headline ${index}` },
    sentences: [`Sentence ${index}.`],
  }));
  const user = userEvent.setup();
  render(<EventSentences groups={groups} />);
  expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(12);
  await user.click(screen.getByRole('button', { name: 'Show all 15 reporting articles (3 more)' }));
  expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(15);
});
