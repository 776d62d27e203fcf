/**
 * The static file server for the built explorer (dist/), bound to 127.0.0.1: sirv finds and sends the files
 * (ETag, Cache-Control: no-cache, ranges); around it, what sirv does not do: gzip on the fly (its `gzip`
 * option only picks precompressed .gz files, which the build does not write), the redirect of a folder
 * without its final slash, 400 for a path that is malformed or climbs out, 405, and text/plain reasons.
 * Used by `npm start`, `npm run screenshot`, the bench and the browser tests.
 * Run directly: `tsx scripts/serve.ts [DIR] [PORT]` (PORT from the argument or the PORT env; 0 = random).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:4173/`. */
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * Maps a request path to a file inside `root`, or null when the path is malformed or escapes it.
 * Decoding happens before the containment check so `%2e%2e%2f` cannot climb out either.
 */
function resolveRequestPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = resolve(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return null;
  return target;
}

/** True for a folder with an index.html (sirv would serve that page at the folder's address without the slash). */
function isFolderWithIndex(target: string): boolean {
  try {
    if (!statSync(target, { throwIfNoEntry: false })?.isDirectory()) return false;
    return statSync(join(target, 'index.html'), { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/**
 * Where to send a request for a folder without its final slash (`/events/a?x=1` → `/events/a/?x=1`),
 * as static hosts do. The path is the request's own (still encoded), with its leading slashes
 * collapsed to one: `//host/dir` must stay on this server, not become a protocol-relative URL.
 */
export function buildSlashRedirect(requestUrl: string): string {
  const cut = requestUrl.search(/[?#]/);
  const pathname = cut === -1 ? requestUrl : requestUrl.slice(0, cut);
  const query = cut === -1 ? '' : requestUrl.slice(cut).replace(/#.*$/, '');
  const location = `/${pathname.replace(/^[/\\]+/, '')}/${query}`;
  // Only printable ASCII in a header; anything else (raw bytes in the request line) percent-encoded.
  return location.replace(
    /[^\x21-\x7e]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

const gzipAsync = promisify(gzip);

/** Types a static host compresses: text, scripts, JSON, SVG. Images and fonts are compressed already. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

/** True when the request's Accept-Encoding admits gzip (and does not refuse it with q=0). */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
    return (coding === 'gzip' || coding === '*') && !refused;
  });
}

/** sirv's type (mrmime's) with the charset on text and JSON, and a generic binary type for unknown extensions. */
function withCharset(sirvType: string): string {
  const type = sirvType.split(';', 1)[0]!.trim();
  if (!type) return 'application/octet-stream';
  return /^(text\/|application\/(json|xml)$)/.test(type) ? `${type}; charset=utf-8` : type;
}

/** Gzipped files by inode, kept while the file is unchanged: a 20 MB corpus is compressed once, not per request. */
const gzipCache = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();

/**
 * Called by sirv (its `setHeaders`) just before it writes the head of a 200 or 206 and pipes the file.
 * sirv only sends precompressed `.gz` files (the build writes none), so text is gzipped here: the file's
 * bytes sirv pipes are held back and the gzipped body goes out with its own Content-Length.
 */
function finishHeaders(res: ServerResponse, stats: Stats): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // A file that goes away between sirv's stat and its read: drop the connection, as a half-sent file would.
  res.once('pipe', (source: Readable) => source.once('error', () => res.destroy()));
  const writeHead = res.writeHead;
  res.writeHead = ((status: number, headers: OutgoingHttpHeaders = {}) => {
    res.writeHead = writeHead;
    const type = withCharset(String(headers['Content-Type'] ?? ''));
    headers['Content-Type'] = type;
    if (!isCompressible(type)) return res.writeHead(status, headers);
    res.setHeader('Vary', 'Accept-Encoding');
    if (status !== 200 || !acceptsGzip(res.req.headers['accept-encoding'])) return res.writeHead(status, headers);

    const key = `${stats.dev}:${stats.ino}`;
    const found = gzipCache.get(key);
    const { write, end } = res;
    const sendGzipped = (body: Buffer) => {
      res.write = write;
      res.end = end;
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      res.end(body);
    };
    if (found && found.mtimeMs === stats.mtimeMs && found.size === stats.size) {
      // From the compressed copy: the file sirv is about to pipe is not read, and nothing it writes goes out.
      res.once('pipe', (source: Readable) => source.destroy());
      sendGzipped(found.body);
      res.write = (() => true) as typeof res.write;
      res.end = (() => res) as typeof res.end;
      return res;
    }
    const chunks: Buffer[] = [];
    res.write = ((chunk: Buffer) => (chunks.push(chunk), true)) as typeof res.write;
    res.end = (() => {
      gzipAsync(Buffer.concat(chunks)).then(
        (body) => {
          gzipCache.set(key, { mtimeMs: stats.mtimeMs, size: stats.size, body });
          sendGzipped(body);
        },
        () => res.destroy(),
      );
      return res;
    }) as typeof res.end;
    return res;
  }) as typeof res.writeHead;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Serves `dir` on 127.0.0.1:`port` (0 picks a free port); rejects when the folder is missing or the port taken. */
export function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory())
    return Promise.reject(
      new Error(`Nothing to serve: no folder at ${root} (build the explorer first: npm run build)`),
    );
  const serveFile = sirv(root, {
    // Looks files up on each request (no listing made at start): a rebuild while serving is seen at once.
    dev: true,
    // With dev, sirv sends Cache-Control: no-cache; the ETag makes a browser's revalidation a 304.
    etag: true,
    // `/about` finds about.html, `/events/a/` finds its index.html.
    extensions: ['html'],
    setHeaders: (res, _pathname, stats) => finishHeaders(res, stats),
    onNoMatch: (_req, res) => sendText(res, 404, 'Not found\n'),
  });

  const handleRequest = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed\n');
      return;
    }
    const requestUrl = req.url ?? '/';
    const pathname = requestUrl.split(/[?#]/, 1)[0] ?? '/';
    // sirv decodes with decodeURI and never climbs out, but answers 404; a refusal is clearer as 400.
    const target = resolveRequestPath(root, pathname);
    if (target === null) {
      sendText(res, 400, 'Bad request\n');
      return;
    }
    // sirv would serve a folder's index.html at its address without the slash; the page's relative
    // links and the app's own path would then be off by one level. 301 like the usual static hosts.
    if (!pathname.endsWith('/') && isFolderWithIndex(target)) {
      const location = buildSlashRedirect(requestUrl);
      res.setHeader('Location', location);
      sendText(res, 301, `Moved to ${location}\n`);
      return;
    }
    serveFile(req, res);
  };

  const server = createServer((req, res) => {
    try {
      handleRequest(req, res);
    } catch {
      if (!res.headersSent) sendText(res, 500, 'Internal server error\n');
      else res.destroy();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const actualPort = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}/`,
        port: actualPort,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Parses a port from an argument or env value; undefined when absent, throws when malformed. */
export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port number: ${value}`);
  return port;
}

async function main(): Promise<void> {
  const [dirArg, portArg] = process.argv.slice(2);
  const port = parsePort(portArg) ?? parsePort(process.env.PORT) ?? 0;
  const server = await startStaticServer(dirArg ?? 'dist', port);
  console.log(`Serving ${resolve(dirArg ?? 'dist')} at ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
