import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { editPanelView } from '../../src/app/lazy-views.ts';
import { createExplorerStore } from '../../src/app/store/explorer-store.ts';
import { appCorpus } from '../fixtures/app-corpus.ts';

afterEach(cleanup);
await editPanelView.preload();

async function openEditor() {
  const store = createExplorerStore(appCorpus);
  const user = userEvent.setup();
  render(<App corpus={appCorpus} store={store} syncUrl={false} />);
  await user.click(screen.getByRole('button', { name: 'Edit corrections' }));
  const panel = await screen.findByRole('region', { name: 'Edit corrections' });
  return { store, user, panel, people: within(panel).getByRole('group', { name: 'People' }) };
}

test('merging two people through the editor leaves one filter, named as the editor chose', async () => {
  const { user, panel, people } = await openEditor();
  await user.selectOptions(within(people).getByLabelText('Person'), 'ban-ki-moon');
  await user.selectOptions(within(people).getByLabelText('Same person as'), 'john-kerry');
  await user.type(within(people).getByLabelText('Name to keep (optional)'), 'Ban Ki-moon');
  await user.type(within(people).getByLabelText('Why (note)'), 'a test merge');
  await user.click(within(people).getByRole('button', { name: 'Merge people' }));
  expect(within(panel).getByText(/^Applied: merged Ban Ki-moon and John Kerry as Ban Ki-moon\.$/)).toBeTruthy();
  const filters = screen.getByRole('group', { name: 'Person' });
  expect(within(filters).queryByRole('checkbox', { name: /John Kerry/ })).toBeNull();
  expect(within(filters).getByRole('checkbox', { name: /^Ban Ki-moon/ })).toBeTruthy();
  const list = screen.getByRole('region', { name: 'Corrections' });
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['PersonBan Ki-moon: merged from Ban Ki-moon / John KerryCorrected: a test merge']);
});

test('a name marked as not a person leaves the filters; undo brings it back', async () => {
  const { user, panel, people } = await openEditor();
  await user.selectOptions(within(people).getByLabelText('Person'), 'segolene-royal');
  await user.click(within(people).getByRole('button', { name: '“Ségolène Royal” is not a person' }));
  expect(within(panel).getByText('Say why in the note first: every correction keeps its reason.')).toBeTruthy();
  await user.type(within(people).getByLabelText('Why (note)'), 'a test');
  await user.click(within(people).getByRole('button', { name: '“Ségolène Royal” is not a person' }));
  const filters = screen.getByRole('group', { name: 'Person' });
  expect(within(filters).queryByRole('checkbox', { name: /Royal/ })).toBeNull();
  await user.click(within(panel).getByRole('button', { name: 'Undo last correction' }));
  expect(within(filters).getByRole('checkbox', { name: /Royal/ })).toBeTruthy();
});

test('a correction the corpus cannot take is refused with the reason, and nothing changes', async () => {
  const { user, panel } = await openEditor();
  const adding = within(panel).getByRole('group', { name: 'Add an event' });
  await user.type(within(adding).getByLabelText('Title'), 'Backwards');
  const start = within(adding).getByLabelText('Starts (ISO date-time with offset)');
  await user.clear(start);
  await user.type(start, '2016-04-22T12:00:00-04:00');
  const end = within(adding).getByLabelText('Ends (ISO date-time with offset)');
  await user.clear(end);
  await user.type(end, '2016-04-22T11:00:00-04:00');
  await user.type(within(adding).getByLabelText('Why (note)'), 'a test');
  await user.click(within(adding).getByRole('button', { name: 'Add event' }));
  expect(
    within(panel).getByText(
      'Not applied: events[0]: the event would end (2016-04-22T11:00:00-04:00) before it starts (2016-04-22T12:00:00-04:00); not applied',
    ),
  ).toBeTruthy();
  const list = screen.getByRole('region', { name: 'Corrections' });
  expect(list.textContent).toContain('None:');
});

test('turning Edit mode off and on keeps the corrections made, and focus lands on the status after each', async () => {
  const { user, panel, people } = await openEditor();
  await user.selectOptions(within(people).getByLabelText('Person'), 'segolene-royal');
  await user.type(within(people).getByLabelText('Why (note)'), 'a test');
  await user.click(within(people).getByRole('button', { name: '“Ségolène Royal” is not a person' }));
  const status = within(panel).getByText(/^Applied: /);
  await new Promise((done) => requestAnimationFrame(done));
  expect(document.activeElement).toBe(status);
  // The struck person is no longer offered: the select and the button name another.
  expect((within(people).getByLabelText('Person') as HTMLSelectElement).value).not.toBe('segolene-royal');
  const toggle = screen.getByRole('button', { name: 'Edit corrections' });
  await user.click(toggle);
  expect(screen.queryByRole('region', { name: 'Edit corrections' })).toBeNull();
  await user.click(toggle);
  expect(screen.getByRole('region', { name: 'Edit corrections' })).toBe(panel);
  expect(within(screen.getByRole('group', { name: 'Person' })).queryByRole('checkbox', { name: /Royal/ })).toBeNull();
  await user.click(within(panel).getByRole('button', { name: 'Undo last correction' }));
  expect(within(screen.getByRole('group', { name: 'Person' })).getByRole('checkbox', { name: /Royal/ })).toBeTruthy();
});
