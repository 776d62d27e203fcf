/**
 * The only file-system code of the pipeline: reads a folder of articles, with its subfolders, into
 * plain data. A folder is untrusted input: a symbolic link may point at /etc/passwd, a link to a
 * parent folder would make a walk endless, a FIFO named like an article would block a read. So
 * links are resolved and kept only when they stay inside the folder, directory links are never
 * followed, and a file is opened without following links and checked to be a regular file on the
 * very handle it is read from.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  type Dirent,
} from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { InputFile, PipelineInput } from './pipeline-input.ts';

/** Files larger than this are not read at all (the pipeline reads at most 1M characters of one anyway). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_SIDE_FILE_BYTES = 8 * 1024 * 1024;
/**
 * How far a folder is walked: subfolder levels below it, subfolders walked, and .txt files listed.
 * Past a limit the entry where the walk stopped is named in a warning. They bound the work a folder
 * that holds a tree of something else (a checkout, a home folder) can cause; the design plans for
 * 10,000 articles.
 */
export interface FolderLimits {
  depth: number;
  folders: number;
  files: number;
}
export const FOLDER_LIMITS: FolderLimits = { depth: 16, folders: 10_000, files: 100_000 };

/** A file of the folder: a path to read, or an entry that is not read, with the reason (a corpus warning). */
export type FolderFile = { name: string; path: string } | (InputFile & { readError: string });

// Not following a link at open (the listing has already resolved the ones it keeps); not blocking on a FIFO. Both are 0 on Windows.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const LINK_OUT = 'a symbolic link to a file outside the folder; not read';
const FOLDER_LINK_OUT = 'a symbolic link to a folder outside the folder; not read';
const LINK_TO_NOTHING = 'a symbolic link to nothing that exists; not read';

/**
 * Reads every .txt file of a folder and its subfolders (sorted by name) and its optional
 * sources.json and corrections.json. A missing folder throws; a file that cannot be read becomes an entry with
 * `readError`, so one bad file never stops the build.
 */
export function readArticleFolder(dir: string, limits = FOLDER_LIMITS): PipelineInput {
  const { files, ...sideFiles } = listArticleFolder(dir, limits);
  return { files: files.map((file) => ('path' in file ? readInputFile(file.path, file.name) : file)), ...sideFiles };
}

/**
 * The .txt files of a folder and its subfolders, not yet read, and its sources.json and corrections.json: for reading one
 * file at a time. A file in a subfolder is named by its path from the folder with forward slashes
 * ("2021/dec/a.txt"); the list is sorted by that name. Entries not read (links out of the folder,
 * folders past the limits) are in the list too, with the reason.
 */
export function listArticleFolder(dir: string, limits = FOLDER_LIMITS): { files: FolderFile[] } & SideFiles {
  if (!isDirectory(dir)) throw new Error(`Articles folder not found: ${dir}`);
  // Every path below is under the folder's real path, so "inside" can be checked on real paths.
  const root = realpathSync(dir);
  const files = walkFolder(root, limits).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, ...readSideFiles(root) };
}

/** One article file as pipeline input; a file that cannot be read gets `readError` instead of throwing. */
export function readInputFile(path: string, name: string): InputFile {
  const read = readRegularFile(path, MAX_FILE_BYTES);
  return 'bytes' in read ? { name, bytes: read.bytes } : { name, bytes: new Uint8Array(), readError: read.error };
}

/** Depth-first in name order, so which files a limit leaves out is the same on every run. */
function walkFolder(root: string, limits: FolderLimits): FolderFile[] {
  const files: FolderFile[] = [];
  let folders = 0;
  let stopped = false;
  const skip = (name: string, readError: string) => files.push({ name, bytes: new Uint8Array(), readError });

  const visit = (rel: string, depth: number): number => {
    const listed = files.length;
    const entries = readdirSync(rel === '' ? root : join(root, rel), { withFileTypes: true }).sort(byName);
    for (const entry of entries) {
      if (stopped) break;
      const name = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const isText = entry.name.toLowerCase().endsWith('.txt');
      if (entry.isSymbolicLink()) {
        const link = resolveLink(root, join(root, name));
        if (link === null) {
          if (isText) skip(name, LINK_TO_NOTHING);
        } else if (link.isDirectory) {
          // A folder linked from inside is walked at its own place; following the link would read it twice, or forever.
          if (!link.inside) skip(name, FOLDER_LINK_OUT);
        } else if (isText && !link.inside) skip(name, LINK_OUT);
        // A link to a .txt file of the folder: that file is read under its own name.
        else if (isText && !link.target.toLowerCase().endsWith('.txt')) add(name, link.target);
      } else if (entry.isDirectory()) {
        if (depth + 1 > limits.depth)
          skip(name, `a folder more than ${limits.depth} levels down; its files were not read`);
        else if (++folders > limits.folders) {
          skip(
            name,
            `past the limit of ${formatCount(limits.folders)} subfolders; this folder and the rest were not read`,
          );
          stopped = true;
        } else {
          const found = tryVisit(name, depth + 1);
          // A folder named like an article is read as a folder; said when it holds nothing, as it was surely meant as a file.
          if (found === 0 && isText) skip(name, 'a folder, not a file, and it holds no .txt file');
        }
      } else if (isText) add(name, join(root, name));
    }
    return files.length - listed;
  };

  const add = (name: string, path: string) => {
    if (files.length >= limits.files) {
      skip(name, `past the limit of ${formatCount(limits.files)} .txt files; this file and the rest were not read`);
      stopped = true;
    } else files.push({ name, path });
  };

  const tryVisit = (rel: string, depth: number): number => {
    try {
      return visit(rel, depth);
    } catch (error) {
      skip(rel, `a folder that could not be read (${errorCode(error)}); its files were not read`);
      return -1;
    }
  };

  visit('', 0);
  return files;
}

/** Where a link leads, whether that is inside `root`, and whether it is a folder; null when it leads nowhere (missing, a loop, no access). */
function resolveLink(root: string, path: string): { target: string; inside: boolean; isDirectory: boolean } | null {
  try {
    const target = realpathSync(path);
    return { target, inside: isInside(root, target), isDirectory: statSync(target).isDirectory() };
  } catch {
    return null;
  }
}

/** Whether `path` is the folder itself or lies under it (both real paths). */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

type SideFiles = Pick<PipelineInput, 'sourcesJson' | 'sourcesError' | 'correctionsJson' | 'correctionsError'>;

/** The folder's sources.json and corrections.json, as text (null when absent), with why one could not be read. */
function readSideFiles(root: string): SideFiles {
  const sources = readSideFile(root, 'sources.json');
  const corrections = readSideFile(root, 'corrections.json');
  return {
    sourcesJson: sources.json,
    ...(sources.error ? { sourcesError: sources.error } : {}),
    correctionsJson: corrections.json,
    ...(corrections.error ? { correctionsError: corrections.error } : {}),
  };
}

/** A JSON file beside the articles: a link to it is read only when it stays inside the folder, and nothing is read otherwise. */
function readSideFile(root: string, name: string): { json: string | null; error?: string } {
  let path = join(root, name);
  let isLink: boolean;
  try {
    isLink = lstatSync(path).isSymbolicLink();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { json: null };
    return { json: null, error: `could not be read (${errorCode(error)}); ignored` };
  }
  if (isLink) {
    const link = resolveLink(root, path);
    if (link === null) return { json: null, error: `${LINK_TO_NOTHING}; ignored` };
    if (!link.inside) return { json: null, error: LINK_OUT };
    path = link.target;
  }
  const read = readRegularFile(path, MAX_SIDE_FILE_BYTES);
  if ('error' in read) return { json: null, error: `${read.error}; ignored` };
  return { json: new TextDecoder().decode(read.bytes) };
}

/** The bytes of a regular file, checked on the open handle itself (so a file swapped for a link or a FIFO after listing is refused). */
function readRegularFile(path: string, maxBytes: number): { bytes: Uint8Array } | { error: string } {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    // O_NOFOLLOW refuses a link with ELOOP: the entry became a link after the folder was listed.
    return {
      error: errorCode(error) === 'ELOOP' ? 'a symbolic link; not followed' : `could not be read (${errorCode(error)})`,
    };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { error: 'not a regular file' };
    // O_NOFOLLOW guards the last name only: a folder on the way swapped for a link after listing would
    // lead outside. The path was built from the folder's real path, so it must still be its own real
    // path, and the file opened must be the one there.
    const real = realPathOrNull(path);
    const there = real !== null && real === resolve(path) ? statOrNull(real) : null;
    if (!there || there.ino !== stat.ino || there.dev !== stat.dev)
      return { error: 'reached through a symbolic link after the folder was listed; not read' };
    if (stat.size > maxBytes)
      return {
        error: `the file is ${Math.round(stat.size / 1024 / 1024)} MB, over the ${maxBytes / 1024 / 1024} MB limit`,
      };
    return { bytes: new Uint8Array(readFileSync(fd)) };
  } catch (error) {
    return { error: `could not be read (${errorCode(error)})` };
  } finally {
    closeSync(fd);
  }
}

function realPathOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
