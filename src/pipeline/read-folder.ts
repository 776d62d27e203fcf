/** The only file-system code of the pipeline: reads a folder of articles into plain data. */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile, PipelineInput } from './pipeline-input.ts';

/** Files larger than this are not read at all (the pipeline reads at most 1M characters of one anyway). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_SOURCES_BYTES = 8 * 1024 * 1024;

/**
 * Reads every .txt file (sorted by name) and the optional sources.json of a folder. A missing
 * folder throws; a file that cannot be read becomes an entry with `readError`, so one bad file
 * never stops the build.
 */
export function readArticleFolder(dir: string): PipelineInput {
  const { files, ...sources } = listArticleFolder(dir);
  return { files: files.map((file) => readInputFile(file.path, file.name)), ...sources };
}

/** The .txt files of a folder (sorted by name, not yet read) and its sources.json: for reading one file at a time. */
export function listArticleFolder(dir: string): { files: Array<{ name: string; path: string }> } & Pick<PipelineInput, 'sourcesJson' | 'sourcesError'> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`Articles folder not found: ${dir}`);
  }
  const names = readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort();
  return { files: names.map((name) => ({ name, path: join(dir, name) })), ...readSourcesFile(join(dir, 'sources.json')) };
}

/** One article file as pipeline input; a file that cannot be read gets `readError` instead of throwing. */
export function readInputFile(path: string, name: string): InputFile {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { name, bytes: new Uint8Array(), readError: 'not a regular file' };
    if (stat.size > MAX_FILE_BYTES) {
      return { name, bytes: new Uint8Array(), readError: `the file is ${Math.round(stat.size / 1024 / 1024)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit` };
    }
    return { name, bytes: new Uint8Array(readFileSync(path)) };
  } catch (error) {
    return { name, bytes: new Uint8Array(), readError: `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

function readSourcesFile(path: string): Pick<PipelineInput, 'sourcesJson' | 'sourcesError'> {
  if (!existsSync(path)) return { sourcesJson: null };
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { sourcesJson: null, sourcesError: 'not a regular file; ignored' };
    if (stat.size > MAX_SOURCES_BYTES) return { sourcesJson: null, sourcesError: `over ${MAX_SOURCES_BYTES / 1024 / 1024} MB; ignored` };
    return { sourcesJson: readFileSync(path, 'utf8') };
  } catch (error) {
    return { sourcesJson: null, sourcesError: `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); ignored` };
  }
}
