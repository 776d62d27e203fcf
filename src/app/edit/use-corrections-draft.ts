import { useEffect, useMemo, useState } from 'react';
import { useExplorerActions, useLoadedCorpus } from '../store/explorer-context.tsx';
import type { CorrectionsJson } from '../../corpus/corrections/corrections-to-file.ts';
import { EMPTY_DRAFT, addToDraft, applyDraft, isEmptyDraft, type DraftEntry } from './corrections-draft.ts';

/**
 * The editor's corrections: each one applied to the loaded corpus at once and shown on the page.
 * An entry that cannot be applied (a warning or a contradiction) is refused with the reason, so the
 * file the editor downloads holds only corrections that apply.
 */
export function useCorrectionsDraft() {
  const loaded = useLoadedCorpus();
  const actions = useExplorerActions();
  const [history, setHistory] = useState<CorrectionsJson[]>([EMPTY_DRAFT]);
  const [message, setMessage] = useState('');
  const draft = history.at(-1)!;
  const applied = useMemo(() => applyDraft(loaded, draft), [loaded, draft]);
  useEffect(() => actions.showEditedCorpus(isEmptyDraft(draft) ? null : applied.corpus), [actions, applied, draft]);

  const add = (entry: DraftEntry, done: string) => {
    const next = addToDraft(draft, entry);
    const result = applyDraft(loaded, next);
    if (result.problems.length > applied.problems.length) {
      setMessage(`Not applied: ${result.problems.slice(applied.problems.length).join(' ')}`);
      return false;
    }
    setHistory([...history, next]);
    setMessage(`Applied: ${done}.`);
    return true;
  };
  const undo = () => {
    if (history.length <= 1) return;
    setHistory(history.slice(0, -1));
    setMessage('Undid the last correction.');
  };
  const discard = () => {
    setHistory([EMPTY_DRAFT]);
    setMessage('Discarded the corrections made here.');
  };
  return { corpus: applied.corpus, count: history.length - 1, message, setMessage, add, undo, discard };
}

export type CorrectionsDraft = ReturnType<typeof useCorrectionsDraft>;
