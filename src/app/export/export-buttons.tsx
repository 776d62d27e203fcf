import { selectVisibleArticles } from '../selectors/visible-articles.ts';
import { useDisplayDay } from '../selectors/use-display-day.ts';
import { formatCount } from '../shared/format-day.ts';
import { formatWindow } from '../shared/format-window.ts';
import { parseIsoMs } from '../shared/zoned-time.ts';
import { useCorpus, useExplorer, useSettledExplorer } from '../store/explorer-context.tsx';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { downloadTextFile } from './download-file.ts';
import { selectExportSelection } from './export-selection.ts';
import { serializeSelectionCsv } from './to-csv.ts';
import { serializeEventsIcs } from './to-ics.ts';
import { serializeSelectionJson } from './to-json.ts';

/** Downloads of what is on screen: the filtered articles and the events they report in view. */
export function ExportButtons() {
  const corpus = useCorpus();
  const day = useDisplayDay();
  const personIds = useExplorer((state) => state.personIds);
  const outletIds = useExplorer((state) => state.outletIds);
  const query = useExplorer((state) => state.q);
  const eventId = useExplorer((state) => state.eventId);
  // The count follows the zoom once it rests, so wheel frames do not re-render the toolbar.
  const zoomRange = useSettledExplorer((state) => state.zoomRange, 200);
  const articles = selectVisibleArticles(corpus, personIds, outletIds, query);
  const selection = selectExportSelection(corpus, articles, zoomRange ?? day.range);
  const base = `timeline-${corpus.day.date.slice(0, 10)}`;
  const windowText = (startIso: string, endIso: string) => {
    const start = parseIsoMs(startIso);
    const end = parseIsoMs(endIso);
    return start === null || end === null ? `${startIso}–${endIso}` : formatWindow(start, end, day);
  };
  const exports = [
    { label: 'Export CSV', run: () => downloadTextFile(`${base}.csv`, 'text/csv;charset=utf-8', serializeSelectionCsv(selection, corpus, windowText)) },
    {
      label: 'Export JSON',
      run: () =>
        downloadTextFile(
          `${base}.json`,
          'application/json',
          serializeSelectionJson(selection, corpus, { q: query, personIds, outletIds, eventId, timeZone: day.timeZone }),
        ),
    },
    {
      label: 'Export ICS',
      run: () =>
        downloadTextFile(
          `${base}.ics`,
          'text/calendar;charset=utf-8',
          serializeEventsIcs(selection.events, corpus, { visibleArticleIds: new Set(articles.map((a) => a.id)), generatedAtMs: Date.now() }),
        ),
    },
  ];

  return (
    <div role="group" aria-label="Export" className="flex flex-wrap items-center gap-2 print:hidden">
      <span className="text-sm text-neutral-600 dark:text-neutral-400">
        {formatCount(selection.events.length, 'event')}, {formatCount(selection.articles.length, 'article')}:
      </span>
      {exports.map((item) => (
        <button key={item.label} type="button" className={SECONDARY_BUTTON} onClick={item.run}>
          {item.label}
        </button>
      ))}
    </div>
  );
}
