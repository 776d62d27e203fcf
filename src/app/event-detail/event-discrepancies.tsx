import type { Corpus } from '../../corpus/schema.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';

/** What the sources state differently about the event, shown rather than smoothed over. */
export function EventDiscrepancies(props: { corpus: Corpus; eventId: string }) {
  const index = getCorpusIndex(props.corpus);
  const discrepancies = props.corpus.discrepancies.filter((item) => item.eventId === props.eventId);
  if (discrepancies.length === 0) return null;
  return (
    <div className="mt-5 rounded-lg border border-amber-700 bg-amber-50 p-3 dark:border-amber-400 dark:bg-amber-950">
      <h3 className="text-sm font-semibold text-amber-900 dark:text-amber-200">Sources differ</h3>
      <ul className="mt-1.5 space-y-2 text-sm text-neutral-900 dark:text-neutral-100">
        {discrepancies.map((item) => (
          <li key={item.id}>
            <p>{item.description}</p>
            <ul className="mt-0.5 text-neutral-700 dark:text-neutral-300">
              {item.claims.map((claim) => {
                const article = index.articles.get(claim.articleId);
                return (
                  <li key={`${claim.articleId}-${claim.start}`}>
                    {article?.outlet?.name ?? `Outlet not stated (${article?.file ?? claim.articleId})`}: “{claim.value}”
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
