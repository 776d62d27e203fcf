import { act, fireEvent } from '@testing-library/react';
import { useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, test } from 'vitest';
import { holdEarlyInput, releaseEarlyInput, replayEarlyInput } from '../../src/app/boot/early-input.ts';

/** A page's worth of controlled controls, reporting its state on every render. */
function Controls({
  onState,
}: {
  onState: (state: { ticked: boolean; query: string; zone: string; presses: number }) => void;
}) {
  const [ticked, setTicked] = useState(false);
  const [query, setQuery] = useState('');
  const [zone, setZone] = useState('corpus');
  const [presses, setPresses] = useState(0);
  onState({ ticked, query, zone, presses });
  return (
    <div>
      <label>
        <input type="checkbox" checked={ticked} onChange={(event) => setTicked(event.target.checked)} /> Narendra Modi
      </label>
      <input type="search" aria-label="Search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <select aria-label="Time zone" value={zone} onChange={(event) => setZone(event.target.value)}>
        <option value="corpus">Articles’ zone</option>
        <option value="utc">UTC</option>
      </select>
      <button type="button" onClick={() => setPresses((count) => count + 1)}>
        Zoom in
      </button>
      <a href="#elsewhere">A link</a>
      <details>
        <summary>About</summary>
      </details>
    </div>
  );
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  replayEarlyInput();
  document.body.innerHTML = '';
});

function prerender() {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Controls onState={() => {}} />);
  document.body.append(container);
  const get = <T extends Element>(selector: string) => container.querySelector<T>(selector)!;
  return {
    container,
    checkbox: get<HTMLInputElement>('input[type=checkbox]'),
    label: get<HTMLLabelElement>('label'),
    search: get<HTMLInputElement>('input[type=search]'),
    select: get<HTMLSelectElement>('select'),
    button: get<HTMLButtonElement>('button'),
    link: get<HTMLAnchorElement>('a'),
  };
}

test('what the reader does before hydration is held, then happens once the app has hydrated', () => {
  const page = prerender();
  holdEarlyInput(page.container);

  // Before the app: a click on the label's checkbox does not toggle it natively, a button press waits, typing stays in the box.
  fireEvent.click(page.label);
  expect(page.checkbox.checked).toBe(false);
  fireEvent.click(page.button);
  fireEvent.click(page.button);
  page.search.value = 'Put';
  fireEvent.input(page.search);
  page.search.value = 'Putin';
  fireEvent.input(page.search);
  page.select.value = 'utc';
  fireEvent.change(page.select);

  let state = { ticked: false, query: '', zone: 'corpus', presses: 0 };
  act(() => {
    root = hydrateRoot(page.container, <Controls onState={(next) => (state = next)} />);
  });
  expect(state).toEqual({ ticked: false, query: '', zone: 'corpus', presses: 0 });

  let replayed = 0;
  act(() => {
    replayed = replayEarlyInput();
  });
  expect(replayed).toBe(5);
  expect(state).toEqual({ ticked: true, query: 'Putin', zone: 'utc', presses: 2 });
  expect(page.checkbox.checked).toBe(true);

  // Once replayed, input goes straight to the app.
  act(() => {
    fireEvent.click(page.checkbox);
  });
  expect(state.ticked).toBe(false);
});

test('links and disclosure summaries are left to the browser, and nothing is held outside the page’s root', () => {
  const page = prerender();
  const summaryClick = new MouseEvent('click', { bubbles: true, cancelable: true });
  const outside = document.createElement('button');
  document.body.append(outside);
  holdEarlyInput(page.container);
  const linkClick = new MouseEvent('click', { bubbles: true, cancelable: true });
  page.link.dispatchEvent(linkClick);
  expect(linkClick.defaultPrevented).toBe(false);
  const outsideClick = new MouseEvent('click', { bubbles: true, cancelable: true });
  outside.dispatchEvent(outsideClick);
  expect(outsideClick.defaultPrevented).toBe(false);
  page.container.querySelector('summary')!.dispatchEvent(summaryClick);
  expect(summaryClick.defaultPrevented).toBe(false);
  expect(replayEarlyInput()).toBe(0);
});

test('when the app cannot start, what was held is dropped and the native controls work again', () => {
  const page = prerender();
  holdEarlyInput(page.container);
  fireEvent.click(page.checkbox);
  expect(page.checkbox.checked).toBe(false);
  releaseEarlyInput();
  fireEvent.click(page.checkbox);
  expect(page.checkbox.checked).toBe(true);
  expect(replayEarlyInput()).toBe(0);
});
