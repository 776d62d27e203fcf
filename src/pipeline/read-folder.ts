/** The only file-system code of the pipeline: reads a folder of articles into plain data. */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PipelineInput } from './pipeline-input.ts';

/** Reads every .txt file (sorted by name) and the optional sources.json of a folder. */
export function readArticleFolder(dir: string): PipelineInput {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`Articles folder not found: ${dir}`);
  }
  const names = readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort();
  const files = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const sourcesPath = join(dir, 'sources.json');
  const sourcesJson = existsSync(sourcesPath) ? readFileSync(sourcesPath, 'utf8') : null;
  return { files, sourcesJson };
}
