import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { saveCorrectionsHandler } from '../../scripts/build/save-corrections.ts';

let dir: string;
let server: Server;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'save-corrections-'));
  server = createServer(saveCorrectionsHandler(dir));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  fetch(url, { method: 'POST', body, headers });

test('the dev server writes a valid corrections.json into the articles folder', async () => {
  const text = `${JSON.stringify({ events: [{ remove: 'x', note: 'why' }] }, null, 2)}\n`;
  const response = await post(text);
  expect(response.status).toBe(200);
  expect(await response.text()).toMatch(/^Saved .*corrections\.json; the page reloads/);
  expect(readFileSync(join(dir, 'corrections.json'), 'utf8')).toBe(text);
  expect(readdirSync(dir)).toEqual(['corrections.json']);
});

test('a file with a bad entry is refused, naming it, and the saved file is kept', async () => {
  const before = readFileSync(join(dir, 'corrections.json'), 'utf8');
  const response = await post(JSON.stringify({ events: [{ remove: 'x' }] }));
  expect(response.status).toBe(400);
  expect(await response.text()).toMatch(/^corrections\.json not saved: events\[0\] ignored: .*note/);
  expect(readFileSync(join(dir, 'corrections.json'), 'utf8')).toBe(before);
});

test('only POST writes', async () => {
  expect((await fetch(url)).status).toBe(405);
});

test('another site’s page cannot overwrite the file: plain text and foreign origins are refused', async () => {
  const before = readFileSync(join(dir, 'corrections.json'), 'utf8');
  const empty = JSON.stringify({ people: [], articles: {}, events: [] });
  expect((await post(empty, { 'Content-Type': 'text/plain' })).status).toBe(403);
  expect((await post(empty, { 'Content-Type': 'application/json', Origin: 'https://evil.example' })).status).toBe(403);
  expect(readFileSync(join(dir, 'corrections.json'), 'utf8')).toBe(before);
});

test('a folder that cannot be written is an answer, not a crashed dev server', async () => {
  const gone = createServer(saveCorrectionsHandler(join(dir, 'no-such-folder')));
  await new Promise<void>((done) => gone.listen(0, '127.0.0.1', done));
  const address = gone.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const response = await fetch(`http://127.0.0.1:${port}/`, {
    method: 'POST',
    body: '{}',
    headers: { 'Content-Type': 'application/json' },
  });
  expect(response.status).toBe(500);
  expect(await response.text()).toMatch(/^corrections\.json not saved: ENOENT/);
  await new Promise((done) => gone.close(done));
});
