import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { renderExplorer } from './render-explorer.tsx';

afterEach(cleanup);

const timeline = () => screen.getByRole('region', { name: /Timeline/ });
const eventButton = (title: string) => within(timeline()).getByRole('button', { name: new RegExp(`^${title}`) });

test('the timeline is a region named with the day and events are named title first', () => {
  renderExplorer();
  expect(timeline().getAttribute('aria-label')).toBe('Timeline of Friday 22 April 2016');
  // Exact accessible names: title first, then window, evidence and order.
  within(timeline()).getByRole('button', {
    name: 'Signing of the Paris Agreement, 08:30–14:05 EDT, sources differ on 1 point, 2 articles, step 1 of 2',
  });
  within(timeline()).getByRole('button', {
    name: 'Press conference by Ban Ki-moon and Ségolène Royal, 08:30–24:00 EDT, 2 articles, step 2 of 2, after Signing of the Paris Agreement',
  });
});

test('one tab stop; arrow keys move focus in order, Enter selects, Escape clears', async () => {
  const { user, store } = renderExplorer();
  const signing = eventButton('Signing of the Paris Agreement');
  const press = eventButton('Press conference');
  expect([signing.tabIndex, press.tabIndex]).toEqual([0, -1]);

  signing.focus();
  await user.keyboard('{ArrowRight}');
  expect(document.activeElement).toBe(press);
  expect([signing.tabIndex, press.tabIndex]).toEqual([-1, 0]);
  await user.keyboard('{ArrowRight}');
  expect(document.activeElement).toBe(press);
  await user.keyboard('{ArrowUp}');
  expect(document.activeElement).toBe(signing);
  await user.keyboard('{ArrowDown}');

  await user.keyboard('{Enter}');
  expect(store.getState().eventId).toBe('ban-ki-moon-segolene-royal-press-conference');
  expect(press.getAttribute('aria-pressed')).toBe('true');
  expect(screen.getByRole('region', { name: 'Press conference by Ban Ki-moon and Ségolène Royal' })).toBeTruthy();

  await user.keyboard('{Escape}');
  expect(store.getState().eventId).toBeNull();
  expect(screen.queryByRole('region', { name: 'Press conference by Ban Ki-moon and Ségolène Royal' })).toBeNull();

  await user.keyboard(' ');
  expect(store.getState().eventId).toBe('ban-ki-moon-segolene-royal-press-conference');
});

test('+, - and 0 zoom the timeline while it has focus; the buttons do too', async () => {
  const { user, store } = renderExplorer();
  eventButton('Signing of the Paris Agreement').focus();
  await user.keyboard('+');
  const zoomed = store.getState().zoomRange;
  expect(zoomed).not.toBeNull();
  expect((zoomed?.[1] ?? 0) - (zoomed?.[0] ?? 0)).toBeLessThan(24 * 3_600_000);
  await user.keyboard('0');
  expect(store.getState().zoomRange).toBeNull();

  await user.click(within(timeline()).getByRole('button', { name: 'Zoom in' }));
  expect(store.getState().zoomRange).not.toBeNull();
  await user.click(within(timeline()).getByRole('button', { name: 'Zoom out' }));
  expect(store.getState().zoomRange).toBeNull();
  await user.click(within(timeline()).getByRole('button', { name: 'Zoom in' }));
  await user.click(within(timeline()).getByRole('button', { name: 'Reset zoom' }));
  expect(store.getState().zoomRange).toBeNull();
});
