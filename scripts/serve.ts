/**
 * A small, dependency-free static file server for the built explorer (dist/), bound to 127.0.0.1.
 * Used by `npm start`, `npm run screenshot` and the browser tests.
 * Run directly: `tsx scripts/serve.ts [DIR] [PORT]` (PORT from the argument or the PORT env; 0 = random).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:4173/`. */
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Returns the content type for a file name, falling back to a generic binary type. */
export function getContentType(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request path to a file inside `root`, or null when the path is malformed or escapes it.
 * Decoding happens before the containment check so `%2e%2e%2f` cannot climb out either.
 */
export function resolveRequestPath(root: string, requestUrl: string): string | null {
  const pathname = requestUrl.split(/[?#]/, 1)[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(join(base, decoded));
  if (target !== base && !target.startsWith(base + sep)) return null;
  return target;
}

type Found = { file: string; size: number; mtimeMs: number } | null;

async function statFile(file: string): Promise<Found> {
  try {
    const info = await stat(file);
    return info.isFile() ? { file, size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

/**
 * Finds the file for a path: the file itself, `dir/index.html`, or `name.html` for extensionless
 * paths. A folder asked for without its final slash is `redirect` (its index.html is never served
 * at that address: the page's relative links and the app's own path would be off by one level).
 */
async function findFile(target: string, endsWithSlash: boolean): Promise<Found | 'redirect'> {
  const direct = await statFile(target);
  if (direct) return direct;
  const index = await statFile(join(target, 'index.html'));
  if (index) return endsWithSlash ? index : 'redirect';
  if (!extname(target)) return statFile(`${target}.html`);
  return null;
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

/** Gzipped files by path, kept while the file is unchanged: a 20 MB corpus is compressed once, not per request. */
const gzipCache = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();

async function gzippedFile(found: NonNullable<Found>): Promise<Buffer> {
  const cached = gzipCache.get(found.file);
  if (cached && cached.mtimeMs === found.mtimeMs && cached.size === found.size) return cached.body;
  const body = await gzipAsync(await readFile(found.file));
  gzipCache.set(found.file, { mtimeMs: found.mtimeMs, size: found.size, body });
  return body;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

async function handleRequest(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method not allowed\n');
    return;
  }
  const target = resolveRequestPath(root, req.url ?? '/');
  if (target === null) {
    sendText(res, 400, 'Bad request\n');
    return;
  }
  const requestUrl = req.url ?? '/';
  const found = await findFile(target, (requestUrl.split(/[?#]/, 1)[0] ?? '/').endsWith('/'));
  if (found === 'redirect') {
    // 301 like the usual static hosts (GitHub Pages, Netlify, nginx): only GET and HEAD get here.
    const location = buildSlashRedirect(requestUrl);
    res.writeHead(301, {
      Location: location,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(`Moved to ${location}\n`),
    });
    res.end(req.method === 'HEAD' ? undefined : `Moved to ${location}\n`);
    return;
  }
  if (!found) {
    sendText(res, 404, 'Not found\n');
    return;
  }
  const contentType = getContentType(found.file);
  const headers = {
    'Content-Type': contentType,
    // Hashed assets could be cached forever, but this server is for local use and tests: always fresh.
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  // Text goes out gzipped, as any static host would send it (benchmarks and Lighthouse see real transfer sizes).
  if (isCompressible(contentType)) {
    if (acceptsGzip(req.headers['accept-encoding'])) {
      const body = await gzippedFile(found);
      res.writeHead(200, {
        ...headers,
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
        Vary: 'Accept-Encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.setHeader('Vary', 'Accept-Encoding');
  }
  res.writeHead(200, { ...headers, 'Content-Length': found.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Serves `dir` on 127.0.0.1:`port` (0 picks a free port); rejects when the port is taken. */
export function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    handleRequest(root, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal server error\n');
      else res.destroy();
    });
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
