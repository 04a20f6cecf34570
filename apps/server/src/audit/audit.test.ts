import { describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { addMember, createTeam, type Team } from '../test-support/factories.js';
import { signOff } from '../test-support/review.js';
import { TEST_PASSWORD } from '../test-support/test-server.js';
import { Entry } from '../entries/entry.entity.js';
import { AuditAction } from './audit-event.entity.js';
import { appendAudit, GENESIS_HASH } from './audit.service.js';
import { AUDIT_LOG_2, AUDIT_VERIFY, CHANGE_ROLE, CREATE_API_TOKEN, INVITE, LOG_IN, REMOVE_MEMBER, REQUEST_REVIEW, REVOKE_TOKEN } from '../test-support/operations.js';
import { useTestServer } from '../test-support/test-team.js';

const sql = (text: string, params: unknown[] = []) => server.orm.em.fork().execute(text, params);

const { server } = useTestServer();

async function logOf(team: Team, first = 100) {
  return (await team.members.LEAD.client.ok(AUDIT_LOG_2, { id: team.entryId, first })).entry.auditLog;
}

/** A team whose log holds a few records of each kind. */
async function busyTeam(): Promise<Team> {
  const team = await createTeam(server);
  const lead = team.members.LEAD.client;
  await lead.ok(INVITE, { i: { entryId: team.entryId, email: 'new.nurse@example.nhs.uk', role: 'NURSE' } });
  await lead.ok(CHANGE_ROLE, { i: { membershipId: team.members.ALLIED_HEALTH.membershipId, role: 'ANALYST' } });
  expect(codeOf(await signOff(team, 'MANAGER', 2, { note: 'Fine.' }))).toBe('OK');
  await lead.ok(REQUEST_REVIEW, { i: { entryId: team.entryId } });
  return team;
}

describe('the audit log', () => {
  it('records sign-offs, workflow moves, membership changes, tokens and log-ins, newest first, each chained to the one before', async () => {
    const team = await busyTeam();
    const nurse = team.members.NURSE.client;
    const { createApiToken } = await nurse.ok(CREATE_API_TOKEN, { i: { name: 'Notebook', scope: 'READ' } });
    await nurse.ok(REVOKE_TOKEN, { i: { tokenId: createApiToken.token.id } });
    const again = server.client();
    await again.ok(LOG_IN, { i: { email: team.members.NURSE.user.email, password: TEST_PASSWORD } });
    await team.members.LEAD.client.ok(REMOVE_MEMBER, { i: { membershipId: team.members.OBSERVER.membershipId } });

    const log = await logOf(team);
    const oldestFirst = [...log.nodes].reverse();
    expect(oldestFirst.map((r) => r.action)).toEqual([
      'MEMBER_INVITED',
      'MEMBER_ROLE_CHANGED',
      'SIGNED_OFF',
      'WORKFLOW_MOVED',
      'API_TOKEN_CREATED',
      'API_TOKEN_REVOKED',
      'LOGGED_IN',
      'MEMBER_REMOVED',
    ]);
    expect(oldestFirst.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(oldestFirst[0].prevHash).toBe(GENESIS_HASH);
    oldestFirst.slice(1).forEach((r, i) => expect(r.prevHash).toBe(oldestFirst[i].hash));
    expect(oldestFirst[2]).toMatchObject({ actorId: team.members.MANAGER.user.id, actorName: 'Test MANAGER', summary: expect.stringMatching(/approved “Spreading the success”/) });
    expect(JSON.parse(oldestFirst[2].data)).toMatchObject({ meaning: 'APPROVE', role: 'MANAGER', slotKey: 'manager', note: 'Fine.' });
    expect(JSON.parse(oldestFirst[1].data)).toMatchObject({ from: 'ALLIED_HEALTH', role: 'ANALYST' });
    expect(oldestFirst[6]).toMatchObject({ action: 'LOGGED_IN', actorId: team.members.NURSE.user.id });
    expect((await team.members.MANAGER.client.ok(AUDIT_VERIFY, { id: team.entryId })).verifyAuditLog).toEqual({
      valid: true,
      checkedCount: 8,
      headSeq: 8,
      headHash: log.nodes[0].hash,
      brokenAtSeq: null,
      brokenEventId: null,
      problem: null,
    });
  });

  it('puts a person’s token and log-in events into the log of every entry they belong to', async () => {
    const a = await createTeam(server);
    const b = await createTeam(server);
    const both = await addMember(server, a.entryId, 'MEDIC', 'Two Entries');
    await server.orm.em.fork().execute('insert into memberships (id, entry_id, user_id, role, created_at) values (gen_random_uuid(), ?, ?, ?, now())', [b.entryId, both.user.id, 'NURSE']);
    await both.client.ok(CREATE_API_TOKEN, { i: { name: 'Both', scope: 'READ' } });
    for (const team of [a, b]) expect((await logOf(team)).nodes.map((r) => [r.action, r.actorId])).toEqual([['API_TOKEN_CREATED', both.user.id]]);
  });

  it('pages by position in the log', async () => {
    const team = await busyTeam();
    const first = await logOf(team, 2);
    expect(first.nodes.map((r) => r.seq)).toEqual([4, 3]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await team.members.LEAD.client.ok(AUDIT_LOG_2, { id: team.entryId, first: 2, after: first.pageInfo.endCursor })).entry.auditLog;
    expect(next.nodes.map((r) => r.seq)).toEqual([2, 1]);
    expect(next.totalCount).toBe(4);
    expect(codeOf(await team.members.LEAD.client.request(AUDIT_LOG_2, { id: team.entryId, after: 'bogus' }))).toBe('BAD_USER_INPUT');
  });

  it('is for the lead and managers only (FORBIDDEN), and NOT_FOUND to outsiders', async () => {
    const team = await busyTeam();
    for (const role of ['MEDIC', 'NURSE', 'ANALYST', 'PATIENT_REP', 'OBSERVER'] as const) {
      expect(codeOf(await team.members[role].client.request(AUDIT_LOG_2, { id: team.entryId }))).toBe('FORBIDDEN');
      expect(codeOf(await team.members[role].client.request(AUDIT_VERIFY, { id: team.entryId }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await team.outsider.client.request(AUDIT_VERIFY, { id: team.entryId }))).toBe('NOT_FOUND');
    expect(codeOf(await team.members.MANAGER.client.request(AUDIT_LOG_2, { id: team.entryId }))).toBe('OK');
  });
});

describe('tampering', () => {
  it('the database refuses UPDATE, DELETE and TRUNCATE on the log', async () => {
    const team = await busyTeam();
    await expect(sql('update audit_events set summary = ? where entry_id = ?', ['Nothing happened.', team.entryId])).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit_events where entry_id = ?', [team.entryId])).rejects.toThrow(/append-only/);
    await expect(sql('truncate audit_events')).rejects.toThrow(/append-only/);
    expect((await logOf(team)).totalCount).toBe(4);
  });

  it('a record altered by the table’s owner, with the guard lifted, is reported as the first broken link', async () => {
    const team = await busyTeam();
    const log = await logOf(team);
    const signed = log.nodes.find((r) => r.action === 'SIGNED_OFF')!;
    await sql('alter table audit_events disable trigger audit_events_no_update_or_delete');
    try {
      await sql(`update audit_events set data = jsonb_set(data, '{meaning}', '"REQUEST_CHANGES"') where id = ?`, [signed.id]);
    } finally {
      await sql('alter table audit_events enable trigger audit_events_no_update_or_delete');
    }
    const verdict = (await team.members.LEAD.client.ok(AUDIT_VERIFY, { id: team.entryId })).verifyAuditLog;
    expect(verdict).toMatchObject({ valid: false, brokenAtSeq: signed.seq, brokenEventId: signed.id, checkedCount: signed.seq - 1, problem: expect.stringMatching(/altered/) });
    await expect(sql('update audit_events set hash = ? where id = ?', ['0', signed.id])).rejects.toThrow(/append-only/); // the guard is back
  });

  it('a record removed, or re-hashed to hide an edit, breaks the chain at that point', async () => {
    const team = await busyTeam();
    const [fourth, third, second] = (await logOf(team)).nodes;
    await sql('alter table audit_events disable trigger audit_events_no_update_or_delete');
    try {
      await sql('delete from audit_events where id = ?', [second.id]);
    } finally {
      await sql('alter table audit_events enable trigger audit_events_no_update_or_delete');
    }
    expect((await team.members.LEAD.client.ok(AUDIT_VERIFY, { id: team.entryId })).verifyAuditLog).toMatchObject({
      valid: false,
      brokenAtSeq: 2,
      brokenEventId: third.id,
      problem: expect.stringMatching(/Record 2 is missing/),
    });

    const other = await busyTeam();
    const [, otherThird] = (await logOf(other)).nodes;
    await sql('alter table audit_events disable trigger audit_events_no_update_or_delete');
    try {
      // A forger who recomputes the altered record's own hash still leaves the next record pointing at the old one.
      await sql('update audit_events set summary = ?, hash = ? where id = ?', ['Nothing happened.', 'f'.repeat(64), otherThird.id]);
    } finally {
      await sql('alter table audit_events enable trigger audit_events_no_update_or_delete');
    }
    expect((await other.members.LEAD.client.ok(AUDIT_VERIFY, { id: other.entryId })).verifyAuditLog).toMatchObject({ valid: false, brokenAtSeq: 3 });
    expect(fourth.seq).toBe(4);
  });
});

describe('what the chain hashes', () => {
  // Written through the internal path (seeding, jobs, a future field), not the API, which
  // refuses such strings at its boundary: the record must still verify as stored.
  it('is the text as PostgreSQL stores it: lone surrogates (stored as U+FFFD), combining and astral characters, U+FFFD itself', async () => {
    const team = await createTeam(server);
    await server.orm.em.fork().transactional((tx) =>
      appendAudit(tx, team.entryId.toUpperCase(), {
        action: AuditAction.WORKFLOW_MOVED,
        actor: { id: team.members.LEAD.user.id.toUpperCase(), name: 'Lone \ud800 name' },
        summary: 'nb \ud800 and \udc00, e\u0301 (combining), \u{1F600} (astral), \ufffd itself, \u2028 and \u00a0.',
      }),
    );
    const [stored] = (await logOf(team)).nodes;
    expect(stored.summary).toBe('nb \ufffd and \ufffd, e\u0301 (combining), \u{1F600} (astral), \ufffd itself, \u2028 and \u00a0.');
    expect(stored.actorName).toBe('Lone \ufffd name');
    expect((await team.members.LEAD.client.ok(AUDIT_VERIFY, { id: team.entryId })).verifyAuditLog).toMatchObject({ valid: true, checkedCount: 1, problem: null });
  });

  it('is the details as jsonb stores them: its key order, its numbers, dates as text, undefined dropped, lone surrogates in keys and values', async () => {
    const team = await createTeam(server);
    await server.orm.em.fork().transactional((tx) =>
      appendAudit(tx, team.entryId, {
        action: AuditAction.WORKFLOW_MOVED,
        actor: null,
        summary: 'Moved.',
        data: {
          zeta: 'x\udbff',
          'key \udc00': [1e21, 0.1 + 0.2, -0, 1e-7, 2 ** 64, 1.5, null, undefined, Number.NaN],
          a: { longer: 1, b: 2, when: new Date('2026-01-02T03:04:05.678Z'), skipped: undefined, text: '\u{10FFFF}\u200d' },
        },
      }),
    );
    const [stored] = (await logOf(team)).nodes;
    expect(JSON.parse(stored.data)).toEqual({
      zeta: 'x\ufffd',
      'key \ufffd': [1e21, 0.30000000000000004, 0, 1e-7, 2 ** 64, 1.5, null, null, null],
      a: { longer: 1, b: 2, when: '2026-01-02T03:04:05.678Z', text: '\u{10FFFF}\u200d' },
    });
    expect((await team.members.LEAD.client.ok(AUDIT_VERIFY, { id: team.entryId })).verifyAuditLog).toMatchObject({ valid: true, checkedCount: 1, problem: null });
  });

  it('refuses, loudly, a record holding NUL (PostgreSQL cannot store it), and with it the change it records', async () => {
    const team = await createTeam(server);
    const write = server.orm.em.fork().transactional(async (tx) => {
      (await tx.findOneOrFail(Entry, team.entryId)).title = 'Renamed';
      await tx.flush();
      await appendAudit(tx, team.entryId, { action: AuditAction.WORKFLOW_MOVED, actor: null, summary: 'Moved.', data: { note: 'a\u0000b' } });
    });
    await expect(write).rejects.toThrow(/cannot hold a NUL character \(in data\)/);
    expect((await server.orm.em.fork().findOneOrFail(Entry, team.entryId)).title).toBe('A team entry');
    expect((await logOf(team)).totalCount).toBe(0);
  });
});
