import { useId, useMemo, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useModalDialog } from '../ui/use-modal-dialog.ts';
import type { Article } from '../../corpus/schema.ts';
import { buildReadingParagraphs, selectHighlightInput, type TextRun } from './article-highlights.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { useCorpus, useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { stringifyUrlState } from '../store/url-state.ts';
import { FOCUS_RING, SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { formatPublished } from './format-published.ts';

// Not colour alone: the event's sentences are tinted, people are bold and underlined, quotes italic.
const EVENT_MARK = 'rounded-sm bg-blue-100 text-neutral-950 dark:bg-blue-900 dark:text-white';
const PERSON_MARK =
  'font-semibold underline decoration-2 underline-offset-2 decoration-blue-700 dark:decoration-blue-400';
const QUOTE_MARK = 'italic';
const EVENT_LINK = `rounded-sm underline decoration-neutral-400 decoration-dotted underline-offset-4 hover:decoration-blue-700 hover:decoration-solid dark:decoration-neutral-500 dark:hover:decoration-blue-400 ${FOCUS_RING}`;

function RunText({ run }: { run: TextRun }) {
  if (!run.selectedEvent && !run.person && !run.quote) return <>{run.text}</>;
  const classes = [
    run.selectedEvent ? EVENT_MARK : 'bg-transparent text-inherit',
    run.person ? PERSON_MARK : '',
    run.quote ? QUOTE_MARK : '',
  ];
  return <mark className={classes.join(' ')}>{run.text}</mark>;
}

/**
 * The article's full text in a modal dialog, with the selected event's sentences, the selected
 * people's mentions and the quotes highlighted. Every sentence that reports an event links to it.
 * Escape or Close shuts it; the opener gets focus back (the card does that in onClose).
 * Rendered into <body> through a portal: selecting an event from the text reorders the cards, and
 * moving an open modal dialog with its card would take it out of the top layer. The reader only
 * exists after a click, so reading `document` here never happens on the server.
 */
export function ArticleReader(props: { article: Article; onClose: () => void }) {
  const { article, onClose } = props;
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const selectedEventId = useExplorer((state) => state.eventId);
  const personIds = useExplorer((state) => state.personIds);
  const outletIds = useExplorer((state) => state.outletIds);
  const q = useExplorer((state) => state.q);
  const tz = useExplorer((state) => state.tz);
  const { dialogProps, requestClose } = useModalDialog(true, onClose);
  const headingId = useId();
  const index = getCorpusIndex(corpus);

  const paragraphs = useMemo(
    () => buildReadingParagraphs(article, selectHighlightInput(corpus, article.id, selectedEventId, personIds)),
    [article, corpus, selectedEventId, personIds],
  );

  const selectFromText = (event: MouseEvent<HTMLAnchorElement>, eventId: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    actions.selectEvent(eventId);
  };

  const published = formatPublished(article, corpus.day.timeZone);
  const selectedEvent = selectedEventId ? index.events.get(selectedEventId) : undefined;
  const reportsSelected = paragraphs.some((paragraph) =>
    paragraph.groups.some((group) => group.runs.some((run) => run.selectedEvent)),
  );
  const people = personIds
    .filter((id) => index.people.get(id)?.mentions.some((mention) => mention.articleId === article.id))
    .map((id) => index.people.get(id)?.name ?? id);
  const omitted = article.paragraphs.filter((paragraph) => paragraph.kind === 'junk').length;

  return createPortal(
    <dialog
      {...dialogProps}
      aria-labelledby={headingId}
      className="m-auto max-h-[calc(100dvh-1.5rem)] w-[min(48rem,calc(100vw-1.5rem))] overflow-y-auto overscroll-contain rounded-xl border border-neutral-200 bg-white p-0 text-neutral-900 shadow-2xl backdrop:bg-[rgb(10_10_10/0.6)] dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="sticky top-0 z-10 flex items-start justify-between gap-3 border-b border-neutral-200 bg-white px-4 py-3 sm:px-6 dark:border-neutral-800 dark:bg-neutral-900">
        <div className="min-w-0">
          <h2 id={headingId} className={`text-lg font-semibold tracking-tight ${article.outlet ? '' : 'italic'}`}>
            {article.outlet?.name ?? 'Outlet not stated'}
          </h2>
          <p className="text-sm text-neutral-600 dark:text-neutral-400">
            {published.text}
            {article.wires.length > 0 && ` · via ${article.wires.map((wire) => wire.name).join(', ')}`}
            {' · '}
            <span className="font-mono text-xs">{article.file}</span>
          </p>
        </div>
        <button type="button" className={`${SECONDARY_BUTTON} shrink-0 whitespace-nowrap`} onClick={requestClose}>
          Close
        </button>
      </div>

      <div className="px-4 py-4 sm:px-6">
        <div
          aria-live="polite"
          className="rounded-lg border border-neutral-200 bg-neutral-50 p-3 text-sm dark:border-neutral-800 dark:bg-neutral-950"
        >
          <p className="font-medium">Highlighted in the text</p>
          <ul className="mt-1 space-y-1 text-neutral-700 dark:text-neutral-300">
            <li>
              {selectedEvent && reportsSelected ? (
                <>
                  <mark className={`${EVENT_MARK} px-1`}>Tinted</mark>: sentences reporting {selectedEvent.title}
                </>
              ) : selectedEvent ? (
                <>This article does not report {selectedEvent.title}.</>
              ) : (
                <>Select an event to tint the sentences that report it.</>
              )}
            </li>
            {people.length > 0 && (
              <li>
                <mark className={`bg-transparent text-inherit ${PERSON_MARK}`}>Bold, underlined</mark>: mentions of{' '}
                {people.join(', ')}
              </li>
            )}
            {article.quotes.length > 0 && (
              <li>
                <mark className={`bg-transparent text-inherit ${QUOTE_MARK}`}>Italic</mark>: quoted words
              </li>
            )}
            <li>Dotted underline: a sentence that reports an event; choose it to select that event.</li>
          </ul>
        </div>

        {article.headline && (
          <p className="mt-4 text-xl font-semibold leading-snug tracking-tight text-balance">{article.headline}</p>
        )}
        <div className="mt-3 space-y-3 text-[0.95rem] leading-relaxed">
          {paragraphs.map((paragraph) => {
            const children = paragraph.groups.map((group) => {
              const key = group.runs[0]?.start ?? 0;
              const runs = group.runs.map((run) => <RunText key={run.start} run={run} />);
              if (!group.eventId) return <span key={key}>{runs}</span>;
              const eventId = group.eventId;
              const title = index.events.get(eventId)?.title ?? eventId;
              return (
                <a
                  key={key}
                  href={stringifyUrlState({ eventId, personIds, outletIds, q, tz }) || '?'}
                  title={`Select the event: ${title}`}
                  aria-current={eventId === selectedEventId ? 'true' : undefined}
                  className={EVENT_LINK}
                  onClick={(event) => selectFromText(event, eventId)}
                >
                  {runs}
                </a>
              );
            });
            if (paragraph.kind === 'embed') {
              return (
                <blockquote
                  key={paragraph.start}
                  className="border-l-4 border-neutral-300 pl-3 text-neutral-800 dark:border-neutral-600 dark:text-neutral-200"
                >
                  {children}
                </blockquote>
              );
            }
            if (paragraph.kind === 'meta') {
              return (
                <p key={paragraph.start} className="text-sm text-neutral-600 dark:text-neutral-400">
                  {children}
                </p>
              );
            }
            return <p key={paragraph.start}>{children}</p>;
          })}
        </div>
        {omitted > 0 && (
          <p className="mt-4 text-xs text-neutral-600 dark:text-neutral-400">
            {omitted === 1 ? 'One line' : `${omitted} lines`} of page furniture (appeals, “Comment” links) left out.
          </p>
        )}
      </div>
    </dialog>,
    document.body,
  );
}
