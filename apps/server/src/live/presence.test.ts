import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { codeOf, type ApiClient } from '../test-support/api-client.js';
import { useTestTeam } from '../test-support/test-team.js';
import type { PresenceUpdatedSubscription } from '../test-support/gql/graphql.js';
import { iterate, subscribe } from '../test-support/ws-client.js';
import { PRESENCE_TOPIC, PresenceTracker, type PresenceState } from './presence.js';
import { RedisPubSub } from './pubsub.js';
import { CREATE_API_TOKEN, LISTED, PRESENCE_UPDATE, PRESENCE_UPDATED_2 } from '../test-support/operations.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const { server, team, webSocket } = useTestTeam();

const listed = async (client: ApiClient) => (await client.ok(LISTED, { id: team.entryId })).entry.presence;

/** Every presence event the lead's subscription passes on. */
async function watchPresence() {
  const socket = webSocket({ cookie: team.members.LEAD.client.cookie!, origin: server.url });
  const events: PresenceUpdatedSubscription['presenceUpdated'][] = [];
  const stop = subscribe(socket, PRESENCE_UPDATED_2, { e: team.entryId }, { next: ({ data }) => events.push(data!.presenceUpdated), error: () => undefined, complete: () => undefined });
  await new Promise((r) => setTimeout(r, 300));
  return { events, stop };
}

describe('a clientId belongs to the person first heard with it', () => {
  it('another member can neither remove nor replace someone by sending their clientId', async () => {
    const { events, stop } = await watchPresence();
    const clientId = 'nurse-editor-1';
    await team.members.NURSE.client.ok(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId, sectionId: team.sectionIds[0] } });
    await expect.poll(() => events.length, { timeout: 3000 }).toBe(1);

    const leave = await team.members.OBSERVER.client.request(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId, leaving: true } });
    expect(codeOf(leave)).toBe('BAD_USER_INPUT');
    expect(leave.errors![0].extensions!.field).toBe('input.clientId');
    expect(leave.errors![0].message).toMatch(/in use by someone else/);
    const replace = await team.members.MEDIC.client.request(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId, sectionId: team.sectionIds[1] } });
    expect(codeOf(replace)).toBe('BAD_USER_INPUT');

    expect(await listed(team.members.LEAD.client)).toEqual([{ userName: 'Test NURSE', clientId }]);
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([{ userName: 'Test NURSE', clientId, left: false, awareness: '' }]); // no departure, no impostor
    stop();
  });

  it('the same person may use their clientId again from another connection (a reconnect), and leave with it; then it is free', async () => {
    const clientId = 'lead-editor-1';
    await team.members.LEAD.client.ok(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId } });
    // The same person over a WebSocket, as the editor after a reconnect.
    const socket = webSocket({ cookie: team.members.LEAD.client.cookie!, origin: server.url });
    const again = await iterate(socket, PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId, sectionId: team.sectionIds[2] } }).next();
    expect(again.value!.errors).toBeUndefined();
    expect(again.value!.data!.updatePresence.presence).toEqual({ userName: 'Test LEAD', clientId, left: false });
    await team.members.LEAD.client.ok(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId, leaving: true } });
    await expect.poll(async () => (await listed(team.members.MEDIC.client)).filter((p) => p.clientId === clientId), { timeout: 3000 }).toEqual([]);
    // Once its holder has left, the clientId is nobody's.
    expect(codeOf(await team.members.MEDIC.client.request(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId } }))).toBe('OK');
    await team.members.MEDIC.client.ok(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId, leaving: true } });
  });

  it('a read-only token cannot announce presence (FORBIDDEN); a read-write token can', async () => {
    const nurse = team.members.NURSE.client;
    const reader = nurse.withToken((await nurse.ok(CREATE_API_TOKEN, { i: { name: 'Reader', scope: 'READ' } })).createApiToken.secret);
    const writer = nurse.withToken((await nurse.ok(CREATE_API_TOKEN, { i: { name: 'Writer', scope: 'READ_WRITE' } })).createApiToken.secret);
    const refused = await reader.request(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId: 'nurse-script' } });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect((await listed(team.members.LEAD.client)).map((p) => p.clientId)).not.toContain('nurse-script');
    expect(codeOf(await reader.request(LISTED, { id: team.entryId }))).toBe('OK'); // it still reads
    expect(codeOf(await writer.request(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId: 'nurse-script', leaving: true } }))).toBe('OK');
  });
});

/** A base64 y-protocols awareness update, written byte by byte as any client could. */
function awarenessUpdate(...entries: { yjsId: number; clock: number; state: unknown }[]): string {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { yjsId, clock, state } of entries) {
    encoding.writeVarUint(encoder, yjsId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return Buffer.from(encoding.toUint8Array(encoder)).toString('base64');
}

describe('an awareness update may describe only its sender’s own Yjs clients', () => {
  const LEAD_YJS_ID = 3919073295;
  const leadCursor = (clock: number) => awarenessUpdate({ yjsId: LEAD_YJS_ID, clock, state: { user: { name: 'Test LEAD' }, cursor: null } });

  it('the lead’s own awareness is relayed as sent; an observer describing the lead’s Yjs client (spoof or removal) gets BAD_USER_INPUT and nothing is relayed', async () => {
    const { events, stop } = await watchPresence();
    const lead = team.members.LEAD.client;
    const observer = team.members.OBSERVER.client;
    await lead.ok(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId: 'lead-tab-1', sectionId: team.sectionIds[0], awareness: leadCursor(1) } });
    await lead.ok(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId: 'lead-tab-1', sectionId: team.sectionIds[0], awareness: leadCursor(2) } });
    await expect.poll(() => events.length, { timeout: 3000 }).toBe(2);

    const spoof = awarenessUpdate({ yjsId: LEAD_YJS_ID, clock: 2 ** 30, state: { user: { name: 'SPOOF' } } });
    const removal = awarenessUpdate({ yjsId: LEAD_YJS_ID, clock: 2 ** 30, state: null });
    // Its own clientId, even alongside a Yjs client of its own.
    const mixed = awarenessUpdate({ yjsId: 12345, clock: 1, state: { user: { name: 'Test OBSERVER' } } }, { yjsId: LEAD_YJS_ID, clock: 2 ** 30, state: null });
    for (const awareness of [spoof, removal, mixed]) {
      const refused = await observer.request(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId: 'obs-tab-1', sectionId: team.sectionIds[0], awareness } });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions!.field).toBe('input.awareness');
      expect(refused.errors![0].message).toMatch(/another editor’s Yjs client/);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([1, 2].map((clock) => ({ userName: 'Test LEAD', clientId: 'lead-tab-1', left: false, awareness: leadCursor(clock) })));
    expect((await listed(lead)).map((p) => p.clientId)).not.toContain('obs-tab-1');

    // The owner may remove its own cursor as it leaves; then the Yjs client is nobody's.
    const leaving = awarenessUpdate({ yjsId: LEAD_YJS_ID, clock: 3, state: null });
    await lead.ok(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId: 'lead-tab-1', awareness: leaving, leaving: true } });
    await expect.poll(() => events.at(-1), { timeout: 3000 }).toEqual({ userName: 'Test LEAD', clientId: 'lead-tab-1', left: true, awareness: leaving });
    await observer.ok(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId: 'obs-tab-1', awareness: removal, leaving: true } });
    stop();
  });

  it('a malformed awareness update gets BAD_USER_INPUT on input.awareness and is not relayed', async () => {
    const { events, stop } = await watchPresence();
    const full = Buffer.from(awarenessUpdate({ yjsId: 42, clock: 1, state: { user: { name: 'x' } } }), 'base64');
    const badJson = encoding.createEncoder();
    [1, 42, 1].forEach((n) => encoding.writeVarUint(badJson, n));
    encoding.writeVarString(badJson, '{not json');
    const malformed = [
      'not base64!', // not base64
      full.subarray(0, full.length - 3).toString('base64'), // cut short
      Buffer.concat([full, Buffer.from([7])]).toString('base64'), // trailing bytes
      Buffer.from(encoding.toUint8Array(badJson)).toString('base64'), // state not JSON
      awarenessUpdate({ yjsId: 42, clock: 1, state: 'a string' }), // state neither an object nor null
    ];
    for (const awareness of malformed) {
      const refused = await team.members.MEDIC.client.request(PRESENCE_UPDATE, { i: { entryId: team.entryId, clientId: 'medic-tab-1', awareness } });
      expect(codeOf(refused), awareness).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions!.field).toBe('input.awareness');
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([]);
    expect((await listed(team.members.LEAD.client)).map((p) => p.clientId)).not.toContain('medic-tab-1');
    stop();
  });
});

/** Two processes' presence trackers on one Redis, and what a presenceUpdated subscriber on the second passes on (filtering as it does). */
async function twoProcesses() {
  const pubsubs = [new RedisPubSub(REDIS_URL), new RedisPubSub(REDIS_URL)];
  await Promise.all(pubsubs.map((p) => p.ready()));
  const [one, two] = pubsubs.map((p) => new PresenceTracker(p));
  const passedOn: PresenceState[] = [];
  const stopListening = pubsubs[1].listen(PRESENCE_TOPIC, (state: PresenceState) => two.accepted(state) && passedOn.push(state));
  const close = async () => {
    stopListening();
    one.close();
    two.close();
    await Promise.all(pubsubs.map((p) => p.close()));
  };
  await new Promise((r) => setTimeout(r, 200)); // subscriptions reach Redis
  return { one, two, passedOn, close };
}

describe('across server processes', () => {
  it('rival claims accepted by two processes at the same moment: every process keeps the first heard, and passes on only it', async () => {
    const { one, two, passedOn, close } = await twoProcesses();
    try {
      const entryId = crypto.randomUUID();
      const base = { entryId, clientId: 'shared', sectionId: null, awareness: '', left: false };
      // Neither process has heard of the clientId yet, so each accepts its own person's claim.
      expect(one.holderOf(entryId, 'shared')).toBeUndefined();
      expect(two.holderOf(entryId, 'shared')).toBeUndefined();
      await one.announce({ ...base, userId: 'person-a', userName: 'A' });
      await two.announce({ ...base, userId: 'person-b', userName: 'B' });
      await two.announce({ ...base, userId: 'person-b', userName: 'B', left: true });
      await expect.poll(() => passedOn.length, { timeout: 3000 }).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      for (const tracker of [one, two]) {
        expect(tracker.list(entryId).map((p) => p.userName)).toEqual(['A']);
        expect(tracker.holderOf(entryId, 'shared')).toBe('person-a');
      }
      expect(passedOn.map((p) => [p.userName, p.left])).toEqual([['A', false]]);
    } finally {
      await close();
    }
  });

  it('rival awareness updates for one Yjs client, accepted by two processes at once: every process keeps the first heard, and passes on only it', async () => {
    const { one, two, passedOn, close } = await twoProcesses();
    try {
      const entryId = crypto.randomUUID();
      const cursor = (name: string) => awarenessUpdate({ yjsId: 7, clock: 1, state: { user: { name } } });
      const base = { entryId, sectionId: null, left: false };
      // Neither process has heard of Yjs client 7 yet, so each accepts its own person's update.
      await one.announce({ ...base, clientId: 'a-tab', userId: 'person-a', userName: 'A', awareness: cursor('A') });
      await two.announce({ ...base, clientId: 'b-tab', userId: 'person-b', userName: 'B', awareness: cursor('B') });
      await expect.poll(() => passedOn.length, { timeout: 3000 }).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      for (const tracker of [one, two]) {
        expect(tracker.list(entryId).map((p) => p.userName)).toEqual(['A']);
        expect(tracker.yjsIdsHeldByOthers(entryId, 'b-tab', [7])).toBe(true);
        expect(tracker.yjsIdsHeldByOthers(entryId, 'a-tab', [7])).toBe(false);
      }
      expect(passedOn.map((p) => p.userName)).toEqual(['A']);
    } finally {
      await close();
    }
  });
});
