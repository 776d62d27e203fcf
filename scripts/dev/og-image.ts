/**
 * `npx tsx scripts/dev/og-image.ts`: renders public/og-image.png (1200×630), the link-preview image
 * every event page points at, with the system Chromium. The image is generic (the app's name and
 * what it does, over a sketch of a timeline), so it is made once and committed; the build never
 * needs a browser. Per-event images would need a renderer at build time (a headless browser or a
 * font-rasterising library); the event's title and details travel in og:title/og:description.
 */
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../build/build-app.ts';
import { launchChromium } from '../chromium.ts';
import { PREVIEW_IMAGE } from '../build/event-pages/event-pages-plugin.ts';

const BARS = [
  { left: 4, width: 22, step: 1 },
  { left: 18, width: 30, step: 2 },
  { left: 40, width: 38, step: 3 },
  { left: 64, width: 30, step: 4 },
];

const HTML = `<!doctype html><html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: ${PREVIEW_IMAGE.width}px; height: ${PREVIEW_IMAGE.height}px; font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif;
    background: #fafafa; color: #171717; padding: 72px 80px; display: flex; flex-direction: column; justify-content: space-between; }
  .kicker { color: #1d4ed8; font-weight: 700; letter-spacing: .12em; text-transform: uppercase; font-size: 26px; }
  h1 { margin-top: 18px; font-size: 60px; line-height: 1.08; letter-spacing: -.02em; font-weight: 700; max-width: 980px; }
  .plot { position: relative; height: 210px; border-top: 2px solid #e5e5e5; }
  .tick { position: absolute; top: 0; bottom: 0; border-left: 2px solid #f0f0f0; }
  .bar { position: absolute; height: 40px; border-radius: 10px; background: #eff6ff; border: 2px solid #93c5fd; display: flex; align-items: center; padding-left: 10px; }
  .bar.on { background: #1d4ed8; border-color: #1d4ed8; }
  .dot { width: 26px; height: 26px; border-radius: 50%; background: #1d4ed8; color: #fff; font: 700 16px/26px system-ui, sans-serif; text-align: center; }
  .on .dot { background: #fff; color: #1d4ed8; }
</style></head><body>
  <div><p class="kicker">News timeline explorer</p>
  <h1>What happened when, who said what, and which outlets reported it</h1></div>
  <div class="plot">
    ${[0, 25, 50, 75, 100].map((x) => `<span class="tick" style="left:${x}%"></span>`).join('')}
    ${BARS.map((bar, i) => `<div class="bar${i === 2 ? ' on' : ''}" style="left:${bar.left}%;width:${bar.width}%;top:${20 + i * 46}px"><span class="dot">${bar.step}</span></div>`).join('')}
  </div>
</body></html>`;

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: PREVIEW_IMAGE.width, height: PREVIEW_IMAGE.height } });
    await page.setContent(HTML);
    const path = resolve(PROJECT_ROOT, 'public', PREVIEW_IMAGE.path);
    await page.screenshot({ path, type: 'png' });
    console.log(`Wrote ${path}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
