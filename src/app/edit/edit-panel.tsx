import { useId } from 'react';
import { downloadTextFile } from '../export/download-file.ts';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { SECTION_FRAME } from '../ui/section-styles.ts';
import { AddEventForm } from './add-event-form.tsx';
import { ArticleForm } from './article-form.tsx';
import { correctionsFileText, unappliedFolderEntries } from './corrections-draft.ts';
import { useLoadedCorpus } from '../store/explorer-context.tsx';
import { EventForms } from './event-forms.tsx';
import { PeopleForms } from './people-forms.tsx';
import { saveCorrectionsToFolder } from './save-to-folder.ts';
import { useCorrectionsDraft } from './use-corrections-draft.ts';

/**
 * Edit mode: an editor corrects what the extraction got wrong, sees each correction on the page at
 * once, and takes the result away as corrections.json (downloaded, or written to the articles
 * folder under `npm run dev`), which the next build applies.
 */
export function EditPanel() {
  const draft = useCorrectionsDraft();
  const unapplied = unappliedFolderEntries(useLoadedCorpus());
  const headingId = useId();
  const download = () => {
    downloadTextFile('corrections.json', 'application/json', correctionsFileText(draft.corpus));
    draft.setMessage('Downloaded corrections.json: put it beside the articles and rebuild.');
  };
  const save = async () => {
    const result = await saveCorrectionsToFolder(correctionsFileText(draft.corpus));
    draft.setMessage(result);
  };
  return (
    <section aria-labelledby={headingId} className={`${SECTION_FRAME} print:hidden`}>
      <h2 id={headingId} className="text-lg font-semibold tracking-tight">
        Edit corrections
      </h2>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
        Each correction needs a note saying why; it shows on the page at once, marked “Corrected”, and goes into
        corrections.json.
      </p>
      {unapplied.length > 0 && (
        <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
          {unapplied.length} of the folder’s corrections do not apply, and the download leaves them out:{' '}
          {unapplied.join(' ')}
        </p>
      )}
      <p ref={draft.statusRef} tabIndex={-1} aria-live="polite" className="mt-2 text-sm font-medium">
        {draft.message}
      </p>
      <div className="mt-3 grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <PeopleForms draft={draft} />
        <EventForms draft={draft} />
        <ArticleForm draft={draft} />
        <AddEventForm draft={draft} />
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className={SECONDARY_BUTTON} onClick={download}>
          Download corrections.json
        </button>
        {import.meta.env.DEV && (
          <button type="button" className={SECONDARY_BUTTON} onClick={() => void save()}>
            Save to the articles folder
          </button>
        )}
        <button type="button" className={SECONDARY_BUTTON} aria-disabled={draft.count === 0} onClick={draft.undo}>
          Undo last correction
        </button>
        <button type="button" className={SECONDARY_BUTTON} aria-disabled={draft.count === 0} onClick={draft.discard}>
          Discard corrections made here
        </button>
      </div>
    </section>
  );
}
