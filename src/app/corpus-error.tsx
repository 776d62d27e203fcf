/** Shown instead of the explorer when the corpus file cannot be had or breaks the schema: never a blank page. */
export function CorpusError(props: { problems: readonly string[] }) {
  return (
    <main className="mx-auto max-w-2xl px-4 py-12 text-neutral-900 dark:text-neutral-100">
      <h1 className="text-2xl font-semibold tracking-tight">The corpus could not be loaded</h1>
      <p className="mt-3 text-neutral-700 dark:text-neutral-300">
        The corpus file this page loads could not be read or does not pass the corpus checks (its shape, ids and spans),
        so the timeline cannot be shown. Rebuild it with{' '}
        <code className="rounded bg-neutral-100 px-1 font-mono text-sm dark:bg-neutral-800">npm run parse</code> and
        check these problems:
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-6 font-mono text-sm text-red-800 dark:text-red-300">
        {props.problems.map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </ul>
    </main>
  );
}
