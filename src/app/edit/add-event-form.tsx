import { useState } from 'react';
import type { Article } from '../../corpus/schema.ts';
import { formatZonedIso } from '../../corpus/zoned-time.ts';
import { selectDay } from '../selectors/day.ts';
import { useCorpus } from '../store/explorer-context.tsx';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { articleOption } from './article-form.tsx';
import { CorrectionForm, SelectField, TextField } from './edit-fields.tsx';
import type { CorrectionsDraft } from './use-corrections-draft.ts';

const SENTENCE_SHOWN = 90;

/** An event the extraction missed, from a sentence of an article: the sentence becomes its source. */
export function AddEventForm({ draft }: { draft: CorrectionsDraft }) {
  const corpus = useCorpus();
  const [file, setFile] = useState(corpus.articles[0]?.file ?? '');
  const article = corpus.articles.find((candidate) => candidate.file === file);
  if (!article) return null;
  return (
    <CorrectionForm legend="Add an event">
      <SelectField
        label="From the article"
        value={file}
        options={corpus.articles.map(articleOption)}
        onChange={setFile}
      />
      <AddEventFields key={file} article={article} draft={draft} />
    </CorrectionForm>
  );
}

function AddEventFields({ article, draft }: { article: Article; draft: CorrectionsDraft }) {
  const corpus = useCorpus();
  const dayStart = formatZonedIso(selectDay(corpus).range[0], corpus.day.timeZone);
  const sentences = article.sentences.map((span, index) => {
    const text = article.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    return { index, span, text, shown: text.length > SENTENCE_SHOWN ? `${text.slice(0, SENTENCE_SHOWN)}…` : text };
  });
  const [sentence, setSentence] = useState('0');
  const [title, setTitle] = useState('');
  const [start, setStart] = useState(dayStart);
  const [end, setEnd] = useState(dayStart);
  const [note, setNote] = useState('');
  const add = () => {
    const chosen = sentences[Number(sentence)];
    if (!chosen) return;
    if (note.trim() === '') return draft.setMessage('Say why in the note first: every correction keeps its reason.');
    if (title.trim() === '') return draft.setMessage('Give the event a title first.');
    const source = { file: article.file, start: chosen.span.start, end: chosen.span.end };
    const entry = {
      add: { title: title.trim(), start: start.trim(), end: end.trim(), sources: [source] },
      note: note.trim(),
    };
    if (draft.add({ section: 'events', entry }, `added “${title.trim()}”`)) {
      setTitle('');
      setNote('');
    }
  };
  return (
    <>
      <SelectField
        label="Sentence that reports it"
        value={sentence}
        options={sentences.map((item) => [String(item.index), item.shown] as const)}
        onChange={setSentence}
      />
      <TextField label="Title" value={title} onChange={setTitle} />
      <TextField label="Starts (ISO date-time with offset)" value={start} onChange={setStart} />
      <TextField label="Ends (ISO date-time with offset)" value={end} onChange={setEnd} />
      <TextField label="Why (note)" value={note} onChange={setNote} />
      <button type="button" className={SECONDARY_BUTTON} onClick={add}>
        Add event
      </button>
    </>
  );
}
