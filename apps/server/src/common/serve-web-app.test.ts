import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

// A stand-in for apps/web/dist: the server serves whatever the web build put there.
const webDir = mkdtempSync(join(tmpdir(), 'quorum-web-'));
const script = `export const greeting = ${JSON.stringify('hello '.repeat(2000))};\n`;
let server: TestServer;

/** A GET as a browser sends it, with the body as it came over the wire (fetch would unzip it). */
function rawGet(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

beforeAll(async () => {
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Quorum</title><div id="root"></div>');
  writeFileSync(join(webDir, 'assets', 'index-abc123.js'), script);
  server = await startTestServer({ QUORUM_WEB_DIR: webDir });
});
afterAll(async () => {
  await server?.stop();
  rmSync(webDir, { recursive: true, force: true });
});

describe('the web app, served on the API’s port', () => {
  it('sends scripts gzipped, to be kept for good (their names change with their content)', async () => {
    const response = await rawGet(`${server.url}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const body = response.body;
    expect(body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(body).toString()).toBe(script);
  });

  it('answers the app’s own routes with index.html, and unknown assets with 404', async () => {
    const page = await fetch(`${server.url}/entries/some-entry/sections/some-section`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${server.url}/assets/missing-000.js`)).status).toBe(404);
  });
});
