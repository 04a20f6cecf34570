import 'reflect-metadata';
import { ROLES } from '@quorum/domain';
import { describe, expect, it } from 'vitest';
import { codeOf, type ApiClient } from '../test-support/api-client.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { signOff } from '../test-support/review.js';
import { statementRecorder } from '../test-support/statements.js';
import { TEST_PASSWORD } from '../test-support/test-server.js';
import { useTestServer } from '../test-support/test-team.js';
import {
  ACTIVITY,
  ADD,
  ADD_TESTIMONIAL,
  AUDIT_LOG,
  CHANGE_ROLE,
  CREATE_API_TOKEN,
  CREATE_METRIC,
  DELETE,
  INVITE,
  LOG_IN,
  REOPEN,
  REPLACE,
  REPLY,
  REQUEST_REVIEW,
  RESOLVE,
  SECTIONS,
} from '../test-support/operations.js';

const LONG_COMMENT =
  'The readmission figures in the second paragraph should say which months they cover, and whether they include patients transferred from other trusts, because the judges will ask.';

const { onQuery, withStatements } = statementRecorder();
const { server } = useTestServer({}, { onQuery });

async function activityOf(client: ApiClient, team: Team, first = 100, after?: string) {
  return (await client.ok(ACTIVITY, { id: team.entryId, first, after })).entry.activity;
}

async function sectionsOf(team: Team) {
  return (await team.members.LEAD.client.ok(SECTIONS, { id: team.entryId })).entry.sections;
}

/** A team that has done a little of everything the history shows, and some things it leaves out. */
async function busyTeam() {
  const team = await createTeam(server);
  const { LEAD: lead, NURSE: nurse, MEDIC: medic, PATIENT_REP: patient, ANALYST: analyst } = team.members;
  const sections = await sectionsOf(team);
  await lead.client.ok(INVITE, { i: { entryId: team.entryId, email: 'new.nurse@example.nhs.uk', role: 'NURSE' } });
  await lead.client.ok(CHANGE_ROLE, { i: { membershipId: team.members.ALLIED_HEALTH.membershipId, role: 'ANALYST' } });
  await lead.client.ok(REPLACE, { i: { sectionId: team.sectionIds[0], markdown: 'A first draft of the summary.', baseVersion: 0 } });
  const thread = (await nurse.client.ok(ADD, { i: { sectionId: team.sectionIds[0], body: LONG_COMMENT } })).addComment.comment.id;
  const reply = (await medic.client.ok(REPLY, { i: { commentId: thread, body: 'April to September, no transfers.' } })).replyToComment.comment.id;
  const regretted = (await patient.client.ok(ADD, { i: { sectionId: team.sectionIds[1], body: 'Something I would rather not have said.' } })).addComment.comment.id;
  await patient.client.ok(DELETE, { i: { commentId: regretted } });
  await nurse.client.ok(RESOLVE, { i: { commentId: thread } });
  const signed = await signOff(team, 'MANAGER', 2, { note: 'Fine.' });
  expect(codeOf(signed)).toBe('OK');
  await lead.client.ok(REQUEST_REVIEW, { i: { entryId: team.entryId } });
  await analyst.client.ok(CREATE_METRIC, {
    i: { entryId: team.entryId, name: 'sepsis screening within one hour', definition: 'd', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' },
  });
  await patient.client.ok(ADD_TESTIMONIAL, { i: { entryId: team.entryId, quote: 'They listened.', source: 'PATIENT' } });
  // Security records of a member: in the audit log, never in the history.
  await server.client().ok(LOG_IN, { i: { email: nurse.user.email, password: TEST_PASSWORD } });
  await nurse.client.ok(CREATE_API_TOKEN, { i: { name: 'Notebook', scope: 'READ' } });
  return { team, sections, thread, reply, regretted, signOffId: signed.data!.signOffSection.signOff.id };
}

describe('the activity history of an entry', () => {
  it('shows every member, whatever their role, what the team did, newest first, in plain words', async () => {
    const { team, sections, thread, reply, regretted, signOffId } = await busyTeam();
    const slot = sections[2].signOffSlots.find((s) => s.key === 'manager')!;
    const expected = [
      ['ENTRY_CREATED', 'Test LEAD started the entry.'],
      ['MEMBER_INVITED', 'Test LEAD invited someone to join the team as nurse.'],
      ['MEMBER_ROLE_CHANGED', 'Test LEAD changed Test ALLIED_HEALTH’s role from allied health professional to data analyst.'],
      ['SECTION_EDITED', `Test LEAD edited “${sections[0].title}”.`],
      [
        'COMMENT_ADDED',
        `Test NURSE commented on “${sections[0].title}”: “The readmission figures in the second paragraph should say which months they cover, and whether they include patients transferred from…”`,
      ],
      ['COMMENT_REPLIED', `Test MEDIC replied to a comment on “${sections[0].title}”: “April to September, no transfers.”`],
      ['COMMENT_ADDED', `Test PATIENT_REP commented on “${sections[1].title}” (since deleted).`],
      ['COMMENT_RESOLVED', `Test NURSE resolved a comment thread on “${sections[0].title}”.`],
      ['SIGNED_OFF', `Test MANAGER (Manager) approved “${sections[2].title}” as “${slot.label}”.`],
      ['WORKFLOW_MOVED', 'Test LEAD asked for review and sign-off.'],
      ['METRIC_ADDED', 'Test ANALYST added the metric “sepsis screening within one hour”.'],
      ['TESTIMONIAL_ADDED', 'Test PATIENT_REP added a testimonial from a patient.'],
    ];
    for (const role of ROLES) {
      const page = await activityOf(team.members[role].client, team);
      const oldestFirst = [...page.nodes].reverse();
      expect(
        oldestFirst.map((i) => [i.kind, i.summary]),
        role,
      ).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
      expect(page.pageInfo.hasNextPage).toBe(false);
      const times = page.nodes.map((i) => Date.parse(i.at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }

    // The ids that link an item to what it is about, the people and the section.
    const items = [...(await activityOf(team.members.PATIENT_REP.client, team)).nodes].reverse();
    expect(items[0]).toMatchObject({ actor: { id: team.members.LEAD.user.id }, section: null });
    expect(items[3]).toMatchObject({ authors: [{ name: 'Test LEAD' }], section: { id: team.sectionIds[0], title: sections[0].title } });
    expect(items[4]).toMatchObject({ commentId: thread, threadId: null, actor: { name: 'Test NURSE' } });
    expect(/: “(.*)”$/.exec(items[4].summary)![1].length).toBeLessThanOrEqual(140);
    expect(items[5]).toMatchObject({ commentId: reply, threadId: thread });
    expect(items[6]).toMatchObject({ commentId: regretted, section: { id: team.sectionIds[1] } });
    expect(items[6].summary).not.toContain('rather not');
    expect(items[7]).toMatchObject({ commentId: thread, actor: { name: 'Test NURSE' } });
    expect(items[8]).toMatchObject({ signOffId, section: { id: team.sectionIds[2] }, actor: { id: team.members.MANAGER.user.id } });
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    // Ids are stable: read again, the same.
    expect([...(await activityOf(team.members.OBSERVER.client, team)).nodes].reverse().map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  it('shows who reopened a resolved thread, in place of its resolution', async () => {
    const team = await createTeam(server);
    const nurse = team.members.NURSE;
    const thread = (await nurse.client.ok(ADD, { i: { sectionId: team.sectionIds[0], body: 'Which months?' } })).addComment.comment.id;
    await nurse.client.ok(RESOLVE, { i: { commentId: thread } });
    await team.members.MEDIC.client.ok(REOPEN, { i: { commentId: thread } });
    const sections = await sectionsOf(team);
    const items = (await activityOf(team.members.PATIENT_REP.client, team)).nodes;
    expect(items[0]).toMatchObject({ kind: 'COMMENT_REOPENED', commentId: thread, actor: { name: 'Test MEDIC' }, summary: `Test MEDIC reopened a comment thread on “${sections[0].title}”.` });
    expect(items.map((i) => i.kind)).not.toContain('COMMENT_RESOLVED');
  });

  it('leaves out log-ins and API tokens, and invitees’ addresses, which the audit log keeps', async () => {
    const { team } = await busyTeam();
    const log = (await team.members.LEAD.client.ok(AUDIT_LOG, { id: team.entryId })).entry.auditLog.nodes;
    const security = log.filter((r) => ['LOGGED_IN', 'API_TOKEN_CREATED'].includes(r.action));
    expect(security).toHaveLength(2);
    expect(log.find((r) => r.action === 'MEMBER_INVITED')!.summary).toContain('new.nurse@example.nhs.uk');
    const items = (await activityOf(team.members.LEAD.client, team)).nodes;
    for (const record of security) expect(items.map((i) => i.id)).not.toContain(`audit:${record.id}`);
    expect(items.map((i) => i.summary).join(' ')).not.toMatch(/logged in|token|new\.nurse@/i);
  });

  it('shows an edit that made sign-offs stale, once the check after the edit has run', async () => {
    const { team, sections } = await busyTeam();
    await team.members.MEDIC.client.ok(REPLACE, { i: { sectionId: team.sectionIds[2], markdown: 'Changed after the manager approved it.', baseVersion: 0 } });
    await expect.poll(async () => (await activityOf(team.members.NURSE.client, team)).nodes.map((i) => i.kind), { timeout: 10_000 }).toContain('SIGN_OFF_STALE');
    const items = (await activityOf(team.members.NURSE.client, team)).nodes;
    expect(
      items
        .slice(0, 2)
        .map((i) => i.summary)
        .sort(),
    ).toEqual([`An edit by Test MEDIC changed “${sections[2].title}”: 1 sign-off is stale.`, `Test MEDIC edited “${sections[2].title}”.`].sort());
  });

  it('pages with `after`: the rest, with no item twice and none left out', async () => {
    const { team } = await busyTeam();
    const nurse = team.members.NURSE.client;
    const all = (await activityOf(nurse, team)).nodes.map((i) => i.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await activityOf(nurse, team, 5, after);
      expect(page.totalCount).toBe(all.length);
      expect(page.nodes.length).toBeLessThanOrEqual(5);
      seen.push(...page.nodes.map((i) => i.id));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all);
    // A comment made meanwhile goes to the top, and does not shift the pages after a cursor.
    const first = await activityOf(nurse, team, 5);
    await nurse.ok(ADD, { i: { sectionId: team.sectionIds[0], body: 'Something new.' } });
    expect((await activityOf(nurse, team, 5, first.pageInfo.endCursor!)).nodes.map((i) => i.id)).toEqual(all.slice(5, 10));
    expect(codeOf(await nurse.request(ACTIVITY, { id: team.entryId, first: 5, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await nurse.request(ACTIVITY, { id: team.entryId, first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('is NOT_FOUND for someone outside the team, and UNAUTHENTICATED for nobody', async () => {
    const team = await createTeam(server);
    const outsider = await team.outsider.client.request(ACTIVITY, { id: team.entryId });
    expect(codeOf(outsider)).toBe('NOT_FOUND');
    expect(outsider.data?.entry ?? null).toBeNull();
    expect(codeOf(await server.client().request(ACTIVITY, { id: team.entryId }))).toBe('UNAUTHENTICATED');
  });

  it('costs the same number of SQL statements for a page of 3 items or of 60 (no N+1)', async () => {
    const small = await createTeam(server);
    await small.members.NURSE.client.ok(ADD, { i: { sectionId: small.sectionIds[0], body: 'One.' } });
    await small.members.LEAD.client.ok(REPLACE, { i: { sectionId: small.sectionIds[1], markdown: 'Text.', baseVersion: 0 } });
    const { team: large } = await busyTeam();
    for (let i = 0; i < 12; i++) {
      const role = ROLES[i % 6];
      await large.members[role].client.ok(ADD, { i: { sectionId: large.sectionIds[i % 5], body: `Comment ${i}` } });
      await large.members[role].client.ok(REPLACE, {
        i: { sectionId: large.sectionIds[i % 5], markdown: `Text ${i}`, baseVersion: (await large.members.LEAD.client.ok(SECTIONS, { id: large.entryId })).entry.sections[i % 5].version },
      });
      await large.members.LEAD.client.ok(CREATE_API_TOKEN, { i: { name: 'x', scope: 'READ' } });
    }
    const count = async (team: Team) => {
      const { result: page, sql } = await withStatements(() => activityOf(team.members.PATIENT_REP.client, team, 100));
      return { statements: sql.length, items: page.nodes.length };
    };
    const few = await count(small);
    const many = await count(large);
    expect(few.items).toBe(3);
    expect(many.items).toBeGreaterThan(30);
    expect(many.statements).toBe(few.statements);
    console.log(`one page of the activity: ${few.statements} SQL statements`);
    expect(few.statements).toBeGreaterThan(1); // counting works
    expect(few.statements).toBeLessThanOrEqual(6); // membership, the page, users, sections (and the session)
  });
});
