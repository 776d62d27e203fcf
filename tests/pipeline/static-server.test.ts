import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  acceptsGzip,
  buildSlashRedirect,
  isCompressible,
  startStaticServer,
  type StaticServer,
} from '../../scripts/serve.ts';

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A request for `url`, sent with its path as written (`..` and all): a URL object would tidy it up. */
function request(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(url);
  const path = url.replace(/^http:\/\/[^/]+/, '');
  return new Promise((resolve, reject) => {
    httpRequest({ hostname, port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('the static server', () => {
  let parent: string;
  let dir: string;
  let server: StaticServer;
  const script = 'console.log("a line a static host would compress");\n'.repeat(200);

  beforeAll(async () => {
    // The served folder sits beside a file it must never hand out.
    parent = mkdtempSync(join(tmpdir(), 'static-server-'));
    writeFileSync(join(parent, 'secret.txt'), 'not for the web');
    dir = join(parent, 'site');
    mkdirSync(dir);
    writeFileSync(join(dir, 'app.js'), script);
    writeFileSync(join(dir, 'data.json'), '{"a":1}');
    writeFileSync(join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dir, 'notes.xyz'), 'whatever');
    writeFileSync(join(dir, 'about.html'), '<p>about</p>');
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    writeFileSync(join(dir, 'index.html'), '<p>app</p>');
    mkdirSync(join(dir, 'events', 'talks-a'), { recursive: true });
    writeFileSync(join(dir, 'events', 'talks-a', 'index.html'), '<p>talks-a</p>');
    mkdirSync(join(dir, 'assets'));
    server = await startStaticServer(dir, 0);
  });
  afterAll(async () => {
    await server.close();
    rmSync(parent, { recursive: true, force: true });
  });

  test('sends text gzipped to a client that accepts gzip, and the same bytes once unzipped', async () => {
    const reply = await request(`${server.url}app.js`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
    expect(reply.body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(reply.body).toString()).toBe(script);
    // Served again from the compressed copy: same bytes.
    expect((await request(`${server.url}app.js`, { 'Accept-Encoding': 'gzip' })).body.equals(reply.body)).toBe(true);
  });

  test('sends text as is to a client that does not accept gzip, and never compresses images', async () => {
    const plain = await request(`${server.url}app.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    const image = await request(`${server.url}image.png`, { 'Accept-Encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.length).toBe(7);
  });

  test.each<[string, string]>([
    ['events/talks-a', '/events/talks-a/'],
    ['events/talks-a?person=a,b&q=x%20y', '/events/talks-a/?person=a,b&q=x%20y'],
    ['events/talks-a?event=other', '/events/talks-a/?event=other'],
    // A path that starts with two slashes must not redirect to another host (`//events/...` is protocol-relative).
    ['/events/talks-a', '/events/talks-a/'],
  ])('a folder without its final slash, /%s, is redirected to %s', async (path, location) => {
    const reply = await request(`${server.url}${path}`);
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe(location);
  });

  test('a folder with its slash, and its index.html, are served', async () => {
    for (const path of ['', 'events/talks-a/', 'events/talks-a/index.html', 'events/talks-a/?person=a']) {
      const reply = await request(`${server.url}${path}`);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    }
    expect((await request(`${server.url}events/talks-a/`)).body.toString()).toBe('<p>talks-a</p>');
  });

  test('a folder without index.html is not found, with or without its slash', async () => {
    expect((await request(`${server.url}assets`)).status).toBe(404);
    expect((await request(`${server.url}assets/`)).status).toBe(404);
    expect((await request(`${server.url}events/nope`)).status).toBe(404);
  });

  test('a page is found by its name without .html', async () => {
    const reply = await request(`${server.url}about`);
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe('<p>about</p>');
  });

  test.each<[string, string]>([
    ['app.js', 'text/javascript; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['image.png', 'image/png'],
    ['index.html', 'text/html; charset=utf-8'],
    ['notes.xyz', 'application/octet-stream'],
  ])('%s is sent as %s, never to be sniffed, and revalidated on each use', async (path, type) => {
    const reply = await request(`${server.url}${path}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-cache');
  });

  test('text sent as is still varies by Accept-Encoding; images do not', async () => {
    expect((await request(`${server.url}app.js`)).headers.vary).toBe('Accept-Encoding');
    expect((await request(`${server.url}image.png`)).headers.vary).toBeUndefined();
  });

  test('HEAD gives the headers of GET and no body', async () => {
    const plain = await request(`${server.url}app.js`, {}, 'HEAD');
    expect(plain.status).toBe(200);
    expect(Number(plain.headers['content-length'])).toBe(script.length);
    expect(plain.body.length).toBe(0);
    const gzipped = await request(`${server.url}app.js`, { 'Accept-Encoding': 'gzip' }, 'HEAD');
    const full = await request(`${server.url}app.js`, { 'Accept-Encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-length']).toBe(full.headers['content-length']);
    expect(gzipped.body.length).toBe(0);
  });

  test('a missing file is 404 with a plain-text reason', async () => {
    const reply = await request(`${server.url}nope.js`, { 'Accept-Encoding': 'gzip' });
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(reply.body.toString()).toBe('Not found\n');
  });

  test('methods other than GET and HEAD are refused with 405 and the allowed ones', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const reply = await request(`${server.url}app.js`, {}, method);
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe('GET, HEAD');
      expect(reply.body.toString()).toBe('Method not allowed\n');
    }
  });

  test.each([
    '../secret.txt',
    '%2e%2e/secret.txt',
    '%2e%2e%2fsecret.txt',
    'events/%2e%2e%2f%2e%2e%2fsecret.txt',
    '..%2f..%2fsite/../secret.txt',
  ])('a path that climbs out of the folder, /%s, is refused with 400', async (path) => {
    const reply = await request(`${server.url}${path}`);
    expect(reply.status).toBe(400);
    expect(reply.body.toString()).toBe('Bad request\n');
  });

  test.each(['%E0%A4%A', 'app.js%00.png'])('a malformed path, /%s, is refused with 400', async (path) => {
    const reply = await request(`${server.url}${path}`);
    expect(reply.status).toBe(400);
  });

  test('a path whose backslashes would climb on Windows finds nothing here', async () => {
    const reply = await request(`${server.url}..%5csecret.txt`);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('not for the web');
  });

  test('a browser revalidating with the ETag gets 304, and the full file once it changes', async () => {
    writeFileSync(join(dir, 'changing.js'), 'let a = 1;\n'.repeat(100));
    const first = await request(`${server.url}changing.js`, { 'Accept-Encoding': 'gzip' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await request(`${server.url}changing.js`, { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // Rewritten while the server runs (a rebuild): new bytes, gzipped afresh, and a new ETag.
    writeFileSync(join(dir, 'changing.js'), 'let b = 2;\n'.repeat(300));
    const changed = await request(`${server.url}changing.js`, { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(gunzipSync(changed.body).toString()).toBe('let b = 2;\n'.repeat(300));
  });

  test('a file or event page added while the server runs is served', async () => {
    mkdirSync(join(dir, 'events', 'later'));
    writeFileSync(join(dir, 'events', 'later', 'index.html'), '<p>later</p>');
    expect((await request(`${server.url}events/later`)).status).toBe(301);
    expect((await request(`${server.url}events/later/`)).body.toString()).toBe('<p>later</p>');
  });

  test.each<[string, string]>([
    ['/events/a', '/events/a/'],
    ['/events/a?x=1#frag', '/events/a/?x=1'],
    ['//evil.example/events', '/evil.example/events/'],
    ['/\\evil.example', '/evil.example/'],
    ['/events/caf\u00e9', '/events/caf%E9/'],
  ])('buildSlashRedirect(%s) is %s', (requestUrl, location) => {
    expect(buildSlashRedirect(requestUrl)).toBe(location);
  });

  test.each<[string | undefined, boolean]>([
    ['gzip', true],
    ['br, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['identity', false],
    [undefined, false],
  ])('Accept-Encoding %s admits gzip: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  test('compresses text, scripts, JSON and SVG only', () => {
    expect(
      [
        'text/html; charset=utf-8',
        'text/javascript; charset=utf-8',
        'application/json; charset=utf-8',
        'image/svg+xml',
      ].every(isCompressible),
    ).toBe(true);
    expect(['image/png', 'font/woff2', 'application/octet-stream'].some(isCompressible)).toBe(false);
  });
});

test('a folder that is not there is named in the error, before any port is taken', async () => {
  const missing = join(tmpdir(), 'static-server-missing-folder');
  await expect(startStaticServer(missing, 0)).rejects.toThrow(`Nothing to serve: no folder at ${missing}`);
});
