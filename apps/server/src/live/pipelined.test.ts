import { toPlainText } from '@quorum/section-content';
import type { Client, FormattedExecutionResult } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createScratchDatabase, type ScratchDatabase } from '../database/scratch-database.js';
import { codeOf } from '../test-support/api-client.js';
import { createTeam } from '../test-support/factories.js';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { REDIS_URL } from '../test-support/server-process.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { useTestTeam } from '../test-support/test-team.js';
import { graphqlWsClient, subscribe } from '../test-support/ws-client.js';
import { APPLY, TEXT } from '../test-support/operations.js';

const { server, team, webSocket } = useTestTeam();

/** `count` causally chained updates, as a script typing into one paragraph makes them: each builds on the one before. */
function chainedUpdates(count: number): { updates: string[]; text: string } {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  const updates: string[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(Buffer.from(update).toString('base64')));
  doc.getXmlFragment('content').insert(0, [paragraph]);
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  for (let i = 0; updates.length < count; i++) text.insert(text.length, `w${i} `);
  return { updates, text: toPlainText(doc) };
}

/** One applySectionUpdate's result over the socket. */
function apply(socket: Client, variables: VariablesOf<typeof APPLY>): Promise<FormattedExecutionResult<ResultOf<typeof APPLY>, unknown>> {
  return new Promise((resolve, reject) => {
    let result: FormattedExecutionResult<ResultOf<typeof APPLY>, unknown>;
    subscribe(socket, APPLY, variables, { next: (value) => (result = value), error: reject, complete: () => resolve(result) });
  });
}

describe('pipelined edits', () => {
  it('200 chained updates sent over one WebSocket without awaiting each answer are all acknowledged, in order, and the text is right', async () => {
    const sectionId = team.sectionIds[0];
    const { updates, text } = chainedUpdates(200);
    const socket = webSocket({ cookie: team.members.NURSE.client.cookie!, origin: server.url });
    // Sent as a script streams them: one every few milliseconds, never waiting for an answer,
    // across the moments when the server's access check has to read the database again.
    const results = await Promise.all(updates.map((update, i) => new Promise((r) => setTimeout(r, i * 12)).then(() => apply(socket, { i: { sectionId, update, clientId: 'script' } }))));
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].message)).toEqual([]);
    // Applied in the order sent: each acknowledged with the next version.
    expect(results.map((r) => r.data!.applySectionUpdate.version)).toEqual(updates.map((_, i) => i + 1));
    const section = (await team.members.LEAD.client.ok(TEXT, { id: team.entryId })).entry.sections[0];
    expect(section).toEqual({ text, version: 200 });
  });

  it('independent edits sent over one WebSocket are applied in the order sent: each acknowledged with the next version', async () => {
    const sectionId = team.sectionIds[3];
    // Each from an editor of its own, so that none waits for another: only the order of arrival orders them.
    const updates = Array.from({ length: 120 }, (_, i) => {
      const doc = new Y.Doc();
      const paragraph = new Y.XmlElement('paragraph');
      doc.getXmlFragment('content').insert(0, [paragraph]);
      paragraph.insert(0, [new Y.XmlText(`edit ${i}`)]);
      return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
    });
    const socket = webSocket({ cookie: team.members.MEDIC.client.cookie!, origin: server.url });
    const results = await Promise.all(updates.map((update, i) => new Promise((r) => setTimeout(r, i * 20)).then(() => apply(socket, { i: { sectionId, update, clientId: `script-${i}` } }))));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.map((r) => r.data!.applySectionUpdate.version)).toEqual(updates.map((_, i) => i + 1));
  });

  it('chained updates sent as parallel HTTP requests: one that arrives before the edit it builds on waits for it', async () => {
    const sectionId = team.sectionIds[1];
    const { updates, text } = chainedUpdates(40);
    const nurse = team.members.NURSE.client;
    // Sent in reverse order, all at once: nearly every update arrives before the one it needs.
    const results = await Promise.all(updates.map((_, i) => updates.length - 1 - i).map((i) => nurse.request(APPLY, { i: { sectionId, update: updates[i], clientId: 'http-script' } })));
    expect(results.map(codeOf)).toEqual(updates.map(() => 'OK'));
    expect((await nurse.ok(TEXT, { id: team.entryId })).entry.sections[1]).toEqual({ text, version: 40 });
  });

  it('an update whose missing edit never comes is still refused, after a bounded wait, and changes nothing', async () => {
    const sectionId = team.sectionIds[2];
    const { updates } = chainedUpdates(3);
    const started = Date.now();
    const result = await team.members.NURSE.client.request(APPLY, { i: { sectionId, update: updates[2], clientId: 'gap' } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/depends on edits the server does not have/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await team.members.LEAD.client.ok(TEXT, { id: team.entryId })).entry.sections[2]).toEqual({ text: '', version: 0 });
  });
});

describe('pipelined edits across two server processes', () => {
  const servers: TestServer[] = [];
  const sockets: Client[] = [];
  let shared: ScratchDatabase | undefined;
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    for (const s of servers) await s.stop();
    await shared?.drop();
  });

  it('chained updates alternated between a WebSocket on each of two processes (one PostgreSQL, one Redis) are all acknowledged, and the text is right', async () => {
    // Two servers on one database and one Redis, each with its own document cache and update
    // log, as two processes behind a load balancer. They cannot share the embedded database,
    // so this always uses a PostgreSQL server: TEST_DATABASE_URL, or the one at 127.0.0.1:5432.
    shared = await createScratchDatabase(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test', 'quorum_test');
    servers.push(await startTestServer({ DATABASE_URL: shared.url, REDIS_URL }));
    servers.push(await startTestServer({ DATABASE_URL: shared.url, REDIS_URL }));
    const crossTeam = await createTeam(servers[0]);
    const sectionId = crossTeam.sectionIds[0];
    const cookie = crossTeam.members.NURSE.client.cookie!;
    const onEach = servers.map((s) => graphqlWsClient(s.url, { cookie, origin: s.url }));
    sockets.push(...onEach);
    const { updates, text } = chainedUpdates(20);
    // Each update needs the one before, which went to the other process: it waits there for a
    // commit that only the other process makes. Sent last first, so that none can go before the
    // last one sent (the first of the chain) has come, and each then waits for the other process.
    const results = await Promise.all(
      updates.map((update, i) => new Promise((r) => setTimeout(r, (updates.length - 1 - i) * 12)).then(() => apply(onEach[i % 2], { i: { sectionId, update, clientId: 'two-process-script' } }))),
    );
    expect(results.map((r) => r.errors?.[0].message ?? 'OK')).toEqual(updates.map(() => 'OK'));
    expect(results.map((r) => r.data!.applySectionUpdate.version).sort((a, b) => a - b)).toEqual(updates.map((_, i) => i + 1));
    expect((await crossTeam.members.LEAD.client.ok(TEXT, { id: crossTeam.entryId })).entry.sections[0]).toEqual({ text, version: 20 });
  });
});
