/**
 * Launches the system Chromium (Debian's package) through playwright-core: no browser downloads exist here.
 * CHROMIUM_PATH overrides the binary's location.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Without the networking flags Chromium keeps phoning home (updates, sync, QUIC probes),
 * which floods a closed network and slows every launch. Playwright gives each launch a fresh
 * profile, so no --user-data-dir here (it refuses one in args anyway).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary to use: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium. */
export function resolveChromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  return fromEnv ? fromEnv : DEFAULT_CHROMIUM_PATH;
}

/** Launches headless Chromium, or throws an error that says how to install it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = resolveChromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium found at ${executablePath}. Install Debian's package with ` +
        '`apt-get update && apt-get install -y chromium`, ' +
        'or set CHROMIUM_PATH to the path of a Chromium or Chrome binary.',
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
