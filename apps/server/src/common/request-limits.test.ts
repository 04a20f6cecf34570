import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { codeOf } from '../test-support/api-client.js';
import { createTeam } from '../test-support/factories.js';
import { graphql } from '../test-support/gql/index.js';
import { useTestServer } from '../test-support/test-team.js';
import { captureLog } from '../test-support/capture-log.js';

const { server, webSocket } = useTestServer();
afterEach(() => vi.restoreAllMocks());

/** Everything the server logs meanwhile (its JSON lines, and the console). */
const captureConsole = captureLog;

describe('more than 50 variable values that do not fit their types (graphql-js stops at 50)', () => {
  const MARK = 'mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { unreadCount } }';
  const variables = { i: { notificationIds: Array(60).fill({}) } };

  it('over HTTP, signed out: every error BAD_USER_INPUT with a field, and no stack in the log', async () => {
    const logged = captureConsole();
    const result = await server.client().request(MARK, variables);
    expect(result.status).toBe(400);
    expect(result.errors!.length).toBe(51);
    for (const error of result.errors!) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.any(String) });
      expect(error.extensions!.stacktrace).toBeUndefined();
    }
    expect(result.errors!.at(-1)).toMatchObject({ extensions: { field: 'variables' }, message: expect.stringMatching(/Too many variable values/) });
    expect(logged.join('\n')).toBe('');
  });

  it('over the WebSocket: the same', async () => {
    const logged = captureConsole();
    const socket = webSocket({});
    const result = await socket
      .iterate({ query: MARK, variables })
      .next()
      .then(
        (r) => r.value,
        (errors) => ({ errors }),
      );
    expect(result.errors.length).toBe(51);
    for (const error of result.errors) expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.any(String) });
    expect(result.errors.at(-1).extensions.field).toBe('variables');
    expect(logged.join('\n')).toBe('');
  });
});

describe('the request size limit is the README’s: 2 MiB with the default QUORUM_MAX_UPDATE_BYTES', () => {
  const LIMIT = 2 * 1024 * 1024;
  /** `{ __typename }` with an unused variable padding the JSON to exactly `bytes`. */
  function bodyOf(bytes: number): string {
    const empty = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
    return JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes - empty.length) } });
  }

  it('over HTTP: a body of 2 MiB is answered, one byte more is refused with 413 BAD_REQUEST', async () => {
    expect(bodyOf(LIMIT).length).toBe(LIMIT);
    const under = await server.client().post(bodyOf(LIMIT));
    expect(under.status).toBe(200);
    expect(under.data).toEqual({ __typename: 'Query' });
    const over = await server.client().post<Record<string, unknown>>(bodyOf(LIMIT + 1));
    expect(over.status).toBe(413);
    expect(codeOf(over)).toBe('BAD_REQUEST');
  });

  it('over the WebSocket: a message of 2 MiB is answered, one byte more closes the connection (1009)', async () => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const messages: any[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await expect.poll(() => messages.map((m) => m.type)).toContain('connection_ack');

    const message = (bytes: number, id: string) => {
      const shape = (pad: string) => JSON.stringify({ id, type: 'subscribe', payload: { query: '{ __typename }', variables: { pad } } });
      return shape('x'.repeat(bytes - shape('').length));
    };
    expect(message(LIMIT, 'a').length).toBe(LIMIT);
    socket.send(message(LIMIT, 'a'));
    await expect.poll(() => messages.find((m) => m.id === 'a' && m.type === 'next')?.payload).toEqual({ data: { __typename: 'Query' } });
    socket.send(message(LIMIT + 1, 'b'));
    expect(await closed).toBe(1009);
  });
});

describe('a conflict names its field as every other error does', () => {
  it('inviting someone already a member: CONFLICT with field input.email', async () => {
    const team = await createTeam(server);
    const result = await team.members.LEAD.client.request(
      graphql(`
        mutation RequestLimitsInviteMember($i: InviteMemberInput!) {
          inviteMember(input: $i) {
            token
          }
        }
      `),
      { i: { entryId: team.entryId, email: team.members.NURSE.user.email, role: 'NURSE' } },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
  });
});
