import { useState } from 'react';
import type { Article } from '../../corpus/schema.ts';
import { useCorpus } from '../store/explorer-context.tsx';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { CorrectionForm, SelectField, TextField } from './edit-fields.tsx';
import type { CorrectionsDraft } from './use-corrections-draft.ts';

/** "Outlet — file" for pickers: files are what corrections.json names articles by. */
export function articleOption(article: Article): readonly [string, string] {
  return [article.file, `${article.outlet?.name ?? 'Outlet not stated'} — ${article.file}`];
}

/** Set an article's outlet or publication date. */
export function ArticleForm({ draft }: { draft: CorrectionsDraft }) {
  const corpus = useCorpus();
  const [file, setFile] = useState(corpus.articles[0]?.file ?? '');
  const article = corpus.articles.find((candidate) => candidate.file === file);
  if (!article) return null;
  return (
    <CorrectionForm legend="Article">
      <SelectField label="Article" value={file} options={corpus.articles.map(articleOption)} onChange={setFile} />
      <ArticleFields key={file} article={article} draft={draft} />
    </CorrectionForm>
  );
}

function ArticleFields({ article, draft }: { article: Article; draft: CorrectionsDraft }) {
  const [outlet, setOutlet] = useState(article.outlet?.name ?? '');
  const [published, setPublished] = useState(article.published ?? '');
  const [note, setNote] = useState('');
  const save = () => {
    if (note.trim() === '') return draft.setMessage('Say why in the note first: every correction keeps its reason.');
    const entry: Record<string, string> = { note: note.trim() };
    if (outlet.trim() !== '' && outlet.trim() !== article.outlet?.name) entry.outlet = outlet.trim();
    if (published.trim() !== '' && published.trim() !== article.published) entry.published = published.trim();
    if (!entry.outlet && !entry.published) return draft.setMessage('Change the outlet or the date first.');
    if (draft.add({ section: 'articles', file: article.file, entry }, `corrected ${article.file}`)) setNote('');
  };
  return (
    <>
      <TextField label="Outlet" value={outlet} onChange={setOutlet} />
      <TextField label="Published (ISO date or date-time with offset)" value={published} onChange={setPublished} />
      <TextField label="Why (note)" value={note} onChange={setNote} />
      <p className="text-xs text-neutral-600 dark:text-neutral-400">
        A new date shows on the card now; the day and the times it anchors are read again when the site is rebuilt.
      </p>
      <button type="button" className={SECONDARY_BUTTON} onClick={save}>
        Set outlet and date
      </button>
    </>
  );
}
