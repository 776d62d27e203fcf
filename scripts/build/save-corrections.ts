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

/**
 * True when the request comes from the dev server's own page: JSON (a cross-site form or no-cors
 * fetch cannot send that without a preflight the server never answers) and, when the browser says
 * where from, from the same host.
 */
function isOwnPageRequest(request: IncomingMessage): boolean {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** Handles the POST: the body must be a corrections.json every entry of which is valid. */
export function saveCorrectionsHandler(seedsDir: string) {
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST') return answer(response, 405, 'Send corrections.json with POST.');
    if (!isOwnPageRequest(request))
      return answer(response, 403, 'Only the dev server’s own page saves corrections.json (as application/json).');
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BYTES) chunks.push(chunk);
      else request.destroy();
    });
    request.on('close', () => {
      if (size > MAX_BYTES && !response.headersSent)
        answer(response, 413, `corrections.json is over ${MAX_BYTES} bytes; not saved.`);
    });
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const { warnings } = parseCorrectionsFile(text);
      if (warnings.length > 0)
        return answer(response, 400, `corrections.json not saved: ${warnings.map((w) => w.reason).join('; ')}`);
      const path = join(seedsDir, CORRECTIONS_FILE);
      try {
        // Written whole or not at all: the folder watcher must never read half a file.
        const temporary = join(seedsDir, `.${CORRECTIONS_FILE}.${process.pid}.${Date.now()}.tmp`);
        writeFileSync(temporary, text, { flag: 'wx' });
        renameSync(temporary, path);
      } catch (error) {
        return answer(response, 500, `corrections.json not saved: ${(error as Error).message}`);
      }
      answer(response, 200, `Saved ${path}; the page reloads with the corpus rebuilt.`);
    });
  };
}
