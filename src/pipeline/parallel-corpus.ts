/**
 * The pipeline over worker threads: each thread finds the name candidates of a share of the files (the
 * slow, per-article step), then the corpus is built in this thread from them. Same output as buildCorpus.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Corpus } from '../corpus/schema.ts';
import { buildCorpus } from './build-corpus.ts';
import { readArticleText } from './article-text.ts';
import { findNameCandidates } from './people.ts';
import type { InputFile, PipelineInput } from './pipeline-input.ts';
import { segmentArticle } from './segment.ts';

/** Below this many files a thread costs more to start than it saves. */
const FILES_PER_THREAD_MINIMUM = 200;

/** Name candidates of one raw file, as buildCorpus would find them. */
export function findFileNameCandidates(file: InputFile): string[] {
  if (file.readError) return [];
  const decoded = readArticleText(file.bytes);
  if (!decoded.ok) return [];
  const segments = segmentArticle(decoded.text);
  return findNameCandidates({ id: file.name, text: decoded.text, paragraphs: segments.paragraphs, sentences: segments.sentences });
}

/** Builds the corpus using up to `threads` worker threads for name finding. */
export async function buildCorpusInParallel(
  input: PipelineInput,
  threads = availableParallelism(),
  filesPerThreadMinimum = FILES_PER_THREAD_MINIMUM,
): Promise<Corpus> {
  const threadCount = Math.min(threads, Math.floor(input.files.length / filesPerThreadMinimum));
  if (threadCount < 2) return buildCorpus(input);
  const batches = Array.from({ length: threadCount }, (_, thread) => input.files.filter((_, index) => index % threadCount === thread));
  const results = await Promise.all(batches.map(runBatch));
  return buildCorpus(input, { nameCandidatesByFile: new Map(results.flat()) });
}

function runBatch(files: InputFile[]): Promise<Array<readonly [string, string[]]>> {
  return new Promise((resolve, reject) => {
    const script = new URL('./name-candidates-worker.ts', import.meta.url).href;
    // Run from TypeScript source (npm run parse, tests), the worker first registers tsx's loader for itself.
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
    const worker = new Worker(bootstrap, { eval: true, workerData: files });
    worker.once('message', (result: Array<readonly [string, string[]]>) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
