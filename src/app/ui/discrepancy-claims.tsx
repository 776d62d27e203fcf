import type { ClaimView } from '../selectors/discrepancies.ts';

const MARK = 'rounded-sm bg-amber-200 px-0.5 text-neutral-950 dark:bg-amber-300';

/** Each source's side of a discrepancy: outlet, value, and the claim marked in its sentence. */
export function DiscrepancyClaims(props: { claims: readonly ClaimView[] }) {
  return (
    <ul className="mt-1.5 space-y-1.5">
      {props.claims.map((claim) => (
        <li key={claim.key} className="text-neutral-800 dark:text-neutral-200">
          <span className="font-medium text-neutral-900 dark:text-neutral-100">{claim.source}</span>: {claim.value}
          <blockquote className="mt-0.5 border-l-2 border-amber-700 pl-2 text-neutral-700 dark:border-amber-400 dark:text-neutral-300">
            “{claim.before}
            <mark className={MARK}>{claim.claim}</mark>
            {claim.after}”
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
