/**
 * Browser tests' global setup: build the explorer once from the built-in seeds/ into a temp
 * dir, serve it on 127.0.0.1 (random port), and hand the tests its base URL and the seed corpus
 * (for ids and expected counts) via `inject`. Parsing here, once, spares every test file the
 * NLP libraries' load time. E2E_DIST=<dir> serves an existing build instead (handy while iterating).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp, PROJECT_ROOT } from '../../scripts/build/build-app.ts';
import { startStaticServer } from '../../scripts/serve.ts';
import { readArticleFolder } from '../../src/pipeline/read-folder.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { validateCorpus } from '../../src/corpus/schema.ts';
import type { Corpus } from '../../src/corpus/schema.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built explorer is served, with a trailing slash. */
    baseUrl: string;
    /** The corpus of seeds/, as the build made it. */
    seedCorpus: Corpus;
    /** The folder the served build is in. */
    buildDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const seedsDir = resolve(PROJECT_ROOT, 'seeds');
  const validation = validateCorpus(buildCorpus(readArticleFolder(seedsDir)));
  if (!validation.ok) throw new Error(`The seed corpus breaks the schema: ${validation.problems.join('; ')}`);
  project.provide('seedCorpus', validation.corpus);

  const reuse = process.env.E2E_DIST?.trim();
  let buildDir: string | null = null;
  if (!reuse) {
    buildDir = await mkdtemp(join(tmpdir(), 'timeline-e2e-'));
    // The tests assert facts of the built-in data set, so the build reads seeds/ whatever SEEDS_DIR says.
    await buildApp({ outDir: buildDir, seedsDir, quiet: true });
  }
  const servedDir = reuse ? resolve(reuse) : (buildDir as string);
  project.provide('buildDir', servedDir);
  const server = await startStaticServer(servedDir, 0);
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    if (buildDir) await rm(buildDir, { recursive: true, force: true });
  };
}
