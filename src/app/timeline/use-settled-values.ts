import { useEffect, useState } from 'react';

/**
 * The values once none of them has changed for `quietMs` (each compared with Object.is); the first
 * values at once. One timer and one re-render however many values settle together.
 */
export function useSettledValues<T extends readonly unknown[]>(values: T, quietMs: number): T {
  const [settled, setSettled] = useState(values);
  const changed = values.length !== settled.length || values.some((value, index) => !Object.is(value, settled[index]));
  useEffect(() => {
    if (!changed) return;
    const timer = setTimeout(() => setSettled(values), quietMs);
    return () => clearTimeout(timer);
  });
  return changed ? settled : values;
}
