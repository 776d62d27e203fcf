/**
 * The pipeline over worker threads: the per-article stages (reading, decoding, segmenting, credits,
 * stamps, name finding; see article-extraction.ts) run in worker threads, a batch of files at a time;
 * the cross-article stages then run in this thread. Workers are sent file paths, not texts, and
 * drop each file's bytes once it is extracted. Same output as buildCorpus.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Corpus } from '../corpus/schema.ts';
import { extractArticle, type ExtractedFile } from './article-extraction.ts';
import { buildCorpusFromExtracted, type ExtractedInput } from './build-corpus.ts';
import type { InputFile, PipelineInput } from './pipeline-input.ts';
import { listArticleFolder, readInputFile } from './read-folder.ts';

/** Below this many files per thread a thread costs more to start (a second or so) than it saves. */
const FILES_PER_THREAD_MINIMUM = 200;
/** Files per message: large enough that messaging costs little, small enough that threads finish together. */
const BATCH_SIZE = 16;

/** A file to extract: a path to read (from a folder) or bytes already read. */
export type ExtractionJob = { name: string; path: string } | InputFile;

export type ExtractionResult = { extracted: ExtractedFile } | { failed: { file: string; message: string } };

/** Extracts each job's file on its own; a file a stage throws on is reported as failed, not thrown. */
export function extractJobs(jobs: ExtractionJob[]): ExtractionResult[] {
  return jobs.map((job) => {
    const file = 'path' in job ? readInputFile(job.path, job.name) : job;
    try {
      return { extracted: extractArticle(file) };
    } catch (error) {
      return { failed: { file: file.name, message: (error as Error).message } };
    }
  });
}

/**
 * How many worker threads pay off for `files` files: one per idle core (`busy`: the load average, what
 * other processes already run), each with at least FILES_PER_THREAD_MINIMUM files; none (0) below two.
 * On the 2-core machine the pipeline is measured on, with other jobs saturating it (load 9–14), two
 * workers made 10,000 articles slower (530 s against 513 s of wall time, 110 s against 98 s of CPU).
 */
export function chooseThreadCount(
  files: number,
  cores = availableParallelism(),
  busy = loadavg()[0] ?? 0,
  filesPerThreadMinimum = FILES_PER_THREAD_MINIMUM,
): number {
  const idleCores = Math.round(cores - busy);
  const count = Math.min(cores, idleCores, Math.floor(files / filesPerThreadMinimum));
  return count >= 2 ? count : 0;
}

/**
 * Builds the corpus of a folder, reading one file at a time (its bytes are dropped once extracted).
 * `threads`: worker threads for the per-article stages; by default one per idle core, when the folder
 * has enough files to pay for them, else none (see chooseThreadCount).
 */
export async function buildCorpusFromFolder(dir: string, threads?: number): Promise<Corpus> {
  const { files, ...sideFiles } = listArticleFolder(dir);
  const threadCount =
    threads === undefined ? chooseThreadCount(files.length) : threads > 1 ? Math.min(threads, files.length) : 0;
  const results = threadCount >= 2 ? await extractInWorkers(files, threadCount) : extractJobs(files);
  return buildCorpusFromExtracted(toExtractedInput(results, sideFiles));
}

function toExtractedInput(
  results: ExtractionResult[],
  sideFiles: Pick<PipelineInput, 'sourcesJson' | 'sourcesError' | 'correctionsJson' | 'correctionsError'>,
): ExtractedInput {
  const files: ExtractedFile[] = [];
  const failed: ExtractedInput['failed'] = [];
  for (const result of results) {
    if ('extracted' in result) files.push(result.extracted);
    else failed.push({ file: result.failed.file, error: new Error(result.failed.message) });
  }
  return { files, failed, ...sideFiles };
}

/** Spreads the jobs over `threadCount` workers, a batch at a time to whichever is free; results come back in job order. */
function extractInWorkers(jobs: ExtractionJob[], threadCount: number): Promise<ExtractionResult[]> {
  const results: ExtractionResult[][] = [];
  let next = 0;
  const script = new URL('./extraction-worker.ts', import.meta.url).href;
  // Run from TypeScript source (npm run parse, tests), the worker first registers tsx's loader for itself.
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(bootstrap, { eval: true });
      let batch = -1;
      let finished = false;
      const sendNext = () => {
        if (next >= jobs.length) {
          finished = true;
          void worker.terminate().then(() => resolve());
          return;
        }
        batch = next / BATCH_SIZE;
        worker.postMessage(jobs.slice(next, next + BATCH_SIZE));
        next += BATCH_SIZE;
      };
      worker.on('message', (batchResults: ExtractionResult[]) => {
        results[batch] = batchResults;
        sendNext();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (!finished) reject(new Error(`an extraction worker stopped early (exit code ${code})`));
      });
      sendNext();
    });
  return Promise.all(Array.from({ length: threadCount }, runWorker)).then(() => results.flat());
}
