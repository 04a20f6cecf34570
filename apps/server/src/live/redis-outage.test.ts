import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { codeOf } from '../test-support/api-client.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { freePort } from '../test-support/free-port.js';
import { graphql } from '../test-support/gql/index.js';
import { LiveEditor } from '../test-support/live-editor.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { Revocations, type Revocation } from '../policy/revocations.js';
import { RedisPubSub } from './pubsub.js';

/**
 * Redis going away while people type: a committed edit is not reported as failed to its
 * author, and this process's own subscribers still get it. A Redis of the test's own, on a
 * free port, so that stopping it troubles nobody else.
 */
let redis: ChildProcess;
let server: TestServer;
let team: Team;
const editors: LiveEditor[] = [];

/** A redis-server of the test's own on `port`, once it accepts connections. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve());
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return child;
}

beforeAll(async () => {
  const port = await freePort();
  redis = await startRedis(port);
  server = await startTestServer({ REDIS_URL: `redis://127.0.0.1:${port}` });
  team = await createTeam(server);
});
afterAll(async () => {
  editors.forEach((e) => e.disconnect());
  await server?.stop();
  redis?.kill('SIGKILL');
});

describe('when Redis starts after the server (as compose may start them)', () => {
  it('the server waits for it rather than failing at the first refused connection', async () => {
    const port = await freePort();
    const pubsub = new RedisPubSub(`redis://127.0.0.1:${port}`);
    const ready = pubsub.ready(10_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const late = await startRedis(port);
    try {
      await expect(ready).resolves.toBeUndefined();
    } finally {
      await pubsub.close();
      late.kill('SIGKILL');
    }
  });

  it('and gives up, with the reason, when it never comes', async () => {
    const pubsub = new RedisPubSub(`redis://127.0.0.1:${await freePort()}`);
    try {
      await expect(pubsub.ready(1000)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await pubsub.close();
    }
  });
});

describe('when Redis goes away', () => {
  it('an edit is still acknowledged, and reaches the subscribers of this process', async () => {
    const sectionId = team.sectionIds[0];
    const nurse = new LiveEditor(server.url, sectionId, team.members.NURSE.client.cookie!, 'nurse');
    editors.push(nurse);
    await nurse.connect();

    redis.kill('SIGKILL');
    await new Promise((resolve) => redis.once('exit', resolve));

    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    doc.getXmlFragment('content').push([paragraph]);
    paragraph.insert(0, [new Y.XmlText('Written while Redis was down.')]);
    const update = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
    const result = await team.members.MEDIC.client.request(
      graphql(`
        mutation RedisOutageApply($i: ApplySectionUpdateInput!) {
          applySectionUpdate(input: $i) {
            version
          }
        }
      `),
      { i: { sectionId, update, clientId: 'medic' } },
    );
    expect(codeOf(result)).toBe('OK');
    await expect.poll(() => nurse.doc.getXmlFragment('content').toString(), { timeout: 10_000 }).toContain('Written while Redis was down.');
  });
});

describe('a subscription asked for while Redis is away', () => {
  it('fails quietly when the server stops before Redis is back', async () => {
    const port = await freePort();
    const own = await startRedis(port);
    const pubsub = new RedisPubSub(`redis://127.0.0.1:${port}`);
    await pubsub.ready();
    own.kill('SIGKILL');
    await new Promise((resolve) => own.once('exit', resolve));
    const stop = pubsub.listen('section:away', () => undefined);
    stop();
    // Closing rejects the queued SUBSCRIBE and UNSUBSCRIBE; unhandled, vitest would fail this file.
    await pubsub.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it('is in place once Redis is back: events from other processes arrive', async () => {
    const port = await freePort();
    let own = await startRedis(port);
    const [listener, other] = [new RedisPubSub(`redis://127.0.0.1:${port}`), new RedisPubSub(`redis://127.0.0.1:${port}`)];
    try {
      await Promise.all([listener.ready(), other.ready()]);
      own.kill('SIGKILL');
      await new Promise((resolve) => own.once('exit', resolve));
      const received: unknown[] = [];
      listener.listen('section:back', (payload) => received.push(payload));
      own = await startRedis(port);
      await Promise.all([listener.ready(), other.ready()]);
      await expect
        .poll(
          async () => {
            await other.publish('section:back', { n: 1 });
            return received.length;
          },
          { timeout: 10_000, interval: 200 },
        )
        .toBeGreaterThan(0);
    } finally {
      await Promise.all([listener.close(), other.close()]);
      own.kill('SIGKILL');
    }
  });
});

describe('revocations when Redis was away', () => {
  it('cross processes again once it is back: the topic listened to since start is subscribed to again', async () => {
    const port = await freePort();
    let own = await startRedis(port);
    const [here, there] = [new RedisPubSub(`redis://127.0.0.1:${port}`), new RedisPubSub(`redis://127.0.0.1:${port}`)];
    const [hereRevocations, thereRevocations] = [new Revocations(here), new Revocations(there)];
    try {
      await Promise.all([here.ready(), there.ready()]);
      const received: Revocation[] = [];
      hereRevocations.watch(hereRevocations.mark(), (revocation) => received.push(revocation));
      own.kill('SIGKILL');
      await new Promise((resolve) => own.once('exit', resolve));
      own = await startRedis(port);
      await Promise.all([here.ready(), there.ready()]);
      await expect
        .poll(
          async () => {
            await thereRevocations.publish({ kind: 'TOKEN_REVOKED', tokenId: 'after-the-outage' });
            return received.length;
          },
          { timeout: 10_000, interval: 200 },
        )
        .toBeGreaterThan(0);
      expect(received[0]).toEqual({ kind: 'TOKEN_REVOKED', tokenId: 'after-the-outage' });
    } finally {
      hereRevocations.close();
      thereRevocations.close();
      await Promise.all([here.close(), there.close()]);
      own.kill('SIGKILL');
    }
  });
});
