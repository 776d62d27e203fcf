import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useSettledValues } from '../../src/app/timeline/use-settled-values.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('gives the first values at once, and a change only once nothing has changed for the quiet period', () => {
  let renders = 0;
  const { result, rerender } = renderHook(
    ({ range, count }: { range: string; count: number }) => {
      renders++;
      return useSettledValues([range, count] as const, 200);
    },
    { initialProps: { range: '00:00–24:00', count: 3 } },
  );
  expect(result.current).toEqual(['00:00–24:00', 3]);

  // A zoom: new values every frame; the settled ones wait.
  rerender({ range: '06:00–18:00', count: 2 });
  act(() => vi.advanceTimersByTime(150));
  rerender({ range: '09:00–15:00', count: 1 });
  act(() => vi.advanceTimersByTime(150));
  expect(result.current).toEqual(['00:00–24:00', 3]);

  // Quiet for 200 ms: both settle together, in one render.
  const before = renders;
  act(() => vi.advanceTimersByTime(60));
  expect(result.current).toEqual(['09:00–15:00', 1]);
  expect(renders - before).toBe(1);
});

test('values that come back to the settled ones need no wait', () => {
  const { result, rerender } = renderHook(({ count }: { count: number }) => useSettledValues([count] as const, 200), {
    initialProps: { count: 3 },
  });
  rerender({ count: 4 });
  rerender({ count: 3 });
  expect(result.current).toEqual([3]);
  act(() => vi.advanceTimersByTime(500));
  expect(result.current).toEqual([3]);
});

test('a re-render for something else while they settle does not delay them', () => {
  const { result, rerender } = renderHook(
    ({ count }: { count: number; other: number }) => useSettledValues([count] as const, 200),
    {
      initialProps: { count: 3, other: 0 },
    },
  );
  rerender({ count: 4, other: 0 });
  act(() => vi.advanceTimersByTime(150));
  rerender({ count: 4, other: 1 });
  act(() => vi.advanceTimersByTime(60));
  expect(result.current).toEqual([4]);
});
