import { SourceList } from './cards/source-list.tsx';
import { ExportButtons } from './export/export-buttons.tsx';
import { Suspense } from 'react';
import { eventDetailView } from './lazy-views.ts';
import { FilterBar } from './filters/filter-bar.tsx';
import { useExplorer } from './store/explorer-context.tsx';
import { RegionBoundary } from './ui/region-boundary.tsx';

/**
 * Below the timeline: the selected event's detail, the filters, the cards. That is also the
 * reading and focus order on a phone (the detail right after the timeline that opened it);
 * from 1024px the filters move into a sticky left column beside detail and cards.
 */
export function ExplorerLayout() {
  const selectedEventId = useExplorer((state) => state.eventId);
  const hasSelection = selectedEventId !== null;
  return (
    <div
      className={`grid gap-6 print:block print:space-y-6 lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-x-8 ${hasSelection ? 'lg:grid-rows-[auto_1fr]' : ''}`}
    >
      {hasSelection && (
        <div className="min-w-0 lg:col-start-2 lg:row-start-1">
          <RegionBoundary
            label="The event detail"
            resetKey={selectedEventId}
            onRetry={eventDetailView.forgetFailure}
            onError={eventDetailView.markFailed}
          >
            <Suspense fallback={null}>
              <eventDetailView.View />
            </Suspense>
          </RegionBoundary>
        </div>
      )}
      <div className="print:hidden lg:sticky lg:top-4 lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pb-2">
        <RegionBoundary label="The filters">
          <FilterBar />
        </RegionBoundary>
      </div>
      <div className={`min-w-0 lg:col-start-2 ${hasSelection ? 'lg:row-start-2' : 'lg:row-start-1'}`}>
        <RegionBoundary label="The source cards">
          <SourceList actions={<ExportButtons />} />
        </RegionBoundary>
      </div>
    </div>
  );
}
