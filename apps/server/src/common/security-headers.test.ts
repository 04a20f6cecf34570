import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request, Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { securityHeaders } from './security-headers.js';

// A stand-in for apps/web/dist, as in serve-web-app.test.ts.
const webDir = mkdtempSync(join(tmpdir(), 'quorum-web-'));
let server: TestServer;

beforeAll(async () => {
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Quorum</title><div id="root"></div>');
  server = await startTestServer({ QUORUM_WEB_DIR: webDir, QUORUM_PUBLIC_URL: 'https://quorum.example.nhs.uk' });
});
afterAll(async () => {
  await server?.stop();
  rmSync(webDir, { recursive: true, force: true });
});

function expectSecurityHeaders(response: globalThis.Response) {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
}

describe('security headers', () => {
  it('are on the web app: its page, an invitation link, a missing asset', async () => {
    for (const path of ['/', '/invitations/some-token', '/assets/missing-000.js']) {
      const response = await fetch(`${server.url}${path}`);
      expectSecurityHeaders(response);
    }
  });

  it('are on the API: queries, refused bodies, the health check and exports', async () => {
    const query = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(query.status).toBe(200);
    expectSecurityHeaders(query);
    const malformed = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(malformed.status).toBe(400);
    expectSecurityHeaders(malformed);
    expectSecurityHeaders(await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } }));
    expectSecurityHeaders(await fetch(`${server.url}/healthz`));
    expectSecurityHeaders(await fetch(`${server.url}/entries/no-such-entry/export.md`));
  });

  it('leave out Strict-Transport-Security when the public address is plain http', () => {
    const headers: Record<string, string> = {};
    const res = { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as Response;
    securityHeaders('http://localhost:4000')({} as Request, res, () => {});
    expect(headers).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "frame-ancestors 'none'",
    });
  });
});
