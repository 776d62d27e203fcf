import { CoverageTable } from './coverage/coverage-table.tsx';
import { DiscrepancyList } from './discrepancies/discrepancy-list.tsx';
import { WhoSaidWhat } from './quotes/who-said-what.tsx';
import { RegionBoundary } from './ui/region-boundary.tsx';

/** Views across the whole corpus, below the explorer: where sources differ, who reports what, who said what. */
export function OverviewSections() {
  return (
    <div className="space-y-6">
      <RegionBoundary label="The list of discrepancies">
        <DiscrepancyList />
      </RegionBoundary>
      <RegionBoundary label="The coverage table">
        <CoverageTable />
      </RegionBoundary>
      <RegionBoundary label="Who said what">
        <WhoSaidWhat />
      </RegionBoundary>
    </div>
  );
}
