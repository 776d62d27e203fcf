import type { Corpus } from '../../corpus/schema.ts';
import { selectDiscrepanciesByEvent } from '../selectors/discrepancies.ts';
import { DiscrepancyClaims } from '../ui/discrepancy-claims.tsx';

/** What the sources state differently about the event, shown rather than smoothed over. */
export function EventDiscrepancies(props: { corpus: Corpus; eventId: string }) {
  const discrepancies = selectDiscrepanciesByEvent(props.corpus).get(props.eventId) ?? [];
  if (discrepancies.length === 0) return null;
  return (
    <div className="mt-5 rounded-lg border border-amber-700 bg-amber-50 p-3 dark:border-amber-400 dark:bg-amber-950">
      <h3 className="text-sm font-semibold text-amber-900 dark:text-amber-200">Sources differ</h3>
      <ul className="mt-1.5 space-y-2 text-sm text-neutral-900 dark:text-neutral-100">
        {discrepancies.map((view) => (
          <li key={view.discrepancy.id}>
            <p>{view.discrepancy.description}</p>
            <DiscrepancyClaims claims={view.claims} />
          </li>
        ))}
      </ul>
    </div>
  );
}
