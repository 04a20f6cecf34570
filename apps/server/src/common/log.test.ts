import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, type VariablesArg } from '../test-support/api-client.js';
import { useTestTeam } from '../test-support/test-team.js';
import { iterate } from '../test-support/ws-client.js';
import { captureLog } from '../test-support/capture-log.js';
import { describeError } from './log.js';
import { ADD_COMMENT, ADD_TESTIMONIAL, ENTRY_ID, SIGN_UP } from '../test-support/operations.js';

// An unexpected database error (here: a constraint the code does not know of, added by the
// test) must be logged as a summary: never the statement's values, which hold password
// hashes, emails, section text and testimonials.

// Connections read their session again after a second (the test of a session that cannot be read).
const { server, team, webSocket: openWebSocket } = useTestTeam({ QUORUM_SESSION_RECHECK_SECONDS: '1' });
let logged: string[] = [];

beforeAll(async () => {
  const sql = server.orm.em.fork();
  await sql.execute(`alter table users add constraint log_test_refused check (name <> 'Refused Person')`);
  await sql.execute(`alter table comments add constraint log_test_refused check (body not like '%ward secret%')`);
  await sql.execute(`alter table testimonials add constraint log_test_refused check (quote not like '%told in confidence%')`);
});

/** Everything the server logs meanwhile (its JSON lines, and the console). */
function captureConsole() {
  logged = captureLog();
}
afterEach(() => vi.restoreAllMocks());

/** A connection kept open between operations. */
function webSocket(cookie: string): Client {
  return openWebSocket({ cookie }, { lazy: false });
}

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
function run<TData, TVariables>(socket: Client, document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>): Promise<Answer> {
  return iterate(socket, document, ...variables)
    .next()
    .then(
      (r) => r.value as Answer,
      (errors) => ({ errors }) as Answer,
    );
}

describe('what the server logs about an unexpected database error', () => {
  it('signUp: the SQLSTATE, statement kind and constraint, never the email, name, password or its hash', async () => {
    const email = `private.${randomUUID()}@example.nhs.uk`;
    const password = 'a private passphrase 42';
    captureConsole();
    const result = await server.client().request(SIGN_UP, { input: { email, name: 'Refused Person', password } });
    expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
    const log = logged.join('\n');
    for (const secret of [email, 'Refused Person', password, '$argon2', 'private.']) expect(log).not.toContain(secret);
    expect(log).toMatch(/SQLSTATE 23514/);
    expect(log).toMatch(/constraint log_test_refused/);
  });

  it('addComment over the WebSocket: never the comment’s words', async () => {
    captureConsole();
    const result = await run(webSocket(team.members.NURSE.client.cookie!), ADD_COMMENT, {
      input: { sectionId: team.sectionIds[0], body: 'the ward secret is out' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const log = logged.join('\n');
    expect(log).not.toContain('ward secret');
    expect(log).toMatch(/SQLSTATE 23514/);
  });

  it('addTestimonial: never the testimonial', async () => {
    captureConsole();
    const result = await team.members.LEAD.client.request(ADD_TESTIMONIAL, {
      i: { entryId: team.entryId, quote: 'I was told in confidence that Mrs K.', attribution: 'Mrs K. of Ward 9', source: 'PATIENT' },
    });
    expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
    const log = logged.join('\n');
    for (const secret of ['in confidence', 'Mrs K', 'Ward 9']) expect(log).not.toContain(secret);
    expect(log).toMatch(/SQLSTATE 23514/);
  });

  it('a download (GET …/export.md) that fails: 500 INTERNAL_SERVER_ERROR, logged as a summary', async () => {
    const sql = server.orm.em.fork();
    await sql.execute('alter table testimonials rename to testimonials_away');
    let response: Response;
    try {
      captureConsole();
      response = await fetch(`${server.url}/entries/${team.entryId}/export.md`, { headers: { cookie: team.members.LEAD.client.cookie! } });
    } finally {
      await sql.execute('alter table testimonials_away rename to testimonials');
    }
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    const log = logged.join('\n');
    expect(log).toMatch(/GET \/entries\/[^ ]+\/export\.md failed: .*SQLSTATE 42P01/);
    expect(log).not.toMatch(/\bfrom\b|\bwhere\b/i); // no statement
  });

  it('a WebSocket whose session cannot be read: an answer with its code, and no session secret or statement in the log', async () => {
    const { cookie } = team.members.OBSERVER.client;
    const secret = decodeURIComponent(cookie!.split('=')[1]);
    const socket = webSocket(cookie!);
    expect((await run(socket, ENTRY_ID, { id: team.entryId })).errors).toBeUndefined();
    const sql = server.orm.em.fork();
    await sql.execute('alter table sessions rename to sessions_away');
    try {
      await new Promise((resolve) => setTimeout(resolve, 1100)); // the connection reads its session again
      captureConsole();
      const result = await run(socket, ENTRY_ID, { id: team.entryId });
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql.execute('alter table sessions_away rename to sessions');
    }
    const log = logged.join('\n');
    expect(log).toMatch(/SQLSTATE 42P01/);
    expect(log).not.toContain(secret);
    expect(log).not.toMatch(/\bfrom\b|\bwhere\b/i); // no statement
  });
});

describe('describeError', () => {
  it('keeps an error’s kind, first line and frames, leaves out quoted values and later lines, and follows its cause', () => {
    const cause = new Error('Value for User.passwordHash is required, \'$argon2id$v=19$abc\' found\nentity: User { name: "Ada" }');
    const summary = describeError(new TypeError('Could not save "Ada Lovelace"', { cause }));
    expect(summary).toMatch(/^TypeError: Could not save "…"\n {4}at /);
    expect(summary).toMatch(/caused by Error: Value for User.passwordHash is required, '…' found/);
    for (const secret of ['Ada', 'argon2', 'entity:']) expect(summary).not.toContain(secret);
  });

  it('says what was thrown when it is not an error, without its value', () => {
    expect(describeError('the password is hunter2')).toBe('a thrown string');
  });
});
