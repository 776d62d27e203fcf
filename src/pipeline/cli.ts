/**
 * `npm run parse -- [--strict] DIR`: prints the corpus JSON for a folder of .txt articles on
 * stdout; warnings go to stderr. With --strict, any file the pipeline could not fully read makes
 * it exit 1 with every such file named on stderr, and nothing on stdout. The per-article stages run
 * in worker threads, one per idle core, when the folder has enough files to pay for them (see
 * parallel-corpus.ts); --threads=N sets the number of threads, --threads=1 runs everything in this thread.
 * Every line it prints goes through escapeControls: file names come from the folder, not from us.
 */
import { once } from 'node:events';
import { findCorpusProblems } from '../corpus/find-corpus-problems.ts';
import { buildCorpusFromFolder } from './parallel-corpus.ts';
import { stringifyPrettyInChunks } from './pretty-json-chunks.ts';
import { escapeControls, UNPRINTABLE_IN_JSON } from './escape-controls.ts';

const USAGE =
  'Usage: npm run -s parse -- [--strict] [--threads=N] DIR   (DIR holds .txt articles, in subfolders too, and an optional sources.json)';

/** One line on stderr, escaped: the only way this command prints a message. */
function printLine(text: string): void {
  process.stderr.write(`${escapeControls(text)}\n`);
}

async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const threadsFlag = flags.find((flag) => flag.startsWith('--threads='));
  const threads = threadsFlag ? Number(threadsFlag.slice('--threads='.length)) : undefined;
  const unknown = flags.filter((flag) => flag !== '--strict' && flag !== threadsFlag);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) {
    printLine(`parse: --threads wants a whole number of threads, not "${threadsFlag}"`);
    return 2;
  }
  const dirs = argv.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0 || dirs.length !== 1) {
    if (unknown.length > 0) printLine(`parse: unknown option ${unknown.join(', ')}`);
    printLine(USAGE);
    return 2;
  }
  const strict = flags.includes('--strict');
  let corpus;
  try {
    corpus = await buildCorpusFromFolder(dirs[0]!, threads);
  } catch (error) {
    printLine(`parse: ${(error as Error).message}`);
    return 1;
  }
  for (const warning of corpus.warnings) printLine(`warning: ${warning.file}: ${warning.reason}`);
  // Checked a list item at a time: the schema's whole parse would copy the corpus (see find-corpus-problems.ts).
  const problems = findCorpusProblems(corpus);
  if (problems.length > 0) {
    printLine('parse: the corpus breaks the schema:');
    for (const problem of problems) printLine(problem);
    return 1;
  }
  if (strict && corpus.warnings.length > 0) {
    const files = [...new Set(corpus.warnings.map((warning) => warning.file))];
    printLine(
      `parse --strict: ${files.length} input${files.length === 1 ? '' : 's'} not fully read: ${files.join(', ')}`,
    );
    return 1;
  }
  // In pieces, not one string: the text of 10,000 articles is some 75 million characters (see pretty-json-chunks.ts).
  await writeChunks(process.stdout, stringifyPrettyInChunks(corpus));
  process.stdout.write('\n');
  return 0;
}

/**
 * Writes each chunk, waiting whenever the stream's buffer is full (a slow pipe), so chunks do not pile
 * up in memory. C1 controls and bidi characters in strings become \u escapes: the same JSON, safe
 * to print to a terminal.
 */
async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    const safe = chunk.replace(UNPRINTABLE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (!stream.write(safe)) await once(stream, 'drain');
  }
}

// `npm run -s parse -- DIR | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
