import { CoverageTable } from './coverage/coverage-table.tsx';
import { DiscrepancyList } from './discrepancies/discrepancy-list.tsx';
import { WhoSaidWhat } from './quotes/who-said-what.tsx';

/** Views across the whole corpus, below the explorer: who said what, where sources differ, coverage. */
export function OverviewSections() {
  return (
    <div className="space-y-6">
      <WhoSaidWhat />
      <DiscrepancyList />
      <CoverageTable />
    </div>
  );
}
