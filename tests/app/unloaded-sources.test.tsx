import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { selectUnloadedSources } from '../../src/app/header/unloaded-sources.ts';
import type { Corpus } from '../../src/corpus/schema.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

afterEach(cleanup);

const corpus: Corpus = {
  ...appCorpus,
  warnings: [
    { file: 'sources.json', reason: 'names "gone.txt", which is not an article in the folder' },
    { file: '003_broken.txt', reason: 'the file is empty' },
    { file: '000_guardian.txt', reason: 'not valid UTF-8; read as Windows-1252' },
    { file: '004_binary.txt', reason: 'the file holds NUL bytes: it looks binary, not text' },
    { file: '004_binary.txt', reason: 'a second reason' },
    { file: '(corpus)', reason: 'no article states a date' },
  ],
};

test('only files that gave no article count as not loaded, each with all its reasons', () => {
  expect(selectUnloadedSources(corpus)).toEqual([
    { file: '003_broken.txt', reasons: ['the file is empty'] },
    { file: '004_binary.txt', reasons: ['the file holds NUL bytes: it looks binary, not text', 'a second reason'] },
  ]);
});

test('the header shows a "Sources not loaded" notice naming each file and why', () => {
  render(<App corpus={corpus} syncUrl={false} />);
  const notice = screen.getByRole('region', { name: 'Sources not loaded (2)' });
  const items = within(notice)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
  expect(items).toEqual([
    '003_broken.txt: the file is empty',
    '004_binary.txt: the file holds NUL bytes: it looks binary, not text; a second reason',
  ]);
  expect(within(screen.getByRole('banner')).getByRole('region', { name: /Sources not loaded/ })).toBe(notice);
});

test('no notice when every file loaded', () => {
  render(
    <App corpus={{ ...appCorpus, warnings: [{ file: '000_guardian.txt', reason: 'read as HTML' }] }} syncUrl={false} />,
  );
  expect(screen.queryByRole('region', { name: /Sources not loaded/ })).toBeNull();
});
