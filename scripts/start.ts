/**
 * `npm start`: parse the articles folder (SEEDS_DIR, default seeds/) and build the explorer
 * (the corpus Vite plugin runs the pipeline during the build), then serve dist/ on 127.0.0.1
 * until Ctrl-C. Port: the first argument or PORT, else 4173, else any free port.
 */
import { existsSync } from 'node:fs';
import { buildApp, resolveSeedsDir } from './build/build-app.ts';
import { parsePort, startStaticServer } from './serve.ts';
import type { StaticServer } from './serve.ts';

const DEFAULT_PORT = 4173;

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EADDRINUSE';
}

/** Serves on the preferred port, or on a free one when it is busy. */
async function serveWithFallback(dir: string, port: number): Promise<StaticServer> {
  try {
    return await startStaticServer(dir, port);
  } catch (error) {
    if (!isAddressInUse(error) || port === 0) throw error;
    console.warn(`Port ${port} is busy; using a free port instead.`);
    return startStaticServer(dir, 0);
  }
}

async function main(): Promise<void> {
  const port = parsePort(process.argv[2]) ?? parsePort(process.env.PORT) ?? DEFAULT_PORT;
  const seedsDir = resolveSeedsDir();
  if (!existsSync(seedsDir))
    throw new Error(`Articles folder not found: ${seedsDir} (set SEEDS_DIR to a folder of .txt articles)`);
  console.log(`Parsing articles in ${seedsDir} and building the explorer…`);
  const outDir = await buildApp();
  const server = await serveWithFallback(outDir, port);
  console.log(`\nExplorer ready at ${server.url}\n(Ctrl-C to stop)`);
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
