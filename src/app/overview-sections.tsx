import { CoverageTable } from './coverage/coverage-table.tsx';
import { DiscrepancyList } from './discrepancies/discrepancy-list.tsx';
import { WhoSaidWhat } from './quotes/who-said-what.tsx';

/** Views across the whole corpus, below the explorer: where sources differ, who reports what, who said what. */
export function OverviewSections() {
  return (
    <div className="space-y-6">
      <DiscrepancyList />
      <CoverageTable />
      <WhoSaidWhat />
    </div>
  );
}
