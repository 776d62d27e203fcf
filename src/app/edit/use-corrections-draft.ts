import { useEffect, useMemo, useRef, useState } from 'react';
import { useExplorerActions, useLoadedCorpus } from '../store/explorer-context.tsx';
import type { CorrectionsJson } from '../../corpus/corrections/corrections-to-file.ts';
import {
  EMPTY_DRAFT,
  addToDraft,
  applyDraft,
  contradictionsOfFile,
  isEmptyDraft,
  type DraftEntry,
} from './corrections-draft.ts';

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
  // After a correction the form it came from may be gone (a removed event): focus goes to the status.
  const statusRef = useRef<HTMLParagraphElement>(null);
  const report = (text: string) => {
    setMessage(text);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const draft = history.at(-1)!;
  const applied = useMemo(() => applyDraft(loaded, draft), [loaded, draft]);
  useEffect(() => actions.showEditedCorpus(isEmptyDraft(draft) ? null : applied.corpus), [actions, applied, draft]);

  const add = (entry: DraftEntry, done: string) => {
    const next = addToDraft(draft, entry);
    const result = applyDraft(loaded, next);
    if (result.problems.length > applied.problems.length) {
      report(`Not applied: ${result.problems.slice(applied.problems.length).join(' ')}`);
      return false;
    }
    const contradictions = contradictionsOfFile(result.corpus);
    if (contradictions.length > 0) {
      report(`Not applied: with the corrections already made, ${contradictions.join(' ')}`);
      return false;
    }
    setHistory([...history, next]);
    report(`Applied: ${done}.`);
    return true;
  };
  const undo = () => {
    if (history.length <= 1) return report('Nothing to undo.');
    setHistory(history.slice(0, -1));
    report('Undid the last correction.');
  };
  const discard = () => {
    if (history.length <= 1) return report('Nothing to discard.');
    setHistory([EMPTY_DRAFT]);
    report('Discarded the corrections made here.');
  };
  return { corpus: applied.corpus, count: history.length - 1, message, setMessage, statusRef, add, undo, discard };
}

export type CorrectionsDraft = ReturnType<typeof useCorrectionsDraft>;
