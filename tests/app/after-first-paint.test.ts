import { describe, expect, test } from 'vitest';
import {
  afterFirstContentfulPaint,
  FIRST_PAINT_FALLBACK_MS,
  type PaintSignals,
} from '../../src/app/boot/after-first-paint.ts';

/** Signals a test drives by hand: paint, hide the tab, let the fallback timer fire. */
function fakeSignals(overrides: Partial<PaintSignals> = {}) {
  const handlers = {
    paint: [] as Array<() => void>,
    hidden: [] as Array<() => void>,
    timers: [] as Array<{ run: () => void; ms: number }>,
  };
  let observing = false;
  const stopped = { hidden: 0, timers: 0 };
  const signals: PaintSignals = {
    visibilityState: 'visible',
    reportsPaint: true,
    observeFirstContentfulPaint: (onPaint) => {
      observing = true;
      handlers.paint.push(onPaint);
      return () => {
        observing = false;
      };
    },
    onHidden: (run) => {
      handlers.hidden.push(run);
      return () => stopped.hidden++;
    },
    setTimeout: (run, ms) => {
      handlers.timers.push({ run, ms });
      return () => stopped.timers++;
    },
    ...overrides,
  };
  return { signals, handlers, stopped, isObserving: () => observing };
}

describe('starting the app after the first contentful paint', () => {
  test('waits for the paint, then starts once and stops observing, listening and the fallback timer', () => {
    const { signals, handlers, stopped, isObserving } = fakeSignals();
    let starts = 0;
    afterFirstContentfulPaint(() => starts++, signals);
    expect(starts).toBe(0);
    expect(isObserving()).toBe(true);
    handlers.paint.forEach((paint) => paint());
    expect(starts).toBe(1);
    expect(isObserving()).toBe(false);
    expect(stopped).toEqual({ hidden: 1, timers: 1 });
    // The fallback timer and a later hide do not start it again.
    handlers.timers.forEach((timer) => timer.run());
    handlers.hidden.forEach((hide) => hide());
    expect(starts).toBe(1);
  });

  test('a paint reported before observing began (buffered) starts it at once, leaving nothing behind', () => {
    let stops = 0;
    const { signals, handlers } = fakeSignals({
      observeFirstContentfulPaint: (onPaint) => {
        onPaint();
        return () => stops++;
      },
    });
    let starts = 0;
    afterFirstContentfulPaint(() => starts++, signals);
    expect(starts).toBe(1);
    expect(stops).toBe(1);
    expect(handlers.hidden).toHaveLength(0);
    expect(handlers.timers).toHaveLength(0);
  });

  test('starts at once where no paint will be reported: a hidden tab, no paint timing', () => {
    for (const overrides of [{ visibilityState: 'hidden' as const }, { reportsPaint: false }]) {
      const { signals, handlers } = fakeSignals(overrides);
      let starts = 0;
      afterFirstContentfulPaint(() => starts++, signals);
      expect(starts, JSON.stringify(overrides)).toBe(1);
      expect(handlers.paint).toHaveLength(0);
    }
  });

  test('starts when the tab is hidden before painting, or after the fallback delay', () => {
    const hidden = fakeSignals();
    let starts = 0;
    afterFirstContentfulPaint(() => starts++, hidden.signals);
    hidden.handlers.hidden.forEach((hide) => hide());
    expect(starts).toBe(1);

    const slow = fakeSignals();
    afterFirstContentfulPaint(() => starts++, slow.signals);
    expect(slow.handlers.timers.map((timer) => timer.ms)).toEqual([FIRST_PAINT_FALLBACK_MS]);
    slow.handlers.timers.forEach((timer) => timer.run());
    expect(starts).toBe(2);
  });
});
