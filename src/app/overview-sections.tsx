import { Suspense } from 'react';
import { correctionListView, coverageTableView, discrepancyListView, whoSaidWhatView } from './lazy-views.ts';
import { RegionBoundary } from './ui/region-boundary.tsx';

/**
 * Views across the whole corpus, below the explorer: where sources differ, who reports what, who
 * said what, what an editor corrected. Their code loads after the page's first script (see lazy-views.ts). Off screen the
 * browser skips their layout and paint (content-visibility), so a click above them does not pay
 * for thousands of rows below; each keeps its last measured height meanwhile.
 */
export function OverviewSections() {
  return (
    <div className="space-y-6 *:[contain-intrinsic-size:auto_40rem] *:[content-visibility:auto] print:*:[content-visibility:visible]">
      <RegionBoundary
        label="The list of discrepancies"
        onRetry={discrepancyListView.forgetFailure}
        onError={discrepancyListView.markFailed}
      >
        <Suspense fallback={null}>
          <discrepancyListView.View />
        </Suspense>
      </RegionBoundary>
      <RegionBoundary
        label="The coverage table"
        onRetry={coverageTableView.forgetFailure}
        onError={coverageTableView.markFailed}
      >
        <Suspense fallback={null}>
          <coverageTableView.View />
        </Suspense>
      </RegionBoundary>
      <RegionBoundary
        label="Who said what"
        onRetry={whoSaidWhatView.forgetFailure}
        onError={whoSaidWhatView.markFailed}
      >
        <Suspense fallback={null}>
          <whoSaidWhatView.View />
        </Suspense>
      </RegionBoundary>
      <RegionBoundary
        label="The list of corrections"
        onRetry={correctionListView.forgetFailure}
        onError={correctionListView.markFailed}
      >
        <Suspense fallback={null}>
          <correctionListView.View />
        </Suspense>
      </RegionBoundary>
    </div>
  );
}
