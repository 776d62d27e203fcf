import { get } from 'node:http';
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

function request(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

describe('the static server', () => {
  let dir: string;
  let server: StaticServer;
  const script = 'console.log("a line a static host would compress");\n'.repeat(200);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-server-'));
    writeFileSync(join(dir, 'app.js'), script);
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    writeFileSync(join(dir, 'index.html'), '<p>app</p>');
    mkdirSync(join(dir, 'events', 'talks-a'), { recursive: true });
    writeFileSync(join(dir, 'events', 'talks-a', 'index.html'), '<p>talks-a</p>');
    mkdirSync(join(dir, 'assets'));
    server = await startStaticServer(dir, 0);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
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
