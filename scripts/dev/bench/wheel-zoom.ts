/** The zoom measurement: wheel notches (or the page's own zoom calls) in then out over a target while its frames are timed. */
import type { Page } from 'playwright-core';
import type { PageTarget } from './page-target.ts';
import { startFrameRecorder, stopFrameRecorder } from './page-probes.ts';
import { deltas } from './stats.ts';

/** How long the wheel zoom lasts, and how many wheel notches go each way before it turns back. */
export const ZOOM_DURATION_MS = 3000;
const ZOOM_NOTCHES_EACH_WAY = 8;
const ZOOM_NOTCH_DELTA = 60;

/** Wheels over the target (or runs its zoom script) for ZOOM_DURATION_MS, in then out, and returns the frame durations seen meanwhile. */
export async function measureWheelZoom(
  page: Page,
  selector: string,
  zoomScript?: PageTarget['zoomScript'],
  zoomKey?: PageTarget['zoomKey'],
): Promise<number[] | null> {
  const target = page.locator(selector).first();
  if ((await target.count()) === 0) return null;
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) return null;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 120));
  await page.evaluate(startFrameRecorder);
  if (zoomKey) await page.keyboard.down(zoomKey);
  const end = Date.now() + ZOOM_DURATION_MS;
  for (let notch = 0; Date.now() < end; notch++) {
    const zoomingIn = Math.floor(notch / ZOOM_NOTCHES_EACH_WAY) % 2 === 0;
    if (zoomScript) await page.evaluate(zoomingIn ? zoomScript.zoomIn : zoomScript.zoomOut);
    else await page.mouse.wheel(0, zoomingIn ? -ZOOM_NOTCH_DELTA : ZOOM_NOTCH_DELTA);
    // One notch per frame at most, as a hand on a wheel or a trackpad delivers them.
    await page.waitForTimeout(16);
  }
  if (zoomKey) await page.keyboard.up(zoomKey);
  return deltas(await page.evaluate(stopFrameRecorder));
}
