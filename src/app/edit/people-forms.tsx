import { useState } from 'react';
import { useCorpus } from '../store/explorer-context.tsx';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { CorrectionForm, SelectField, TextField, pickPresent } from './edit-fields.tsx';
import type { CorrectionsDraft } from './use-corrections-draft.ts';

/** Merge two people (one person, two spellings) or strike a name that is not a person. */
export function PeopleForms({ draft }: { draft: CorrectionsDraft }) {
  const corpus = useCorpus();
  const people = [...corpus.people].sort((a, b) => a.name.localeCompare(b.name));
  const options = people.map((person) => [person.id, person.name] as const);
  const [chosenFirst, setFirst] = useState(people[0]?.id ?? '');
  const [chosenSecond, setSecond] = useState(people[1]?.id ?? '');
  // A person a correction just took out is no longer a choice: the select shows, and the form uses, another.
  const first = pickPresent(people, chosenFirst, 0);
  const second = pickPresent(people, chosenSecond, first === people[1]?.id ? 0 : 1);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? id;
  if (people.length === 0) return null;
  const needNote = () => {
    if (note.trim() !== '') return false;
    draft.setMessage('Say why in the note first: every correction keeps its reason.');
    return true;
  };
  const merge = () => {
    if (needNote()) return;
    if (first === second) return draft.setMessage('Pick two different people to merge.');
    const kept = name.trim() || nameOf(first);
    const entry = { merge: [first, second], name: kept, note: note.trim() };
    if (draft.add({ section: 'people', entry }, `merged ${nameOf(first)} and ${nameOf(second)} as ${kept}`))
      setNote('');
  };
  const strike = () => {
    if (needNote()) return;
    if (
      draft.add(
        { section: 'people', entry: { notAPerson: first, note: note.trim() } },
        `${nameOf(first)} is not a person`,
      )
    )
      setNote('');
  };
  return (
    <CorrectionForm legend="People">
      <SelectField label="Person" value={first} options={options} onChange={setFirst} />
      <SelectField label="Same person as" value={second} options={options} onChange={setSecond} />
      <TextField label="Name to keep (optional)" value={name} onChange={setName} placeholder={nameOf(first)} />
      <TextField label="Why (note)" value={note} onChange={setNote} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className={SECONDARY_BUTTON} onClick={merge}>
          Merge people
        </button>
        <button type="button" className={SECONDARY_BUTTON} onClick={strike}>
          {`“${nameOf(first)}” is not a person`}
        </button>
      </div>
    </CorrectionForm>
  );
}
