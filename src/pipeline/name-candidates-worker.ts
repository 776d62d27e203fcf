/** Worker thread: finds the name candidates of a batch of files (the NLP-heavy, per-article step). */
import { parentPort, workerData } from 'node:worker_threads';
import { findFileNameCandidates } from './parallel-corpus.ts';
import type { InputFile } from './pipeline-input.ts';

const files = workerData as InputFile[];
parentPort!.postMessage(files.map((file) => [file.name, findFileNameCandidates(file)] as const));
