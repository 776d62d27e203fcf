import { useId } from 'react';
import { selectOutletOptions, selectPersonOptions } from './filter-options.ts';
import { useSearchMatches, useVisibleArticles } from '../selectors/use-visible-articles.ts';
import { useCorpus, useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { FilterGroup, type FilterOption } from './filter-group.tsx';
import { correctionsOf } from '../shared/corrections.ts';

const OUTLET_GROUP = { publisher: 'Publishers', wire: 'Wire agencies' } as const;

/** Person and outlet filters for the source cards, with the count they leave visible. */
export function FilterBar() {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const personIds = useExplorer((state) => state.personIds);
  const outletIds = useExplorer((state) => state.outletIds);
  const visible = useVisibleArticles();
  const headingId = useId();

  const matches = useSearchMatches();
  const personOptions: FilterOption[] = selectPersonOptions(corpus, outletIds, matches).map((person) => ({
    id: person.id,
    label: person.name,
    count: person.count,
    // "Corrected: <note>" describes a person an editor merged, renamed or re-roled.
    detail:
      [person.role, ...correctionsOf(corpus, 'person', person.id).map((correction) => `Corrected: ${correction.note}`)]
        .filter((part) => part !== null)
        .join(' · ') || null,
  }));
  const outletOptions: FilterOption[] = selectOutletOptions(corpus, personIds, matches).map((outlet) => ({
    id: outlet.id,
    label: outlet.name,
    count: outlet.count,
    group: OUTLET_GROUP[outlet.kind],
    // A wire's full name describes the checkbox: "SNS" alone says little to most readers.
    detail: outlet.fullName,
  }));
  const filtered = personIds.length > 0 || outletIds.length > 0;

  return (
    <section aria-labelledby={headingId} className="space-y-5">
      <div>
        <h2 id={headingId} className="text-base font-semibold tracking-tight">
          Filter sources
        </h2>
        <p className="mt-0.5 text-sm text-neutral-600 dark:text-neutral-400" aria-live="polite">
          Showing {visible.length} of {corpus.articles.length} articles
        </p>
      </div>
      <FilterGroup legend="Person" options={personOptions} checkedIds={personIds} onToggle={actions.togglePerson} />
      <FilterGroup legend="Outlet" options={outletOptions} checkedIds={outletIds} onToggle={actions.toggleOutlet} />
      <button type="button" className={SECONDARY_BUTTON} aria-disabled={!filtered} onClick={actions.clearFilters}>
        Clear filters
      </button>
    </section>
  );
}
