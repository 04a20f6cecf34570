import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTeam, type Team } from '../test-support/factories.js';
import { captureLog, logLines } from '../test-support/capture-log.js';
import { LiveEditor } from '../test-support/live-editor.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { configFromEnv } from '../config.js';

// What an operator watches: /metrics (Prometheus' text format) and the request ids in the log,
// through a real server over real HTTP and WebSocket.

let server: TestServer;
let guarded: TestServer;
let team: Team;
const TOKEN = 'metrics-token-for-the-test-0123456789';

beforeAll(async () => {
  // At info, so that each answered request is logged (the tests' default is warn).
  server = await startTestServer({ QUORUM_LOG_LEVEL: 'info' });
  guarded = await startTestServer({ QUORUM_METRICS_TOKEN: TOKEN, QUORUM_LOG_LEVEL: 'info' });
  team = await createTeam(server);
});
afterAll(async () => {
  await server?.stop();
  await guarded?.stop();
});
afterEach(() => vi.restoreAllMocks());

async function metrics(of: TestServer = server): Promise<string> {
  const response = await fetch(`${of.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one sample, e.g. value(text, 'quorum_graphql_errors_total', { code: 'X' }); 0 when absent. */
function value(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const has = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => has[k] === v)) return Number(match[3]);
  }
  return 0;
}

describe('/metrics', () => {
  it('counts requests, and errors by their GraphQL code, over HTTP', async () => {
    const before = await metrics();
    const answer = await server.client().request('{ noSuchField }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const after = await metrics();
    expect(
      value(after, 'quorum_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED', transport: 'http' }) -
        value(before, 'quorum_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED', transport: 'http' }),
    ).toBe(1);
    // Counted once the answer has gone, which may be a moment after the client has it.
    await expect.poll(async () => value(await metrics(), 'quorum_http_requests_total', { method: 'POST', route: '/graphql', status: '400' })).toBeGreaterThanOrEqual(1);
    expect(value(await metrics(), 'quorum_http_request_duration_seconds_count', { route: '/graphql' })).toBeGreaterThanOrEqual(1);
    // Node's own, from prom-client's default metrics: event-loop lag, memory.
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(value(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(after).toMatch(/^quorum_db_pool_waiting \d+$/m);
  });

  it('shows open WebSockets, their subscriptions, and each live edit’s time to its commit', async () => {
    const before = await metrics();
    const editor = new LiveEditor(server.url, team.sectionIds[0], team.members.NURSE.client.cookie!, 'nurse');
    await editor.connect();
    await editor.appendParagraph('Measured, not logged.');
    const during = await metrics();
    editor.disconnect();
    expect(value(during, 'quorum_websocket_connections')).toBeGreaterThanOrEqual(1);
    expect(value(during, 'quorum_active_subscriptions')).toBeGreaterThanOrEqual(1);
    expect(value(during, 'quorum_edit_commit_seconds_count') - value(before, 'quorum_edit_commit_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(value(during, 'quorum_edit_group_commit_updates_sum') - value(before, 'quorum_edit_group_commit_updates_sum')).toBeGreaterThanOrEqual(1);
    expect(value(during, 'quorum_edit_group_commit_sections_count')).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => value(await metrics(), 'quorum_websocket_connections')).toBe(0);
    expect(during).not.toContain('Measured, not logged');
  });

  it('is served only on this machine without QUORUM_METRICS_TOKEN: a request relayed by a proxy is refused', async () => {
    const relayed = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(relayed.status).toBe(403);
    expect(await relayed.text()).not.toMatch(/quorum_/);
  });

  it('with QUORUM_METRICS_TOKEN, only to a request that brings it', async () => {
    expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer wrong-token' } })).status).toBe(401);
    const response = await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^quorum_http_requests_total/m);
  });
});

describe('request ids and the log', () => {
  it('answers each request with an id, keeps a proxy’s, and logs one JSON line with it, without query string or body', async () => {
    const logged = captureLog();
    const mine = await fetch(`${server.url}/healthz?secret=kept-out-of-the-log`);
    // The pages an email links to carry their secret in the path: a reset link in the log would let whoever reads it set the password.
    for (const page of ['reset-password', 'invitations', 'unsubscribe']) expect((await fetch(`${server.url}/${page}/secret-${page}-link`)).status).toBe(200);
    const given = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-id-12345678' },
      body: JSON.stringify({ query: 'query Q($t: String) { __typename }', variables: { t: 'words a person wrote' } }),
    });
    const id = mine.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(given.headers.get('x-request-id')).toBe('proxy-id-12345678');
    expect((await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'not a plain token!' } })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => logged.join('').split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(2);
    const lines = logLines(logged);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'info', msg: 'request', requestId: id, method: 'GET', path: '/healthz', status: 200 }));
    expect(lines).toContainEqual(expect.objectContaining({ requestId: 'proxy-id-12345678', method: 'POST', path: '/graphql' }));
    const text = logged.join('');
    expect(text).not.toContain('kept-out-of-the-log');
    expect(text).not.toContain('words a person wrote');
    expect(text).not.toContain('secret-');
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', method: 'GET', path: '/reset-password/:token', status: 200 }));
  });

  it('an unexpected error is logged at level error with the id of the request it happened in', async () => {
    const sql = server.orm.em.fork();
    await sql.execute('alter table entries rename to entries_away');
    let response: Response;
    const logged = captureLog();
    try {
      response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: team.members.LEAD.client.cookie! },
        body: JSON.stringify({ query: 'query E($id: ID!) { entry(id: $id) { id } }', variables: { id: team.entryId } }),
      });
    } finally {
      await sql.execute('alter table entries_away rename to entries');
    }
    const id = response.headers.get('x-request-id');
    const errors = logLines(logged).filter((line) => line.level === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ requestId: id, msg: expect.stringMatching(/SQLSTATE 42P01/) }));
  });

  it('a WebSocket message gets an id of its own, which the lines logged while it is handled carry', async () => {
    const sql = server.orm.em.fork();
    await sql.execute('alter table section_documents rename to section_documents_away');
    const logged = captureLog();
    const editor = new LiveEditor(server.url, team.sectionIds[1], team.members.NURSE.client.cookie!, 'nurse');
    try {
      await editor.connect().catch(() => undefined); // its sectionSync fails
      await expect.poll(() => logged.join('')).toMatch(/SQLSTATE 42P01/);
    } finally {
      editor.disconnect();
      await sql.execute('alter table section_documents_away rename to section_documents');
    }
    const errors = logLines(logged).filter((line) => line.level === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), msg: expect.stringMatching(/SQLSTATE 42P01/) }));
  });
});

describe('the settings', () => {
  it('QUORUM_LOG_LEVEL takes a level by name, QUORUM_METRICS_TOKEN 16 characters or more, and a bad one stops the start naming it', () => {
    expect(configFromEnv({ QUORUM_LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
    expect(configFromEnv({}).logLevel).toBe('info');
    expect(configFromEnv({ NODE_ENV: 'test' }).logLevel).toBe('warn');
    expect(() => configFromEnv({ QUORUM_LOG_LEVEL: 'loud' })).toThrow(/QUORUM_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; it is "loud"/);
    expect(() => configFromEnv({ QUORUM_METRICS_TOKEN: 'short' })).toThrow(/QUORUM_METRICS_TOKEN must be at least 16 characters/);
  });
});
