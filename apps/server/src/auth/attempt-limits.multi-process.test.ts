import type { ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, queryText, type GraphQLResponse } from '../test-support/api-client.js';
import { startServerProcess } from '../test-support/server-process.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { TEST_PASSWORD } from '../test-support/test-server.js';
import { LIMITS_LOG_IN, LIMITS_SECTIONS, LIMITS_SIGN_OFF, SIGN_UP } from '../test-support/operations.js';

/**
 * Two server processes (the built dist/main.js) on one PostgreSQL and one Redis: password guesses
 * and sign-up probes spread over both count against one limit, not one each. They run behind a
 * trusted proxy so that each test guesses from an address of its own (Redis outlives the test).
 */
const children: ChildProcess[] = [];
let db: TestDatabase | undefined;
let servers: string[];

beforeAll(async () => {
  process.env.TEST_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test';
  db = await createTestDatabase();
  const env = { QUORUM_TRUST_PROXIES: '1' };
  // The first seeds the demo team, for the sign-off test.
  servers = [await startServerProcess(children, db.url!, true, env), await startServerProcess(children, db.url!, false, env)];
}, 120_000);
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await db?.drop();
});

const newAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const newEmail = () => `limits-${randomInt(1e9)}-${Date.now()}@example.nhs.uk`;

async function send<TData, TVariables>(
  server: string,
  from: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  cookie?: string,
): Promise<GraphQLResponse<TData> & { cookie?: string }> {
  const response = await fetch(`${server}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: queryText(document), variables }),
  });
  return { status: response.status, cookie: response.headers.get('set-cookie')?.split(';')[0], ...((await response.json()) as object) };
}
const logIn = (server: string, from: string, email: string, password: string) => send(server, from, LIMITS_LOG_IN, { input: { email, password } });
const signUp = (server: string, from: string, email: string) => send(server, from, SIGN_UP, { input: { email, name: 'Probe', password: TEST_PASSWORD } });

describe('limits shared by every process through Redis', () => {
  it('ten wrong passwords spread over two processes stop the account from that address on both', async () => {
    const email = newEmail();
    expect(codeOf(await signUp(servers[0], newAddress(), email))).toBe('OK');
    const guesser = newAddress();
    for (let i = 0; i < 10; i++) expect(codeOf(await logIn(servers[i % 2], guesser, email, `wrong guess number ${i}`))).toBe('UNAUTHENTICATED');
    for (const server of servers) expect(codeOf(await logIn(server, guesser, email, TEST_PASSWORD))).toBe('RATE_LIMITED');
    expect(codeOf(await logIn(servers[1], newAddress(), email, TEST_PASSWORD))).toBe('OK');
  });

  it('a parallel burst over both processes gets ten guesses checked in all', async () => {
    const email = newEmail();
    expect(codeOf(await signUp(servers[1], newAddress(), email))).toBe('OK');
    const guesser = newAddress();
    const codes = (await Promise.all(Array.from({ length: 30 }, (_, i) => logIn(servers[i % 2], guesser, email, `burst guess ${i}`)))).map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20);
  });

  it('sign-up probes of one email spread over two processes share one limit', async () => {
    const email = newEmail();
    const prober = newAddress();
    const codes = [];
    for (let i = 0; i < 11; i++) codes.push(codeOf(await signUp(servers[i % 2], prober, email)));
    expect(codes).toEqual(['OK', ...Array(9).fill('CONFLICT'), 'RATE_LIMITED']);
  });

  it('wrong passwords at sign-off spread over two processes share one limit', async () => {
    const from = newAddress();
    const { cookie } = await logIn(servers[0], from, 'nurse@demo.quorum.test', 'quorum-demo-2026');
    const entries = await send(servers[0], from, LIMITS_SECTIONS, {}, cookie);
    const section = entries.data!.entries.nodes[0].sections[1];
    const signOff = (server: string, password: string) =>
      send(server, from, LIMITS_SIGN_OFF, { input: { sectionId: section.id, meaning: 'APPROVE', contentHash: section.contentHash, password } }, cookie);
    for (let i = 0; i < 10; i++) expect(codeOf(await signOff(servers[i % 2], `not my password ${i}`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await signOff(servers[0], 'quorum-demo-2026'))).toBe('RATE_LIMITED');
  });
});
