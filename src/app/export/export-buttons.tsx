import { useDeferredValue } from 'react';
import { useDeferredVisibleArticles } from '../selectors/use-visible-articles.ts';
import { useDisplayDay } from '../selectors/use-display-day.ts';
import { formatCount } from '../shared/format-day.ts';
import { formatWindow } from '../shared/format-window.ts';
import { parseIsoMs } from '../../corpus/zoned-time.ts';
import { useCorpus, useExplorer, useExplorerActions, useSettledExplorer } from '../store/explorer-context.tsx';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { downloadTextFile } from './download-file.ts';
import { selectExportSelection } from './export-selection.ts';

/** Downloads of what is on screen: the filtered articles and the events they report in view. */
export function ExportButtons() {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const day = useDisplayDay();
  // The filters the JSON export records: the ones its selection was made with, which trail a click by a render.
  const personIds = useDeferredValue(useExplorer((state) => state.personIds));
  const outletIds = useDeferredValue(useExplorer((state) => state.outletIds));
  const query = useDeferredValue(useExplorer((state) => state.q));
  const eventId = useExplorer((state) => state.eventId);
  // The count follows the zoom once it rests, so wheel frames do not re-render the toolbar.
  const zoomRange = useSettledExplorer((state) => state.zoomRange, 200);
  // The count follows a filter after the cards have painted (it and what the buttons export agree).
  const articles = useDeferredVisibleArticles();
  const selection = selectExportSelection(corpus, articles, zoomRange ?? day.range);
  const base = `timeline-${corpus.day.date.slice(0, 10)}`;
  const windowText = (startIso: string, endIso: string) => {
    const start = parseIsoMs(startIso);
    const end = parseIsoMs(endIso);
    return start === null || end === null ? `${startIso}–${endIso}` : formatWindow(start, end, day);
  };
  // Each format's writer is its own chunk, fetched on the first click: the page's first script stays small.
  const exports = [
    {
      label: 'Export CSV',
      run: async () => {
        const { serializeSelectionCsv } = await import('./to-csv.ts');
        downloadTextFile(`${base}.csv`, 'text/csv;charset=utf-8', serializeSelectionCsv(selection, corpus, windowText));
      },
    },
    {
      label: 'Export JSON',
      run: async () => {
        const { serializeSelectionJson } = await import('./to-json.ts');
        downloadTextFile(
          `${base}.json`,
          'application/json',
          serializeSelectionJson(selection, corpus, {
            q: query,
            personIds,
            outletIds,
            eventId,
            timeZone: day.timeZone,
          }),
        );
      },
    },
    {
      label: 'Export ICS',
      run: async () => {
        const generatedAtMs = Date.now();
        const { serializeEventsIcs } = await import('./to-ics.ts');
        downloadTextFile(
          `${base}.ics`,
          'text/calendar;charset=utf-8',
          serializeEventsIcs(selection.events, corpus, {
            visibleArticleIds: new Set(articles.map((a) => a.id)),
            generatedAtMs,
          }),
        );
      },
    },
  ];
  const runExport = (item: (typeof exports)[number]) =>
    item
      .run()
      .catch((error: unknown) =>
        actions.addNotice(`${item.label} failed: ${error instanceof Error ? error.message : String(error)}`),
      );

  return (
    <div role="group" aria-label="Export" className="flex flex-wrap items-center gap-2 print:hidden">
      <span className="text-sm text-neutral-600 dark:text-neutral-400">
        {formatCount(selection.events.length, 'event')}, {formatCount(selection.articles.length, 'article')}:
      </span>
      {exports.map((item) => (
        <button key={item.label} type="button" className={SECONDARY_BUTTON} onClick={() => void runExport(item)}>
          {item.label}
        </button>
      ))}
    </div>
  );
}
