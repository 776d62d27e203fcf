/** Builds the explorer with the project's Vite config; the corpus plugin parses SEEDS_DIR (default seeds/) on the way. */
import { resolve } from 'node:path';
import { build } from 'vite';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Where to write the site; default dist/. */
  outDir?: string;
  /** The articles folder; default SEEDS_DIR or seeds/. */
  seedsDir?: string;
  /** Only warnings (the pipeline's included), no file listing. */
  quiet?: boolean;
}

/** Sets environment variables for the duration of `run`, then restores them. */
async function withEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  try {
    return await run();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Runs `vite build` into `outDir` (default dist/) and returns its absolute path. */
export async function buildApp(options: BuildOptions = {}): Promise<string> {
  const outDir = resolve(PROJECT_ROOT, options.outDir ?? 'dist');
  const env: Record<string, string> = {
    // Vite keeps an inherited NODE_ENV, and vitest sets it to "test": that would bundle React's development build.
    NODE_ENV: 'production',
    // vite.config.ts reads SEEDS_DIR when Vite loads it, which build() does afresh.
    ...(options.seedsDir ? { SEEDS_DIR: resolve(options.seedsDir) } : {}),
  };
  await withEnv(env, () =>
    build({
      root: PROJECT_ROOT,
      configFile: resolve(PROJECT_ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: options.quiet ? 'warn' : 'info',
      // An outDir outside the root (a temp dir) is only emptied when asked explicitly.
      build: { outDir, emptyOutDir: true },
    }),
  );
  return outDir;
}

/** The articles folder the build reads: SEEDS_DIR when set, else seeds/ (relative to the working directory, as vite.config.ts reads it). */
export function resolveSeedsDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.SEEDS_DIR?.trim() || 'seeds');
}
