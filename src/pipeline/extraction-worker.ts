/** Worker thread: extracts the articles of each batch of files it is sent (see parallel-corpus.ts) and answers with the results. */
import { parentPort } from 'node:worker_threads';
import { extractJobs, type ExtractionJob } from './parallel-corpus.ts';

parentPort!.on('message', (jobs: ExtractionJob[]) => {
  parentPort!.postMessage(extractJobs(jobs));
});
