import { useCorpus } from './store/explorer-context.tsx';
import { formatCount } from './shared/format-day.ts';
import { FOCUS_RING } from './ui/button-styles.ts';

/** What the pipeline could not fully read, so a missing article is never a silent gap. */
export function AppFooter() {
  const corpus = useCorpus();
  return (
    <footer className="mx-auto max-w-7xl px-4 pb-10 pt-2 text-sm text-neutral-600 sm:px-6 lg:px-8 dark:text-neutral-400">
      {corpus.warnings.length === 0 ? (
        <p>Every input file was read in full.</p>
      ) : (
        <details>
          <summary className={`cursor-pointer rounded ${FOCUS_RING}`}>
            The pipeline could not fully read {formatCount(corpus.warnings.length, 'input')}
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {corpus.warnings.map((warning, index) => (
              <li key={`${warning.file}-${index}`}>
                <span className="font-mono">{warning.file}</span>: {warning.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </footer>
  );
}
