/**
 * validateCorpus's check without its copy: the schema's parse returns a new corpus (every article,
 * span and list copied), which for 10,000 articles is tens of megabytes more at the CLI's peak. Here the
 * corpus' outline and then each item of its lists is parsed alone, its copy dropped at once, and the
 * integrity rules run on the input itself. The problems are named as validateCorpus names them.
 */
import * as v from 'valibot';
import { findIntegrityProblems } from './check-integrity.ts';
import { CorpusSchema, type Corpus } from './schema.ts';

const MAX_PROBLEMS = 20;
const LIST_KEYS = [
  'articles',
  'people',
  'outlets',
  'events',
  'quotes',
  'statements',
  'discrepancies',
  'warnings',
] as const;

/** The corpus with its lists' items left unchecked: those are checked one by one. */
const CorpusOutlineSchema = v.object({
  ...CorpusSchema.entries,
  ...(Object.fromEntries(LIST_KEYS.map((key) => [key, v.array(v.unknown())])) as Record<
    (typeof LIST_KEYS)[number],
    v.ArraySchema<v.UnknownSchema, undefined>
  >),
});

/**
 * Each way `input` breaks the corpus schema or its integrity rules, as "path: what is wrong" (at most 20);
 * [] for a sound corpus. The same problems as validateCorpus finds; should the outline (the day, a list
 * that is not a list) be broken too, its problems come before those of list items.
 */
export function findCorpusProblems(input: unknown): string[] {
  const outline = v.safeParse(CorpusOutlineSchema, input);
  const problems = outline.success ? [] : outline.issues.map((issue) => describeIssue('', issue));
  const corpus = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  for (const key of LIST_KEYS) {
    const items = corpus[key];
    if (!Array.isArray(items)) continue;
    const itemSchema = CorpusSchema.entries[key].item;
    for (let index = 0; index < items.length && problems.length < MAX_PROBLEMS; index++) {
      // Each item's parsed copy is dropped here, before the next is made.
      const result = v.safeParse(itemSchema, items[index]);
      if (!result.success) problems.push(...result.issues.map((issue) => describeIssue(`${key}.${index}`, issue)));
    }
  }
  if (problems.length > 0) return problems.slice(0, MAX_PROBLEMS);
  return findIntegrityProblems(input as Corpus);
}

function describeIssue(prefix: string, issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  const full = prefix && path ? `${prefix}.${path}` : prefix || path || '(root)';
  return `${full}: ${issue.message}`;
}
