import { lazy, memo, Suspense, useId, useRef, useState } from 'react';
import type { Article } from '../../corpus/schema.ts';
import { describeDiscrepancyTopic, selectDiscrepanciesByArticle } from '../selectors/discrepancies.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import { formatWireName } from '../shared/article-label.ts';
import { useCorpus, useExplorerActions } from '../store/explorer-context.tsx';
import { LINK_BUTTON, SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { formatPublished } from './format-published.ts';
import { useDisplayDay } from '../selectors/use-display-day.ts';
import { HighlightedText } from '../ui/highlighted-text.tsx';
import { pickMatchingSnippet } from '../shared/highlight-text.ts';
import { correctionsOf } from '../shared/corrections.ts';
import { CorrectionNotes } from '../ui/correction-notes.tsx';

// The reader is its own chunk, fetched on the first "Read full text": the page's first script stays small.
const ArticleReader = lazy(() => import('./article-reader.tsx').then((module) => ({ default: module.ArticleReader })));

type Props = {
  article: Article;
  reportsSelected: boolean;
  selectedEventId: string | null;
  /** The words the search matched in this article; null when nothing is searched. */
  searchTerms: ReadonlySet<string> | null;
};

const FRAME = 'rounded-xl border bg-white p-4 shadow-sm sm:p-5 dark:bg-neutral-900';
const PLAIN = 'border-neutral-200 dark:border-neutral-800';
const MARKED = 'border-blue-700 ring-2 ring-blue-700 dark:border-blue-400 dark:ring-blue-400';
const MUTED_TEXT = 'text-neutral-600 dark:text-neutral-400';

/** One article as a source: who published it, when, what it says and which events it reports. */
export const SourceCard = memo(function SourceCard({ article, reportsSelected, selectedEventId, searchTerms }: Props) {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const index = getCorpusIndex(corpus);
  const headingId = useId();
  const [reading, setReading] = useState(false);
  const readButton = useRef<HTMLButtonElement>(null);
  const closeReader = () => {
    setReading(false);
    readButton.current?.focus();
  };
  const displayDay = useDisplayDay();
  const published = formatPublished(article, displayDay.timeZone);
  const people = article.people.map((id) => index.people.get(id)?.name).filter((name) => name !== undefined);
  const events = article.events.map((id) => index.events.get(id)).filter((event) => event !== undefined);
  const quotes = article.quotes.map((id) => index.quotes.get(id)).filter((quote) => quote !== undefined);
  const discrepancies = selectDiscrepanciesByArticle(corpus).get(article.id) ?? [];
  const corrections = correctionsOf(corpus, 'article', article.id);
  const summary = article.headline ?? article.lede;
  const snippet = searchTerms ? pickMatchingSnippet(article.text, article.sentences, searchTerms, [summary]) : null;
  const byline = [
    article.wires.length > 0 ? `via ${article.wires.map(formatWireName).join(', ')}` : null,
    article.author,
  ].filter((part) => part !== null);

  return (
    <article
      aria-labelledby={headingId}
      aria-current={reportsSelected ? 'true' : undefined}
      className={`${FRAME} ${reportsSelected ? MARKED : PLAIN}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1.5">
        <h3
          id={headingId}
          className={`text-base font-semibold tracking-tight ${article.outlet ? '' : 'italic text-neutral-700 dark:text-neutral-300'}`}
        >
          {article.outlet?.name ?? 'Outlet not stated'}
        </h3>
        {reportsSelected && (
          <span className="rounded-full bg-blue-700 px-2.5 py-0.5 text-xs font-semibold text-white dark:bg-blue-400 dark:text-neutral-950">
            Reports the selected event
          </span>
        )}
      </div>

      <p className={`mt-1 flex flex-wrap gap-x-2 text-sm ${MUTED_TEXT}`}>
        {byline.map((part) => (
          <span key={part}>{part} ·</span>
        ))}
        {published.dateTime ? (
          <time dateTime={published.dateTime}>{published.text}</time>
        ) : (
          <span>{published.text}</span>
        )}
        {(published.inferred || article.publishedBasis.kind === 'corrected') && (
          <span
            title={published.reason}
            className="rounded border border-amber-700 px-1.5 text-xs font-medium text-amber-800 dark:border-amber-400 dark:text-amber-300"
          >
            {published.inferred ? 'inferred' : 'corrected'}
          </span>
        )}
      </p>
      {published.inferred && <p className={`mt-0.5 text-xs ${MUTED_TEXT}`}>Date inferred: {published.reason}</p>}
      <CorrectionNotes corrections={corrections} className={`mt-0.5 text-xs ${MUTED_TEXT}`} />

      {article.headline ? (
        <p className="mt-3 text-[0.95rem] font-medium leading-snug text-neutral-900 dark:text-neutral-100">
          <HighlightedText text={article.headline} terms={searchTerms} />
        </p>
      ) : (
        <p className="mt-3 text-[0.95rem] leading-snug text-neutral-800 dark:text-neutral-200">
          <HighlightedText text={article.lede} terms={searchTerms} />
        </p>
      )}
      {snippet && (
        <p className="mt-2 border-l-2 border-amber-500 pl-3 text-sm leading-relaxed text-neutral-800 dark:text-neutral-200">
          <span className="sr-only">Matching text: </span>
          <HighlightedText text={snippet} terms={searchTerms} />
        </p>
      )}

      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
        {people.length > 0 && (
          <>
            <dt className={MUTED_TEXT}>People:</dt>
            <dd className="text-neutral-900 dark:text-neutral-100">{people.join(', ')}</dd>
          </>
        )}
        <dt className={MUTED_TEXT}>Reports:</dt>
        <dd>
          {events.length === 0 ? (
            <span className={MUTED_TEXT}>no event found</span>
          ) : (
            <ul className="space-y-1">
              {events.map((event) => (
                <li key={event.id}>
                  <button
                    type="button"
                    className={`${LINK_BUTTON} ${event.id === selectedEventId ? 'font-semibold' : ''}`}
                    aria-pressed={event.id === selectedEventId}
                    onClick={() => actions.selectEvent(event.id)}
                  >
                    {event.title}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>

      {discrepancies.length > 0 && (
        <div className="mt-3 rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-semibold">
            <span aria-hidden="true">≠ </span>Sources differ
          </p>
          <ul className="mt-0.5 space-y-0.5">
            {discrepancies.map((view) => {
              const claim = view.claims.find((item) => item.articleId === article.id);
              return (
                <li key={view.discrepancy.id}>
                  On the {describeDiscrepancyTopic(view)}
                  {claim && `: this article says ${claim.value}`}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {quotes.length > 0 && (
        <ul className="mt-3 space-y-2 border-l-2 border-neutral-200 pl-3 text-sm dark:border-neutral-700">
          {quotes.map((quote) => (
            <li key={quote.id} className="text-neutral-800 dark:text-neutral-200">
              <span className="font-medium text-neutral-900 dark:text-neutral-100">{quote.speakerLabel}:</span> “
              {quote.text}”
            </li>
          ))}
        </ul>
      )}

      <div className="mt-4 flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        <p className={`flex flex-wrap gap-x-3 text-xs ${MUTED_TEXT}`}>
          <span>
            File <span className="font-mono">{article.file}</span>
          </span>
          {article.url && /^https?:\/\//.test(article.url) && (
            <a href={article.url} className={`${LINK_BUTTON} font-normal`} rel="noreferrer noopener">
              Original article
            </a>
          )}
        </p>
        <button
          ref={readButton}
          type="button"
          aria-haspopup="dialog"
          className={SECONDARY_BUTTON}
          onClick={() => setReading(true)}
        >
          Read full text
        </button>
      </div>
      {reading && (
        <Suspense fallback={null}>
          <ArticleReader article={article} onClose={closeReader} />
        </Suspense>
      )}
    </article>
  );
});
