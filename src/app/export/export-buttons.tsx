import { useDeferredValue, useState } from 'react';
import { useDeferredVisibleArticles } from '../selectors/use-visible-articles.ts';
import { useDisplayDay } from '../selectors/use-display-day.ts';
import { formatCount } from '../shared/format-day.ts';
import { formatWindow } from '../shared/format-window.ts';
import { parseIsoMs } from '../../corpus/zoned-time.ts';
import { useCorpus, useExplorer, useExplorerActions, useSettledExplorer } from '../store/explorer-context.tsx';
import { INLINE_SELECT, SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { downloadTextFile } from './download-file.ts';
import { selectExportSelection, type ExportScope } from './export-selection.ts';
import { describeExportView } from './export-view.ts';
import type { TimeRange } from '../shared/time-range.ts';

/**
 * Downloads of what is on screen (the filtered articles and the events they report in view) or of
 * everything; each file says which, with the filters and the range.
 */
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
  const [scope, setScope] = useState<ExportScope>('on-screen');
  const range = zoomRange ?? day.range;
  const onScreen = selectExportSelection(corpus, articles, range);
  const everything = selectExportSelection(corpus, corpus.articles, day.range, 'everything');
  const selection = scope === 'everything' ? everything : onScreen;
  const base = `timeline-${corpus.day.date.slice(0, 10)}${scope === 'everything' ? '-everything' : ''}`;
  const windowText = (startIso: string, endIso: string) => {
    const start = parseIsoMs(startIso);
    const end = parseIsoMs(endIso);
    return start === null || end === null ? `${startIso}–${endIso}` : formatWindow(start, end, day);
  };
  const view = () =>
    describeExportView(corpus, selection, {
      scope,
      q: query,
      personIds,
      outletIds,
      eventId,
      timeZone: day.timeZone,
      range,
      dayRange: day.range,
      formatRange: (shown: TimeRange) => formatWindow(shown[0], shown[1], day),
    });
  const counts = (chosen: typeof selection) =>
    `${formatCount(chosen.events.length, 'event')}, ${formatCount(chosen.articles.length, 'article')}`;
  // Each format's writer is its own chunk, fetched on the first click: the page's first script stays small.
  const exports = [
    {
      label: 'Export CSV',
      run: async () => {
        const { serializeSelectionCsv } = await import('./to-csv.ts');
        downloadTextFile(
          `${base}.csv`,
          'text/csv;charset=utf-8',
          serializeSelectionCsv(selection, corpus, { formatWindow: windowText, view: view() }),
        );
      },
    },
    {
      label: 'Export JSON',
      run: async () => {
        const { serializeSelectionJson } = await import('./to-json.ts');
        downloadTextFile(`${base}.json`, 'application/json', serializeSelectionJson(selection, corpus, view()));
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
          serializeEventsIcs(selection, corpus, { generatedAtMs, view: view() }),
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
      <select
        aria-label="What to export"
        value={scope}
        onChange={(event) => setScope(event.target.value as ExportScope)}
        className={INLINE_SELECT}
      >
        <option value="on-screen">On screen: {counts(onScreen)}</option>
        <option value="everything">Everything: {counts(everything)}</option>
      </select>
      {exports.map((item) => (
        <button key={item.label} type="button" className={SECONDARY_BUTTON} onClick={() => void runExport(item)}>
          {item.label}
        </button>
      ))}
    </div>
  );
}
