/** Stage: each extracted file gets its article id (stable under adding and reordering files) and its sources.json entry. */
import type { CorpusWarning } from '../corpus/schema.ts';
import type { ArticleFacts, ExtractedFile } from './article-extraction.ts';
import { slugify } from '../corpus/slug.ts';
import type { SourceEntry } from './sources-file.ts';

/** One article's own facts with its id, file name and its entry in the sources file, if any. */
export interface ParsedFile extends ArticleFacts {
  id: string;
  file: string;
  source: SourceEntry | null;
}

/** Gives each readable file its article id and its sources.json entry; files are taken by name, whatever order they come in. */
export function identifyFiles(
  extracted: ExtractedFile[],
  sources: Map<string, SourceEntry>,
  warnings: CorpusWarning[],
): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  const usedIds = new Set<string>();
  // By name, whatever order the caller gives: ids that collide ("a.txt", "a!.txt") then get the same suffixes.
  const files = [...extracted].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, warnings: notes, facts } of files) {
    for (const note of notes) warnings.push({ file, reason: note });
    if (!facts) continue;
    let id = articleIdOf(file);
    // Names that slug alike ("A b.txt", "a-b.txt"): the first by name keeps the slug, the others
    // add a hash of their own name, so adding or moving files does not renumber them.
    if (usedIds.has(id)) id = `${id}-${hashName(file)}`;
    while (usedIds.has(id)) id = `${id}-2`;
    usedIds.add(id);
    parsed.push({ id, file, ...facts, source: sources.get(file) ?? null });
  }
  return parsed;
}

function articleIdOf(fileName: string): string {
  return slugify(fileName.replace(/\.[^.]+$/, '')) || 'article';
}

/** FNV-1a of the name, in base 36: short, and the same on every machine. */
function hashName(name: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(36);
}
