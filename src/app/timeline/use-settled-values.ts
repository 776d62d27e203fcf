import { useEffect, useState } from 'react';

/**
 * The values once none of them has changed for `quietMs` (each compared with Object.is); the first
 * values at once. One timer and one re-render however many values settle together.
 */
export function useSettledValues<T extends readonly unknown[]>(values: T, quietMs: number): T {
  const [settled, setSettled] = useState(values);
  const changed = values.length !== settled.length || values.some((value, index) => !Object.is(value, settled[index]));
  // Restarted by a change of the values only: a re-render for anything else does not delay them.
  useEffect(() => {
    if (!changed) return;
    const timer = setTimeout(() => setSettled(values), quietMs);
    return () => clearTimeout(timer);
    // The values themselves are the dependencies (compared one by one), which the lint rule cannot see.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changed, quietMs, ...values]);
  return changed ? settled : values;
}
