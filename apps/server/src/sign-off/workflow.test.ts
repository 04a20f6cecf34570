import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AuditAction, AuditEvent } from '../audit/audit-event.entity.js';
import { Section } from '../sections/section.entity.js';
import { codeOf, type GraphQLResponse } from '../test-support/api-client.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { LiveEditor } from '../test-support/live-editor.js';
import { approveEverything, listenToEntry, sectionNow, signOff, TEMPLATE_SIGNERS, type EventListener } from '../test-support/review.js';
import { useTestServer } from '../test-support/test-team.js';
import { SignOff } from './sign-off.entity.js';
import {
  ADD,
  APPLY,
  CHANGE_ROLE,
  COMMENTS_REPLACE_CONTENT,
  CREATE_API_TOKEN,
  CREATE_METRIC,
  INVITE,
  NOTIFICATION_KINDS,
  NOTIFICATION_SIGN_OFFS,
  REMOVE_MEMBER,
  STATE,
  SUBMIT,
  WORKFLOW_ACCEPT,
  WORKFLOW_PROPERTY_SET_SLOTS,
  WORKFLOW_REOPEN,
  WORKFLOW_REQUEST_REVIEW,
} from '../test-support/operations.js';

const { server } = useTestServer();
const listeners: EventListener[] = [];

// Registered after useTestServer's, so run before it stops the server.
afterAll(async () => {
  await Promise.all(listeners.map((l) => l.close()));
});

const stateOf = async (team: Team) => (await team.members.OBSERVER.client.ok(STATE, { id: team.entryId })).entry.state;
/** requestReview or submitEntry of the team's entry, as `role`. */
const workflow = <TData>(team: Team, role: keyof Team['members'], document: TypedDocumentNode<TData, { i: { entryId: string } }>) =>
  team.members[role].client.request(document, { i: { entryId: team.entryId } });
const reopen = (team: Team, role: keyof Team['members'], reason: string) => team.members[role].client.request(WORKFLOW_REOPEN, { i: { entryId: team.entryId, reason } });
const conflictOf = (r: GraphQLResponse<unknown>): Record<string, any> => ({ code: codeOf(r), ...r.errors?.[0]?.extensions });

async function inReview(): Promise<Team> {
  const team = await createTeam(server);
  expect((await workflow(team, 'LEAD', WORKFLOW_REQUEST_REVIEW)).data!.requestReview.entry.state).toBe('IN_REVIEW');
  return team;
}

async function approved(): Promise<Team> {
  const team = await inReview();
  await approveEverything(team);
  expect(await stateOf(team)).toBe('APPROVED');
  return team;
}

describe('DRAFT -> IN_REVIEW', () => {
  it('only the lead may request review; others FORBIDDEN, outsiders NOT_FOUND, read-only tokens FORBIDDEN', async () => {
    const team = await createTeam(server);
    for (const role of ['MANAGER', 'MEDIC', 'PATIENT_REP', 'OBSERVER'] as const) expect(codeOf(await workflow(team, role, WORKFLOW_REQUEST_REVIEW))).toBe('FORBIDDEN');
    expect(codeOf(await team.outsider.client.request(WORKFLOW_REQUEST_REVIEW, { i: { entryId: team.entryId } }))).toBe('NOT_FOUND');
    const { secret } = (await team.members.LEAD.client.ok(CREATE_API_TOKEN, { i: { name: 'r', scope: 'READ' } })).createApiToken;
    expect(codeOf(await team.members.LEAD.client.withToken(secret).request(WORKFLOW_REQUEST_REVIEW, { i: { entryId: team.entryId } }))).toBe('FORBIDDEN');
    expect(await stateOf(team)).toBe('DRAFT');
  });

  it('asks every member whose role fills a slot to review, and is refused (CONFLICT) once out of draft', async () => {
    const team = await inReview();
    const notified = async (role: keyof Team['members']) => (await team.members[role].client.ok(NOTIFICATION_KINDS)).me!.notifications.nodes.map((n) => n.kind);
    expect(await notified('PATIENT_REP')).toEqual(['REVIEW_REQUESTED']);
    expect(await notified('ANALYST')).toEqual(['REVIEW_REQUESTED']);
    expect(await notified('OBSERVER')).toEqual([]);
    expect(await notified('LEAD')).toEqual([]);
    expect(conflictOf(await workflow(team, 'LEAD', WORKFLOW_REQUEST_REVIEW))).toMatchObject({ code: 'CONFLICT', state: 'IN_REVIEW' });
  });
});

describe('IN_REVIEW <-> APPROVED, automatically', () => {
  it('becomes APPROVED once every slot of every section holds a current approval, not before', async () => {
    const team = await inReview();
    for (const [i, [role, index]] of TEMPLATE_SIGNERS.entries()) {
      expect(await stateOf(team)).toBe('IN_REVIEW');
      const result = await signOff(team, role, index);
      expect(result.data!.signOffSection.entry.state).toBe(i === TEMPLATE_SIGNERS.length - 1 ? 'APPROVED' : 'IN_REVIEW');
    }
    const leadNews = await team.members.LEAD.client.ok(NOTIFICATION_KINDS);
    expect(leadNews.me!.notifications.nodes.map((n) => n.kind)).toContain('ENTRY_APPROVED');
  });

  it('falls back to IN_REVIEW when a live edit makes an approval stale, and is APPROVED again when it is given again', async () => {
    const team = await approved();
    const editor = new LiveEditor(server.url, team.sectionIds[2], team.members.NURSE.client.cookie!, 'nurse');
    await editor.connect();
    await editor.appendParagraph('Shared with two other trusts.');
    editor.disconnect();
    await expect.poll(() => stateOf(team)).toBe('IN_REVIEW'); // a moment after the edit's acknowledgement
    expect((await signOff(team, 'MANAGER', 2)).data!.signOffSection.entry.state).toBe('APPROVED');
  });

  it('falls back when changes are requested, and when a member whose approval counted leaves', async () => {
    const team = await approved();
    expect((await signOff(team, 'ANALYST', 1, { meaning: 'REQUEST_CHANGES', note: 'Check the denominators.' })).data!.signOffSection.entry.state).toBe('IN_REVIEW');
    expect((await signOff(team, 'ANALYST', 1)).data!.signOffSection.entry.state).toBe('APPROVED');
    await team.members.LEAD.client.ok(REMOVE_MEMBER, { i: { membershipId: team.members.PATIENT_REP.membershipId } });
    expect(await stateOf(team)).toBe('IN_REVIEW');
  });
});

describe('the state follows every change of the sign-offs’ standing (issue 10, finding 3)', () => {
  const staleNews = async (team: Team, role: keyof Team['members']) => {
    const { nodes } = (await team.members[role].client.ok(NOTIFICATION_SIGN_OFFS)).me!.notifications;
    return nodes.filter((n) => n.kind === 'SIGN_OFF_STALE').map((n) => n.signOffId!);
  };

  it('sign A, edit to B, put A back, settle, edit to C: IN_REVIEW at C, and the signers told each time', async () => {
    const team = await inReview();
    const lead = team.members.LEAD.client;
    const write = async (markdown: string) => {
      const { version } = await sectionNow(lead, team, 3);
      await lead.ok(COMMENTS_REPLACE_CONTENT, { i: { sectionId: team.sectionIds[3], markdown, baseVersion: version } });
      return stateOf(team); // right after the acknowledgement: no waiting for a moment later
    };
    await write('Text A.');
    await approveEverything(team);
    expect(await stateOf(team)).toBe('APPROVED');
    const signedA = (await server.orm.em.fork().find(SignOff, { section: team.sectionIds[3] })).map((s) => s.id);
    expect(signedA).toHaveLength(2); // the manager's and the patient representative's

    expect(await write('Text B.')).toBe('IN_REVIEW');
    expect(await write('Text A.')).toBe('APPROVED'); // the sign-offs count again, so the entry is approved again
    const slots = (await server.orm.em.fork().findOneOrFail(Section, team.sectionIds[3])).signOffSlots;
    expect((await lead.ok(WORKFLOW_PROPERTY_SET_SLOTS, { i: { sectionId: team.sectionIds[3], slots } })).setSignOffSlots.entry.state).toBe('APPROVED');
    expect(await write('Text C.')).toBe('IN_REVIEW');

    // Stale at B and again at C: told twice, recorded twice.
    for (const role of ['MANAGER', 'PATIENT_REP'] as const) expect((await staleNews(team, role)).filter((id) => signedA.includes(id))).toHaveLength(2);
    const records = await server.orm.em.fork().find(AuditEvent, { entryId: team.entryId, action: AuditAction.SIGN_OFF_STALE }, { orderBy: { seq: 'asc' } });
    expect(records.map((r) => [...(r.data.signOffIds as string[])].sort())).toEqual([[...signedA].sort(), [...signedA].sort()]);
    const moves = await server.orm.em.fork().find(AuditEvent, { entryId: team.entryId, action: AuditAction.WORKFLOW_MOVED }, { orderBy: { seq: 'asc' } });
    expect(moves.map((m) => m.data.to)).toEqual(['IN_REVIEW', 'APPROVED', 'IN_REVIEW', 'APPROVED', 'IN_REVIEW']);
  });

  it('a live edit that puts the signed text back makes the entry APPROVED again at once, and the next edit stale again', async () => {
    const team = await approved();
    const editor = new LiveEditor(server.url, team.sectionIds[2], team.members.NURSE.client.cookie!, 'nurse');
    await editor.connect();
    const fragment = editor.doc.getXmlFragment('content');
    const addParagraph = async () => {
      await editor.appendParagraph('Shared with two other trusts.');
      return stateOf(team);
    };
    const removeIt = async () => {
      fragment.delete(fragment.length - 1, 1);
      await editor.flush();
      return stateOf(team);
    };
    expect(await addParagraph()).toBe('IN_REVIEW');
    expect(await removeIt()).toBe('APPROVED');
    expect(await addParagraph()).toBe('IN_REVIEW');
    editor.disconnect();
    expect(await staleNews(team, 'MANAGER')).toHaveLength(2);
  });

  it('someone who rejoins brings their sign-offs back: the entry is APPROVED again', async () => {
    const team = await approved();
    await team.members.LEAD.client.ok(REMOVE_MEMBER, { i: { membershipId: team.members.PATIENT_REP.membershipId } });
    expect(await stateOf(team)).toBe('IN_REVIEW');
    const invite = await team.members.LEAD.client.ok(INVITE, {
      i: { entryId: team.entryId, email: team.members.PATIENT_REP.user.email, role: 'PATIENT_REP' },
    });
    const { token } = invite.inviteMember;
    const accepted = await team.members.PATIENT_REP.client.ok(WORKFLOW_ACCEPT, { i: { token } });
    expect(accepted.acceptInvitation.entry.state).toBe('APPROVED');
  });
});

describe('APPROVED -> SUBMITTED', () => {
  it('is refused with CONFLICT and the reasons: in draft, with slots not held, with an open change request, with a stale sign-off', async () => {
    const draft = await createTeam(server);
    expect(conflictOf(await workflow(draft, 'LEAD', SUBMIT))).toMatchObject({ code: 'CONFLICT', state: 'DRAFT' });

    const team = await inReview();
    const missing = conflictOf(await workflow(team, 'LEAD', SUBMIT));
    expect(missing).toMatchObject({ code: 'CONFLICT', state: 'IN_REVIEW', openChangeRequestIds: [], staleSignOffIds: [] });
    expect(missing.missingSlots).toHaveLength(9);

    await approveEverything(team);
    const changes = await signOff(team, 'NURSE', 1, { meaning: 'REQUEST_CHANGES', note: 'Not yet.' });
    const open = conflictOf(await workflow(team, 'LEAD', SUBMIT));
    expect(open).toMatchObject({ code: 'CONFLICT', openChangeRequestIds: [changes.data!.signOffSection.signOff.id] });
    expect(open.missingSlots).toEqual([{ sectionId: team.sectionIds[1], slotKey: 'clinician' }]);

    await signOff(team, 'NURSE', 1);
    const lead = team.members.LEAD.client;
    const { version } = await sectionNow(lead, team, 3);
    await lead.ok(COMMENTS_REPLACE_CONTENT, { i: { sectionId: team.sectionIds[3], markdown: 'Saved £40,000 a year.', baseVersion: version } });
    const stale = conflictOf(await workflow(team, 'LEAD', SUBMIT));
    expect(stale).toMatchObject({ code: 'CONFLICT', state: 'IN_REVIEW' });
    expect(stale.staleSignOffIds).toHaveLength(2);
    expect(await stateOf(team)).toBe('IN_REVIEW');
  });

  it('only the lead may submit (others FORBIDDEN, before any state check)', async () => {
    const team = await approved();
    for (const role of ['MANAGER', 'NURSE', 'PATIENT_REP', 'OBSERVER'] as const) expect(codeOf(await workflow(team, role, SUBMIT))).toBe('FORBIDDEN');
    expect(codeOf(await team.outsider.client.request(SUBMIT, { i: { entryId: team.entryId } }))).toBe('NOT_FOUND');
    expect(await stateOf(team)).toBe('APPROVED');
  });

  it('freezes the content: edits, sign-offs, slots, evidence and further moves are refused with CONFLICT; comments stay open', async () => {
    const team = await approved();
    expect((await workflow(team, 'LEAD', SUBMIT)).data!.submitEntry.entry.state).toBe('SUBMITTED');
    const lead = team.members.LEAD.client;
    const sectionId = team.sectionIds[0];
    const doc = new Y.Doc();
    doc.getXmlFragment('content').push([new Y.XmlElement('paragraph')]);
    const refused = [
      await team.members.NURSE.client.request(APPLY, { i: { sectionId, update: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'), clientId: 'late' } }),
      await lead.request(COMMENTS_REPLACE_CONTENT, { i: { sectionId, markdown: 'Late change', baseVersion: (await sectionNow(lead, team, 0)).version } }),
      await signOff(team, 'MEDIC', 0),
      await lead.request(WORKFLOW_PROPERTY_SET_SLOTS, { i: { sectionId, slots: [] } }),
      await lead.request(CREATE_METRIC, { i: { entryId: team.entryId, name: 'Late', definition: 'd', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' } }),
      await workflow(team, 'LEAD', WORKFLOW_REQUEST_REVIEW),
      await workflow(team, 'LEAD', SUBMIT),
    ];
    expect(refused.map(codeOf)).toEqual(Array(refused.length).fill('CONFLICT'));
    expect(refused[0].errors![0].message).toMatch(/submitted/);
    expect(codeOf(await team.members.PATIENT_REP.client.request(ADD, { i: { sectionId, body: 'Well done, all.' } }))).toBe('OK');
    expect(await stateOf(team)).toBe('SUBMITTED');
  });
});

describe('reopening a submitted entry', () => {
  it('is the lead’s, needs a reason, is refused unless submitted, and is recorded; still-valid sign-offs make it APPROVED again', async () => {
    const team = await approved();
    expect(conflictOf(await reopen(team, 'LEAD', 'Typo'))).toMatchObject({ code: 'CONFLICT', state: 'APPROVED' });
    await workflow(team, 'LEAD', SUBMIT);
    expect(codeOf(await reopen(team, 'MANAGER', 'Typo'))).toBe('FORBIDDEN');
    expect(codeOf(await reopen(team, 'LEAD', ''))).toBe('BAD_USER_INPUT');
    expect((await reopen(team, 'LEAD', 'The judges asked for the 2025 figures.')).data!.reopenEntry.entry.state).toBe('APPROVED');
    const moves = await server.orm.em.fork().find(AuditEvent, { entryId: team.entryId, action: AuditAction.WORKFLOW_MOVED }, { orderBy: { seq: 'asc' } });
    expect(moves.map((m) => [m.data.from, m.data.to, m.data.automatic ?? false])).toEqual([
      ['DRAFT', 'IN_REVIEW', false],
      ['IN_REVIEW', 'APPROVED', true],
      ['APPROVED', 'SUBMITTED', false],
      ['SUBMITTED', 'IN_REVIEW', false],
      ['IN_REVIEW', 'APPROVED', true],
    ]);
    expect(moves[3]).toMatchObject({ actorId: team.members.LEAD.user.id, data: { reason: 'The judges asked for the 2025 figures.' } });
  });
});

describe('entryEvents', () => {
  it('delivers sign-off and workflow events live to members, and refuses non-members (NOT_FOUND)', async () => {
    const team = await inReview();
    const observer = listenToEntry(server, team.members.OBSERVER.client, team.entryId);
    const outsider = listenToEntry(server, team.outsider.client, team.entryId);
    listeners.push(observer, outsider);
    await Promise.all([observer.ready, outsider.ready]);
    await approveEverything(team);
    await expect.poll(() => observer.events.map((e) => e.kind), { timeout: 5000 }).toContain('WORKFLOW_MOVED');
    expect(observer.events.filter((e) => e.kind === 'SIGNED_OFF')).toHaveLength(9);
    expect(observer.events.at(-1)).toMatchObject({ kind: 'WORKFLOW_MOVED', state: 'APPROVED', entryId: team.entryId });
    await expect.poll(() => outsider.errors.length).toBe(1);
    expect((outsider.errors[0] as any).extensions.code).toBe('NOT_FOUND');
    expect(outsider.events).toEqual([]);
  });

  it('delivers membership changes, and ends the removed member’s subscription after telling them', async () => {
    const team = await createTeam(server);
    const nurse = listenToEntry(server, team.members.NURSE.client, team.entryId);
    listeners.push(nurse);
    await nurse.ready;
    await team.members.LEAD.client.ok(CHANGE_ROLE, { i: { membershipId: team.members.MEDIC.membershipId, role: 'ANALYST' } });
    await team.members.LEAD.client.ok(REMOVE_MEMBER, { i: { membershipId: team.members.NURSE.membershipId } });
    await expect.poll(() => nurse.completed(), { timeout: 5000 }).toBe(true);
    expect(nurse.events.map((e) => [e.kind, e.userId])).toEqual([
      ['MEMBER_ROLE_CHANGED', team.members.MEDIC.user.id],
      ['MEMBER_REMOVED', team.members.NURSE.user.id],
    ]);
  });
});
