/** Renders the whole explorer on the fixture corpus with a fresh store (no URL sync). */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app.tsx';
import { createExplorerStore } from '../../src/app/store/explorer-store.ts';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/app/store/url-state.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

export function renderExplorer(initial: Partial<UrlState> = {}, notices: string[] = []) {
  const store = createExplorerStore(appCorpus, { ...DEFAULT_URL_STATE, ...initial }, notices);
  const user = userEvent.setup();
  const view = render(<App corpus={appCorpus} store={store} syncUrl={false} />);
  return { store, user, ...view };
}
