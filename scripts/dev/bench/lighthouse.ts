/**
 * Lighthouse against the same Chromium the bench uses: chrome-launcher starts it with the project's
 * flags (scripts/chromium.ts) plus headless, and Lighthouse drives it over the DevTools protocol.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../chromium.ts';

export type LighthousePreset = 'mobile' | 'desktop';

export interface LighthouseScores {
  preset: LighthousePreset;
  performance: number | null;
  accessibility: number | null;
  /** Audits of those two categories that scored below 1, by title, for the reader who must fix them. */
  shortfalls: string[];
  lighthouseVersion: string;
}

/**
 * Runs Lighthouse's performance and accessibility categories on `url`. `mobile` is Lighthouse's
 * default (simulated slow 4G and a 4× slower CPU); `desktop` is its desktop preset.
 */
export async function runLighthouse(url: string, preset: LighthousePreset): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const shortfalls: string[] = [];
    for (const category of [lhr.categories.performance, lhr.categories.accessibility]) {
      for (const ref of category?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
          shortfalls.push(`${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
    return {
      preset,
      performance: lhr.categories.performance?.score ?? null,
      accessibility: lhr.categories.accessibility?.score ?? null,
      shortfalls,
      lighthouseVersion: lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
  }
}
