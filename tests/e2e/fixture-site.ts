/** A site built from a fixture folder (plus files a test writes into the copy), served, with a browser: for browser tests of other articles than the seeds. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildApp, PROJECT_ROOT } from '../../scripts/build/build-app.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/serve.ts';

export interface FixtureSite {
  browser: Browser;
  server: StaticServer;
  close: () => Promise<void>;
}

/** Copies tests/fixtures/<fixture> to a temporary folder, adds `extraFiles` (name → content), builds and serves it. */
export async function buildFixtureSite(
  fixture: string,
  extraFiles: Record<string, string | Uint8Array> = {},
): Promise<FixtureSite> {
  const workDir = mkdtempSync(join(tmpdir(), `${fixture}-`));
  const seedsDir = join(workDir, 'articles');
  cpSync(resolve(PROJECT_ROOT, 'tests/fixtures', fixture), seedsDir, { recursive: true });
  for (const [name, content] of Object.entries(extraFiles)) writeFileSync(join(seedsDir, name), content);
  const outDir = await buildApp({ outDir: join(workDir, 'dist'), seedsDir, quiet: true });
  const server = await startStaticServer(outDir, 0);
  const browser = await launchChromium();
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
