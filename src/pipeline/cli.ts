/**
 * `npm run parse -- [--strict] DIR`: prints the corpus JSON for a folder of .txt articles on
 * stdout; warnings go to stderr. With --strict, any file the pipeline could not fully read makes
 * it exit 1 with every such file named on stderr, and nothing on stdout. The per-article stages run
 * in worker threads, one per idle core, when the folder has enough files to pay for them (see
 * parallel-corpus.ts); --threads=N sets the number of threads, --threads=1 runs everything in this thread.
 */
import { once } from 'node:events';
import { findCorpusProblems } from '../corpus/find-corpus-problems.ts';
import { buildCorpusFromFolder } from './parallel-corpus.ts';
import { stringifyPrettyInChunks } from './pretty-json-chunks.ts';

const USAGE = 'Usage: npm run -s parse -- [--strict] [--threads=N] DIR   (DIR holds .txt articles and an optional sources.json)\n';

async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const threadsFlag = flags.find((flag) => flag.startsWith('--threads='));
  const threads = threadsFlag ? Number(threadsFlag.slice('--threads='.length)) : undefined;
  const unknown = flags.filter((flag) => flag !== '--strict' && flag !== threadsFlag);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) {
    process.stderr.write(`parse: --threads wants a whole number of threads, not "${threadsFlag}"\n`);
    return 2;
  }
  const dirs = argv.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0 || dirs.length !== 1) {
    if (unknown.length > 0) process.stderr.write(`parse: unknown option ${unknown.join(', ')}\n`);
    process.stderr.write(USAGE);
    return 2;
  }
  const strict = flags.includes('--strict');
  let corpus;
  try {
    corpus = await buildCorpusFromFolder(dirs[0]!, threads);
  } catch (error) {
    process.stderr.write(`parse: ${(error as Error).message}\n`);
    return 1;
  }
  for (const warning of corpus.warnings) process.stderr.write(`warning: ${warning.file}: ${warning.reason}\n`);
  // Checked a list item at a time: the schema's whole parse would copy the corpus (see find-corpus-problems.ts).
  const problems = findCorpusProblems(corpus);
  if (problems.length > 0) {
    process.stderr.write(`parse: the corpus breaks the schema:\n${problems.join('\n')}\n`);
    return 1;
  }
  if (strict && corpus.warnings.length > 0) {
    const files = [...new Set(corpus.warnings.map((warning) => warning.file))];
    process.stderr.write(`parse --strict: ${files.length} input${files.length === 1 ? '' : 's'} not fully read: ${files.join(', ')}\n`);
    return 1;
  }
  // In pieces, not one string: the text of 10,000 articles is some 75 million characters (see pretty-json-chunks.ts).
  await writeChunks(process.stdout, stringifyPrettyInChunks(corpus));
  process.stdout.write('\n');
  return 0;
}

/** Writes each chunk, waiting whenever the stream's buffer is full (a slow pipe), so chunks do not pile up in memory. */
async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
}

// `npm run -s parse -- DIR | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
