/** Reads the optional sources.json: file name → outlet, URL and published time that the text may lack. */
import * as v from 'valibot';
import type { CorpusWarning } from '../corpus/schema.ts';

export interface SourceEntry {
  outlet: string | null;
  url: string | null;
  published: string | null;
}

const EntrySchema = v.object({
  // Controls and bidi overrides would garble the card heading the name becomes.
  outlet: v.optional(
    v.pipe(
      v.string(),
      // eslint-disable-next-line no-control-regex -- control characters are what this matches
      v.transform((name) => name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')),
      v.trim(),
      v.minLength(1),
      v.maxLength(200),
    ),
  ),
  url: v.optional(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i, 'must be an http(s) URL'))),
  published: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/,
        'must be an ISO date or date-time with offset',
      ),
    ),
  ),
});

/** Parses sources.json text; every problem becomes a warning naming the entry, and good entries still count. */
export function parseSourcesFile(
  json: string | null,
  fileNames: string[],
): { entries: Map<string, SourceEntry>; warnings: CorpusWarning[] } {
  const entries = new Map<string, SourceEntry>();
  const warnings: CorpusWarning[] = [];
  if (json === null) return { entries, warnings };
  let data: unknown;
  try {
    // Editors on Windows like to start UTF-8 with a BOM, which JSON.parse refuses.
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    warnings.push({ file: 'sources.json', reason: `not valid JSON (${(error as Error).message}); ignored` });
    return { entries, warnings };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    warnings.push({
      file: 'sources.json',
      reason: 'must be an object mapping file names to {outlet, url, published}; ignored',
    });
    return { entries, warnings };
  }
  for (const [name, value] of Object.entries(data)) {
    if (!fileNames.includes(name)) {
      warnings.push({ file: 'sources.json', reason: `names "${name}", which is not an article in the folder` });
      continue;
    }
    const result = v.safeParse(EntrySchema, value);
    if (!result.success) {
      const problems = result.issues.map((issue) => `${v.getDotPath(issue) ?? 'entry'}: ${issue.message}`).join('; ');
      warnings.push({ file: 'sources.json', reason: `entry "${name}" ignored: ${problems}` });
      continue;
    }
    entries.set(name, {
      outlet: result.output.outlet ?? null,
      url: result.output.url ?? null,
      published: result.output.published ?? null,
    });
  }
  return { entries, warnings };
}
