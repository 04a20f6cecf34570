import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../app.js';
import { configFromEnv } from '../config.js';
import { createScratchDatabase } from '../database/scratch-database.js';
import { ApiClient, codeOf } from '../test-support/api-client.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { signOff } from '../test-support/review.js';
import { type TestServer } from '../test-support/test-server.js';
import { auditKey, chainHash, useAuditKey, type AuditKey } from './audit-hash.js';
import { GENESIS_HASH } from './audit.service.js';
import { EXPORT, INVITE, LOG, REQUEST_REVIEW, VERIFY } from '../test-support/operations.js';
import { useTestServer } from '../test-support/test-team.js';

const KEY = 'the test audit key, 0123456789abcdef0123456789abcdef';
const OTHER_KEY = 'another audit key, fedcba9876543210fedcba9876543210';
const sql = (text: string, params: unknown[] = []) => server.orm.em.fork().execute(text, params);

const { server } = useTestServer({ QUORUM_AUDIT_KEY: KEY });

const verify = async (team: Team) => (await team.members.LEAD.client.ok(VERIFY, { id: team.entryId })).verifyAuditLog;
let invited = 0;
const invite = (team: Team) => team.members.LEAD.client.ok(INVITE, { i: { entryId: team.entryId, email: `invited${++invited}@example.nhs.uk`, role: 'NURSE' } });

/** A team whose log holds four records. */
async function busyTeam(): Promise<Team> {
  const team = await createTeam(server);
  await invite(team);
  await invite(team);
  expect(codeOf(await signOff(team, 'MANAGER', 2, { note: 'Fine.' }))).toBe('OK');
  await team.members.LEAD.client.ok(REQUEST_REVIEW, { i: { entryId: team.entryId } });
  return team;
}

/**
 * Rewrites an entry's whole log as someone with write access to the database would: record
 * `seq` says `summary`, and every hash is recomputed in order, with `key` or as a plain
 * SHA-256 without. `claimedKeyId` is what the rewritten records say they are keyed with.
 */
async function rewriteLog(entryId: string, seq: number, summary: string, key?: AuditKey, claimedKeyId = key?.id ?? null) {
  const rows = await sql('select * from audit_events where entry_id = ? order by seq', [entryId]);
  await sql('alter table audit_events disable trigger audit_events_no_update_or_delete');
  try {
    let prevHash = GENESIS_HASH;
    for (const row of rows) {
      const fields = {
        entryId: row.entry_id,
        seq: row.seq,
        action: row.action,
        actorId: row.actor_id,
        actorName: row.actor_name,
        summary: row.seq === seq ? summary : row.summary,
        data: row.data,
        createdAt: new Date(row.created_at),
        prevHash,
        keyId: key?.id ?? null,
      };
      const hash = chainHash(fields, key);
      await sql('update audit_events set summary = ?, prev_hash = ?, hash = ?, key_id = ? where id = ?', [fields.summary, prevHash, hash, claimedKeyId, row.id]);
      prevHash = hash;
    }
  } finally {
    await sql('alter table audit_events enable trigger audit_events_no_update_or_delete');
  }
}

describe('with QUORUM_AUDIT_KEY', () => {
  it('keys every record with it (HMAC-SHA256), each naming the key by its id, never the key', async () => {
    const team = await busyTeam();
    const { nodes } = (await team.members.LEAD.client.ok(LOG, { id: team.entryId })).entry.auditLog;
    expect(nodes.map((r) => r.keyId)).toEqual(Array(4).fill(auditKey(KEY).id));
    expect(JSON.stringify(nodes)).not.toContain(KEY);
    expect(await verify(team)).toEqual({ valid: true, checkedCount: 4, headSeq: 4, headHash: nodes[0].hash, brokenAtSeq: null, problem: null, keyId: auditKey(KEY).id, unvouchedCount: 0 });
  });

  it('detects a rewrite of the whole log with recomputed plain SHA-256 hashes, whether it says it is keyed or not', async () => {
    const unkeyed = await busyTeam();
    await rewriteLog(unkeyed.entryId, 3, 'Nothing happened.');
    expect(await verify(unkeyed)).toMatchObject({
      valid: false,
      checkedCount: 4,
      brokenAtSeq: null,
      unvouchedCount: 4,
      problem: 'Records 1–4 were written without the audit key (before QUORUM_AUDIT_KEY was set, or rewritten by someone without it): the links hold, but the key cannot vouch for the contents.',
    });

    const claimed = await busyTeam();
    await rewriteLog(claimed.entryId, 3, 'Nothing happened.', undefined, auditKey(KEY).id);
    expect(await verify(claimed)).toMatchObject({ valid: false, brokenAtSeq: 1, checkedCount: 0, problem: expect.stringMatching(/^Record 1 has been altered: .*forged by someone without the key/) });
  });

  it('a rewrite by someone who also has the key verifies: only the head hash an earlier export printed catches it', async () => {
    const team = await busyTeam();
    const printed = Buffer.from((await team.members.LEAD.client.ok(EXPORT, { id: team.entryId })).exportEntry.base64, 'base64').toString('utf8');
    const [, seq, hash] = /Audit log head: record (\d+), hash ([0-9a-f]{64})/.exec(printed)!;
    expect([Number(seq), hash]).toEqual([4, (await verify(team)).headHash]);

    await rewriteLog(team.entryId, 3, 'Nothing happened.', auditKey(KEY));
    const after = await verify(team);
    expect(after).toMatchObject({ valid: true, headSeq: 4, unvouchedCount: 0 });
    expect(after.headHash).not.toBe(hash);
  });

  it('switching the key: records under another key, or none, are reported by number, never silently valid, and the old key vouches for its own again', async () => {
    const team = await busyTeam();
    const [key, other] = [auditKey(KEY), auditKey(OTHER_KEY)];
    try {
      // What a restart with another QUORUM_AUDIT_KEY does (app.ts).
      useAuditKey(server.orm, other);
      expect(await verify(team)).toMatchObject({
        valid: false,
        keyId: other.id,
        checkedCount: 4,
        unvouchedCount: 4,
        problem: `Records 1–4 were written with another audit key (id ${key.id}): the current key cannot check the contents, only the links.`,
      });
      await invite(team); // record 5, under the new key
      expect(await verify(team)).toMatchObject({ valid: false, checkedCount: 5, unvouchedCount: 4 });

      useAuditKey(server.orm, undefined); // QUORUM_AUDIT_KEY unset
      expect(await verify(team)).toMatchObject({
        valid: false,
        keyId: null,
        unvouchedCount: 5,
        problem: `Records 1–4 were written with the audit key id ${key.id}, and QUORUM_AUDIT_KEY is not set: the contents cannot be checked, only the links. Record 5 was written with the audit key id ${other.id}, and QUORUM_AUDIT_KEY is not set: the contents cannot be checked, only the links.`,
      });
      await invite(team); // record 6, unkeyed

      useAuditKey(server.orm, key);
      expect(await verify(team)).toMatchObject({
        valid: false,
        keyId: key.id,
        checkedCount: 6,
        unvouchedCount: 2,
        problem: `Record 6 was written without the audit key (before QUORUM_AUDIT_KEY was set, or rewritten by someone without it): the links hold, but the key cannot vouch for the contents. Record 5 was written with another audit key (id ${other.id}): the current key cannot check the contents, only the links.`,
      });
      const { nodes } = (await team.members.LEAD.client.ok(LOG, { id: team.entryId })).entry.auditLog;
      expect(nodes.map((r) => r.keyId)).toEqual([null, other.id, key.id, key.id, key.id, key.id]);
    } finally {
      useAuditKey(server.orm, key);
    }
  });
});

describe('a restart with another QUORUM_AUDIT_KEY', () => {
  /** A database that outlives its server: a scratch database on TEST_DATABASE_URL, or an embedded one in a folder. */
  async function lastingDatabase() {
    if (process.env.TEST_DATABASE_URL) {
      const db = await createScratchDatabase(process.env.TEST_DATABASE_URL, 'quorum_test');
      return { where: { databaseUrl: db.url, dataDir: 'memory://' }, drop: db.drop };
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'quorum-audit-key-'));
    return { where: { databaseUrl: undefined, dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }

  it('reports the records written under the first key, and vouches for them again once that key is back', async () => {
    const db = await lastingDatabase();
    const [key, other] = [auditKey(KEY), auditKey(OTHER_KEY)];
    const start = (secret: string) => startServer({ ...configFromEnv({ NODE_ENV: 'test', QUORUM_AUDIT_KEY: secret }), port: 0, host: '127.0.0.1', seedDemo: false, ...db.where });
    let running: RunningServer | undefined;
    try {
      running = await start(KEY);
      const team = await createTeam({ ...running, client: () => new ApiClient(running!.url) } as unknown as TestServer);
      const cookie = team.members.LEAD.client.cookie;
      /** The lead, signed in to the server running now (sessions are kept in the database). */
      const lead = () => Object.assign(new ApiClient(running!.url), { cookie });
      const check = async () => (await lead().ok(VERIFY, { id: team.entryId })).verifyAuditLog;
      const inviteNurse = (email: string) => lead().ok(INVITE, { i: { entryId: team.entryId, email, role: 'NURSE' } });
      await inviteNurse('first@example.nhs.uk');
      await inviteNurse('second@example.nhs.uk');
      expect(await check()).toMatchObject({ valid: true, keyId: key.id, checkedCount: 2, unvouchedCount: 0 });
      await running.stop();

      running = await start(OTHER_KEY);
      expect(await check()).toMatchObject({
        valid: false,
        keyId: other.id,
        checkedCount: 2,
        unvouchedCount: 2,
        problem: expect.stringMatching(`^Records 1–2 were written with another audit key \\(id ${key.id}\\)`),
      });
      await inviteNurse('third@example.nhs.uk');
      await running.stop();

      running = await start(KEY);
      expect(await check()).toMatchObject({
        valid: false,
        keyId: key.id,
        checkedCount: 3,
        unvouchedCount: 1,
        problem: expect.stringMatching(`^Record 3 was written with another audit key \\(id ${other.id}\\)`),
      });
    } finally {
      await running?.stop();
      await db.drop();
    }
  });
});
