import { useDisplayDay } from '../selectors/use-display-day.ts';
import { formatCount } from '../shared/format-day.ts';
import { useCorpus } from '../store/explorer-context.tsx';
import { NoticeArea } from './notice-area.tsx';
import { ViewToolbar } from './view-toolbar.tsx';
import { UnloadedSourcesNotice } from './unloaded-sources-notice.tsx';

/** The day, the place, and what the corpus holds. */
export function AppHeader() {
  const corpus = useCorpus();
  const day = useDisplayDay();
  const summary = [
    formatCount(corpus.articles.length, 'article'),
    formatCount(corpus.events.length, 'event'),
    formatCount(corpus.people.length, 'person', 'people'),
    formatCount(corpus.outlets.length, 'outlet'),
  ];
  return (
    <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
      <div className="mx-auto max-w-7xl px-4 py-5 sm:px-6 lg:px-8">
        <p className="text-xs font-semibold uppercase tracking-wider text-blue-700 dark:text-blue-400">
          News timeline explorer
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
          {day.dateLabel}
          {corpus.day.place && <span className="text-neutral-600 dark:text-neutral-400"> · {corpus.day.place}</span>}
        </h1>
        <ul
          aria-label="Corpus summary"
          className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-neutral-600 dark:text-neutral-400"
        >
          {summary.map((item) => (
            <li key={item}>{item}</li>
          ))}
          <li>Times in {day.zoneLabel === day.timeZone ? day.timeZone : `${day.zoneLabel} (${day.timeZone})`}</li>
        </ul>
        <ViewToolbar />
        <NoticeArea />
        <UnloadedSourcesNotice />
      </div>
    </header>
  );
}
