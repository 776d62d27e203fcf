import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app.tsx';
import { afterEach, expect, test } from 'vitest';
import {
  selectDiscrepanciesByArticle,
  selectDiscrepanciesByEvent,
  selectDiscrepancyViews,
} from '../../src/app/selectors/discrepancies.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

const SIGNING = 'ban-ki-moon-john-kerry-signing';

test('each claim is quoted inside its sentence, with its outlet', () => {
  const [view] = selectDiscrepancyViews(appCorpus);
  expect(view?.eventTitle).toBe('Signing of the Paris Agreement');
  expect(view?.claims.map((claim) => [claim.source, claim.before, claim.claim, claim.after])).toEqual([
    // The fixture's span is the first "175 countries", in the headline.
    ['The Guardian', 'Paris climate deal signed by ', '175 countries', ' at the UN'],
    [
      'Reuters',
      'UNITED NATIONS (Reuters) - John Kerry and Ségolène Royal were ',
      'among the first',
      ' to sign the accord on Friday.',
    ],
  ]);
});

test('discrepancies are indexed by event and by every article a claim comes from', () => {
  expect([...selectDiscrepanciesByEvent(appCorpus).keys()]).toEqual([SIGNING]);
  expect([...selectDiscrepanciesByArticle(appCorpus).keys()]).toEqual(['guardian-signing', 'reuters-accord']);
});

test('a claim whose article is missing still names a source instead of crashing', () => {
  const corpus = {
    ...appCorpus,
    discrepancies: [{ ...appCorpus.discrepancies[0]!, claims: [{ articleId: 'gone', start: 0, end: 4, value: 'x' }] }],
  };
  expect(selectDiscrepancyViews(corpus)[0]?.claims[0]?.source).toBe('Outlet not stated (gone)');
});

test('the Discrepancies list explains each one and quotes both sources', () => {
  renderExplorer();
  const section = screen.getByRole('region', { name: 'Discrepancies' });
  expect(within(section).getByText('The number of countries that signed differs')).toBeTruthy();
  const marks = [...section.querySelectorAll('mark')].map((mark) => mark.textContent);
  expect(marks).toEqual(['175 countries', 'among the first']);
  expect(section.textContent).toContain('The Guardian: 175');
  expect(section.textContent).toContain('Reuters: not stated');
});

test('the list selects the event a discrepancy is about', async () => {
  const { user, store } = renderExplorer();
  const section = screen.getByRole('region', { name: 'Discrepancies' });
  await user.click(within(section).getByRole('button', { name: 'Signing of the Paris Agreement' }));
  expect(store.getState().eventId).toBe(SIGNING);
});

test('the disputed event says "sources differ" in its timeline name and shows a marker', () => {
  renderExplorer();
  const timeline = screen.getByRole('region', { name: /Timeline/ });
  const disputed = within(timeline).getByRole('button', { name: /^Signing of the Paris Agreement/ });
  expect(disputed.getAttribute('aria-label')).toMatch(/, sources differ on 1 point, /);
  expect(disputed.querySelector('[title="Sources differ"]')).not.toBeNull();
  const other = within(timeline).getByRole('button', { name: /^Press conference/ });
  expect(other.getAttribute('aria-label')).not.toMatch(/differ/);
});

test('cards of the articles involved say the sources differ and what this one says', () => {
  renderExplorer();
  const guardian = screen.getByRole('article', { name: 'The Guardian' });
  expect(guardian.textContent).toContain('Sources differ');
  expect(guardian.textContent).toContain('On the number of Signing of the Paris Agreement: this article says 175');
  expect(screen.getByRole('article', { name: 'Outlet not stated' }).textContent).not.toContain('Sources differ');
});

test('the event detail shows the same quoted claims', () => {
  renderExplorer({ eventId: SIGNING });
  const detail = screen.getByRole('region', { name: 'Signing of the Paris Agreement' });
  expect([...detail.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
    '175 countries',
    'among the first',
  ]);
});

test('a long list of discrepancies shows 25, and a button shows the rest', async () => {
  const [first] = appCorpus.discrepancies;
  const discrepancies = Array.from({ length: 30 }, (_, index) => ({ ...first!, id: `d${index}` }));
  const user = userEvent.setup();
  render(<App corpus={{ ...appCorpus, discrepancies }} syncUrl={false} />);
  const section = screen.getByRole('region', { name: 'Discrepancies' });
  const listed = () => section.querySelector('ul')!.children.length;
  expect(listed()).toBe(25);
  await user.click(within(section).getByRole('button', { name: 'Show all 30 discrepancies (5 more)' }));
  expect(listed()).toBe(30);
});
