/** `npm run parse -- DIR`: prints the corpus JSON for a folder of .txt articles; warnings go to stderr. */
import { readArticleFolder } from './read-folder.ts';
import { buildCorpus } from './build-corpus.ts';
import { validateCorpus } from '../corpus/schema.ts';

function main(argv: string[]): number {
  const dir = argv.find((arg) => !arg.startsWith('--'));
  if (!dir) {
    process.stderr.write('Usage: npm run parse -- DIR   (DIR holds .txt articles and an optional sources.json)\n');
    return 2;
  }
  let corpus;
  try {
    corpus = buildCorpus(readArticleFolder(dir));
  } catch (error) {
    process.stderr.write(`parse: ${(error as Error).message}\n`);
    return 1;
  }
  for (const warning of corpus.warnings) process.stderr.write(`warning: ${warning.file}: ${warning.reason}\n`);
  const validation = validateCorpus(corpus);
  if (!validation.ok) {
    process.stderr.write(`parse: the corpus breaks the schema:\n${validation.problems.join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(corpus, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
