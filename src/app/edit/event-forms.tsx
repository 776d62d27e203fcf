import { useState } from 'react';
import type { TimelineEvent } from '../../corpus/schema.ts';
import { useCorpus, useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { CorrectionForm, SelectField, TextField, pickPresent } from './edit-fields.tsx';
import type { CorrectionsDraft } from './use-corrections-draft.ts';

/** Retitle, re-time, re-place, remove an event or merge another into it; the selected event is picked first. */
export function EventForms({ draft }: { draft: CorrectionsDraft }) {
  const corpus = useCorpus();
  const selectedId = useExplorer((state) => state.eventId);
  const actions = useExplorerActions();
  const eventId = selectedId ?? corpus.events[0]?.id ?? '';
  const event = corpus.events.find((candidate) => candidate.id === eventId);
  if (!event) return null;
  const options = corpus.events.map((candidate) => [candidate.id, candidate.title] as const);
  return (
    <CorrectionForm legend="Event">
      <SelectField label="Event" value={eventId} options={options} onChange={(id) => actions.selectEvent(id)} />
      <EventFields key={event.id} event={event} draft={draft} />
    </CorrectionForm>
  );
}

function EventFields({ event, draft }: { event: TimelineEvent; draft: CorrectionsDraft }) {
  const corpus = useCorpus();
  const [title, setTitle] = useState(event.title);
  const [start, setStart] = useState(event.start);
  const [end, setEnd] = useState(event.end);
  const [place, setPlace] = useState(event.place ?? '');
  const others = corpus.events.filter((other) => other.id !== event.id);
  const [chosenOther, setOther] = useState(others[0]?.id ?? '');
  const other = pickPresent(others, chosenOther, 0);
  const [note, setNote] = useState('');
  const withNote = (run: (note: string) => boolean) => {
    if (note.trim() === '') return draft.setMessage('Say why in the note first: every correction keeps its reason.');
    if (run(note.trim())) setNote('');
  };
  const save = () =>
    withNote((why) => {
      const changed = Object.fromEntries(
        (
          [
            ['title', title.trim(), event.title],
            ['start', start.trim(), event.start],
            ['end', end.trim(), event.end],
            ['place', place.trim(), event.place ?? ''],
          ] as const
        ).flatMap(([field, value, was]) => (value !== '' && value !== was ? [[field, value]] : [])),
      );
      if (Object.keys(changed).length === 0) {
        draft.setMessage('Change the title, a time or the place first.');
        return false;
      }
      return draft.add(
        { section: 'events', entry: { event: event.id, ...changed, note: why } },
        `corrected “${event.title}”`,
      );
    });
  const remove = () =>
    withNote((why) =>
      draft.add({ section: 'events', entry: { remove: event.id, note: why } }, `removed “${event.title}”`),
    );
  const merge = () =>
    withNote((why) =>
      draft.add(
        { section: 'events', entry: { merge: [event.id, other], note: why } },
        `merged “${others.find((candidate) => candidate.id === other)?.title ?? other}” into “${event.title}”`,
      ),
    );
  return (
    <>
      <TextField label="Title" value={title} onChange={setTitle} />
      <TextField label="Starts (ISO date-time with offset)" value={start} onChange={setStart} />
      <TextField label="Ends (ISO date-time with offset)" value={end} onChange={setEnd} />
      <TextField label="Place" value={place} onChange={setPlace} />
      {others.length > 0 && (
        <SelectField
          label="Same event as"
          value={other}
          options={others.map((candidate) => [candidate.id, candidate.title] as const)}
          onChange={setOther}
        />
      )}
      <TextField label="Why (note)" value={note} onChange={setNote} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={SECONDARY_BUTTON} onClick={save}>
          Save event
        </button>
        {others.length > 0 && (
          <button type="button" className={SECONDARY_BUTTON} onClick={merge}>
            Merge into this event
          </button>
        )}
        <button type="button" className={SECONDARY_BUTTON} onClick={remove}>
          Remove event
        </button>
      </div>
    </>
  );
}
