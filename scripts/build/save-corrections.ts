/**
 * The dev server's end of Edit mode's "Save to the articles folder": a POST of corrections.json is
 * checked and written beside the articles, and the folder watcher then rebuilds the corpus and
 * reloads the page. Only under `npm run dev`: a built site is static files and writes nothing.
 */
import { renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { CORRECTIONS_FILE, parseCorrectionsFile } from '../../src/corpus/corrections/corrections-file.ts';

const MAX_BYTES = 1024 * 1024;

function answer(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(text);
}

/** Handles the POST: the body must be a corrections.json every entry of which is valid. */
export function saveCorrectionsHandler(seedsDir: string) {
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST') return answer(response, 405, 'Send corrections.json with POST.');
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_BYTES) return answer(response, 413, `corrections.json is over ${MAX_BYTES} bytes; not saved.`);
      const text = Buffer.concat(chunks).toString('utf8');
      const { warnings } = parseCorrectionsFile(text);
      if (warnings.length > 0)
        return answer(response, 400, `corrections.json not saved: ${warnings.map((w) => w.reason).join('; ')}`);
      const path = join(seedsDir, CORRECTIONS_FILE);
      // Written whole or not at all: the folder watcher must never read half a file.
      writeFileSync(`${path}.tmp`, text);
      renameSync(`${path}.tmp`, path);
      answer(response, 200, `Saved ${path}; the page reloads with the corpus rebuilt.`);
    });
  };
}
