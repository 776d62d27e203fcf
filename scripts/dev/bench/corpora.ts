/** The benchmark's corpora: the built-in seeds and generated articles (seeded, so every run reads the same text). */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateArticles } from '../generate-articles.ts';
import { PROJECT_ROOT } from '../../build/build-app.ts';

export interface CorpusSpec {
  /** Short label for tables, e.g. "1k / 1 day". */
  label: string;
  /** null = the built-in seeds/. */
  count: number | null;
  days: number;
}

export interface CorpusFolder extends CorpusSpec {
  dir: string;
  files: number;
  bytes: number;
}

/** The generator's seed: fixed, so figures from different runs describe the same articles. */
export const GENERATOR_SEED = 42;

/** seeds (5 real articles), 1,000 generated over one day, 10,000 over a week. */
export const DEFAULT_CORPORA: CorpusSpec[] = [
  { label: 'seeds (5)', count: null, days: 1 },
  { label: '1k / 1 day', count: 1000, days: 1 },
  { label: '10k / 7 days', count: 10_000, days: 7 },
];

function folderSize(dir: string): { files: number; bytes: number } {
  const names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.txt'));
  return { files: names.length, bytes: names.reduce((total, name) => total + statSync(join(dir, name)).size, 0) };
}

/** Writes (or points at) the folder of each corpus under `workDir`. */
export function prepareCorpusFolder(spec: CorpusSpec, workDir: string): CorpusFolder {
  const dir =
    spec.count === null ? resolve(PROJECT_ROOT, 'seeds') : join(workDir, `articles-${spec.count}-${spec.days}d`);
  if (spec.count !== null) generateArticles(dir, spec.count, spec.days, GENERATOR_SEED);
  return { ...spec, dir, ...folderSize(dir) };
}
