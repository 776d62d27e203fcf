import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { createExplorerStore } from '../../src/app/store/explorer-store.ts';
import { DEFAULT_URL_STATE, parseUrlState, type UrlState } from '../../src/app/store/url-state.ts';
import type { Corpus } from '../../src/corpus/schema.ts';
import { applyCorrections } from '../../src/corpus/corrections/apply-corrections.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

afterEach(cleanup);

const PRESS = 'ban-ki-moon-segolene-royal-press-conference';
const SIGNING = 'ban-ki-moon-john-kerry-signing';

// The fixture corpus as the pipeline corrects it: what the page shows comes from the same code as a build.
const corrected = applyCorrections(
  appCorpus,
  JSON.stringify({
    people: [{ person: 'segolene royal', role: 'French environment minister', note: 'her office in April 2016' }],
    articles: { '002_blog.txt': { outlet: 'Royal’s blog', note: 'the blog’s masthead' } },
    events: [
      {
        event: PRESS,
        title: 'Ban and Royal meet the press',
        start: '2016-04-22T13:00:00-04:00',
        note: 'UN media advisory gave 13:00',
      },
    ],
  }),
);

function renderWith(corpus: Corpus, initial: Partial<UrlState> = {}) {
  const store = createExplorerStore(corpus, { ...DEFAULT_URL_STATE, ...initial }, []);
  return render(<App corpus={corpus} store={store} syncUrl={false} />);
}

test('the fixture corrections all apply', () => {
  expect(corrected.warnings.filter((warning) => warning.file === 'corrections.json')).toEqual([]);
  expect(corrected.corrections).toHaveLength(3);
});

test('the event detail says what was corrected, the extracted value and why', () => {
  renderWith(corrected, { eventId: PRESS });
  const detail = screen.getByRole('region', { name: 'Ban and Royal meet the press' });
  const text = detail.textContent ?? '';
  expect(text).toContain('13:00 EDT – 24:00 EDT');
  expect(text).toContain('Not before: Corrected: UN media advisory gave 13:00');
  expect(text).toContain(
    'Corrected: UN media advisory gave 13:00 (title was “Press conference by Ban Ki-moon and Ségolène Royal”; start was “08:30 EDT”)',
  );
});

test('a corrected article says so on its card, and the person filter describes a corrected person', () => {
  renderWith(corrected);
  const card = screen.getByRole('article', { name: 'Royal’s blog' });
  // Only a corrected date is marked by the date; an outlet's correction is the note below it.
  expect(within(card).queryByText('corrected')).toBeNull();
  expect(card.textContent).toContain('Corrected: the blog’s masthead (outlet was not found)');
  const royal = screen.getByRole('checkbox', { name: /^Ségolène Royal \(\d+\)$/ });
  expect(royal.getAttribute('aria-describedby')).toBeTruthy();
  expect(document.getElementById(royal.getAttribute('aria-describedby')!)?.textContent).toBe(
    'French environment minister · Corrected: her office in April 2016',
  );
});

test('the Corrections list shows every correction with its note, and one names its event as a button', () => {
  renderWith(corrected);
  const list = screen.getByRole('region', { name: 'Corrections' });
  const items = within(list).getAllByRole('listitem');
  expect(items.map((item) => item.textContent)).toEqual([
    'PersonSégolène Royal: role was not foundCorrected: her office in April 2016',
    'ArticleRoyal’s blog (002_blog.txt): outlet was not foundCorrected: the blog’s masthead',
    'EventBan and Royal meet the press: title was “Press conference by Ban Ki-moon and Ségolène Royal”; start was “08:30 EDT”Corrected: UN media advisory gave 13:00',
  ]);
  expect(within(list).getByRole('button', { name: 'Ban and Royal meet the press' })).toBeTruthy();
});

test('without corrections the list says that nothing was corrected', () => {
  renderWith(appCorpus);
  const list = screen.getByRole('region', { name: 'Corrections' });
  expect(list.textContent).toContain('None: every name, date and event above is as the pipeline extracted it');
});

test('a link to a merged event opens the event it became, and one to a removed event says it was removed', () => {
  const merged = applyCorrections(
    appCorpus,
    JSON.stringify({ events: [{ merge: [SIGNING, PRESS], note: 'one ceremony' }] }),
  );
  expect(parseUrlState(`?event=${PRESS}`, merged)).toEqual({
    state: { ...DEFAULT_URL_STATE, eventId: SIGNING },
    notices: [
      'The event in the link was merged into “Signing of the Paris Agreement” by an editor (one ceremony); showing that one.',
    ],
  });
  const removed = applyCorrections(appCorpus, JSON.stringify({ events: [{ remove: PRESS, note: 'not news' }] }));
  expect(parseUrlState(`?event=${PRESS}`, removed)).toEqual({
    state: DEFAULT_URL_STATE,
    notices: [
      'The event “Press conference by Ban Ki-moon and Ségolène Royal” in the link was removed by an editor (not news); showing the whole day.',
    ],
  });
});

test('a link filtering by a person merged into another filters by that one; a struck name says so', () => {
  const merged = applyCorrections(
    appCorpus,
    JSON.stringify({ people: [{ merge: ['ban-ki-moon', 'john-kerry'], note: 'a test merge' }] }),
  );
  expect(parseUrlState('?person=john-kerry,segolene-royal', merged)).toEqual({
    state: { ...DEFAULT_URL_STATE, personIds: ['ban-ki-moon', 'segolene-royal'] },
    notices: [
      'The person "john-kerry" in the link was merged into Ban Ki-moon by an editor (a test merge); filtering by Ban Ki-moon.',
    ],
  });
  const struck = applyCorrections(
    appCorpus,
    JSON.stringify({ people: [{ notAPerson: 'segolene-royal', note: 'a test' }] }),
  );
  expect(parseUrlState('?person=segolene-royal', struck).notices).toEqual([
    '"segolene-royal" in the link is not a person, an editor found (a test); ignored it.',
  ]);
});
