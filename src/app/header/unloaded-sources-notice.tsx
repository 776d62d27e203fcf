import { useId } from 'react';
import { selectUnloadedSources } from './unloaded-sources.ts';
import { useCorpus } from '../store/explorer-context.tsx';

/** "Sources not loaded": the input files that gave no article and why, so a gap is never silent. */
export function UnloadedSourcesNotice() {
  const unloaded = selectUnloadedSources(useCorpus());
  const headingId = useId();
  if (unloaded.length === 0) return null;
  return (
    <section
      aria-labelledby={headingId}
      className="mt-4 rounded-lg border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
    >
      <h2 id={headingId} className="font-semibold">
        Sources not loaded ({unloaded.length})
      </h2>
      <ul className="mt-1 space-y-0.5">
        {unloaded.map((source) => (
          <li key={source.file} className="break-words">
            <span className="font-mono">{source.file}</span>: {source.reasons.join('; ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
