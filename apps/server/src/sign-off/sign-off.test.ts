import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AuditAction, AuditEvent } from '../audit/audit-event.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { codeOf } from '../test-support/api-client.js';
import { createTeam, type Team } from '../test-support/factories.js';
import type { SignOffSlotInput } from '../test-support/gql/graphql.js';
import { LiveEditor } from '../test-support/live-editor.js';
import { sectionNow, signOff } from '../test-support/review.js';
import { TEST_PASSWORD } from '../test-support/test-server.js';
import { SignOff } from './sign-off.entity.js';
import { CREATE_API_TOKEN, REVISIONS, SIGN_OFF, SIGN_OFF_NOTIFICATIONS, SIGN_OFF_REPLACE, SIGN_OFF_RESTORE, SLOTS, STATUS } from '../test-support/operations.js';
import { useTestServer } from '../test-support/test-team.js';

const em = () => server.orm.em.fork();

const { server } = useTestServer();

async function write(team: Team, index: number, markdown: string) {
  const lead = team.members.LEAD.client;
  const { version } = await sectionNow(lead, team, index);
  return (await lead.ok(SIGN_OFF_REPLACE, { i: { sectionId: team.sectionIds[index], markdown, baseVersion: version } })).replaceSectionContent.section;
}

async function status(team: Team, index: number) {
  return (await team.members.LEAD.client.ok(STATUS, { id: team.entryId })).entry.sections[index];
}

const counts = () => Promise.all([em().count(SignOff), em().count(AuditEvent), em().count(Notification)]);

describe('signing off a section', () => {
  it('records who, in which role and slot, what it means, the note, the content hash and a copy of the content', async () => {
    const team = await createTeam(server);
    const written = await write(team, 0, 'Sepsis screening of **Black** patients lagged.');
    const result = await signOff(team, 'MEDIC', 0, { note: 'Clinically accurate.' });
    expect(codeOf(result)).toBe('OK');
    expect(result.data!.signOffSection.signOff).toMatchObject({
      slotKey: 'clinician',
      meaning: 'APPROVE',
      role: 'MEDIC',
      stale: false,
      current: true,
      markdown: 'Sepsis screening of **Black** patients lagged.',
    });
    const section = await status(team, 0);
    expect(section.signOffs.nodes[0]).toMatchObject({ note: 'Clinically accurate.', contentHash: written.contentHash, signer: { id: team.members.MEDIC.user.id }, diffSinceSigned: [] });
    expect(section.signOffStatus).toMatchObject({
      approved: false,
      slots: [
        { key: 'lead', held: false, heldBy: null },
        { key: 'clinician', held: true, heldBy: { signer: { name: 'Test MEDIC' } } },
      ],
    });
    expect(codeOf(await signOff(team, 'LEAD', 0))).toBe('OK');
    expect((await status(team, 0)).signOffStatus.approved).toBe(true);
  });

  it('refuses a wrong password or a contentHash that is no longer current, and writes nothing', async () => {
    const team = await createTeam(server);
    const before = await write(team, 1, 'First version.');
    await write(team, 1, 'Second version.');
    const snapshot = await counts();
    const wrong = await signOff(team, 'ANALYST', 1, { password: 'not my password' });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.field).toBe('input.password');
    const stale = await signOff(team, 'ANALYST', 1, { contentHash: before.contentHash });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.currentContentHash).toBe((await sectionNow(team.members.LEAD.client, team, 1)).contentHash);
    expect(codeOf(await signOff(team, 'ANALYST', 1, { contentHash: 'abc' }))).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(snapshot);
    expect(codeOf(await signOff(team, 'ANALYST', 1))).toBe('OK');
  });

  it('locks out password guessing after repeated failures (RATE_LIMITED)', async () => {
    const team = await createTeam(server);
    for (let i = 0; i < 10; i++) expect(codeOf(await signOff(team, 'NURSE', 1, { password: `guess ${i}` }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await signOff(team, 'NURSE', 1))).toBe('RATE_LIMITED');
  });

  it('lets each role fill only its own slots', async () => {
    const team = await createTeam(server);
    expect(codeOf(await signOff(team, 'NURSE', 0, { slotKey: 'lead' }))).toBe('FORBIDDEN');
    expect(codeOf(await signOff(team, 'NURSE', 0, { slotKey: 'nope' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await signOff(team, 'ANALYST', 0))).toBe('FORBIDDEN'); // no slot of section 0 is for an analyst
    expect(codeOf(await signOff(team, 'OBSERVER', 0))).toBe('FORBIDDEN');
    const { contentHash } = await sectionNow(team.members.LEAD.client, team, 0);
    const outsider = await team.outsider.client.request(SIGN_OFF, { i: { sectionId: team.sectionIds[0], meaning: 'APPROVE', contentHash, password: TEST_PASSWORD } });
    expect(codeOf(outsider)).toBe('NOT_FOUND');
    const { secret } = (await team.members.MEDIC.client.ok(CREATE_API_TOKEN, { i: { name: 's', scope: 'READ_WRITE' } })).createApiToken;
    const script = team.members.MEDIC.client.withToken(secret);
    expect(codeOf(await script.request(SIGN_OFF, { i: { sectionId: team.sectionIds[0], meaning: 'APPROVE', contentHash, password: TEST_PASSWORD } }))).toBe('FORBIDDEN');
  });

  it('counts only a signer’s latest sign-off: requesting changes after approving withdraws the approval', async () => {
    const team = await createTeam(server);
    await signOff(team, 'NURSE', 1);
    expect((await status(team, 1)).signOffStatus.slots[1].held).toBe(true);
    await signOff(team, 'NURSE', 1, { meaning: 'REQUEST_CHANGES', note: 'Add the 2024 figures.' });
    const section = await status(team, 1);
    expect(section.signOffStatus.slots[1].held).toBe(false);
    expect(section.signOffStatus.openChangeRequests).toHaveLength(1);
    expect(section.signOffs.nodes.map((s) => [s.meaning, s.superseded, s.current])).toEqual([
      ['REQUEST_CHANGES', false, true],
      ['APPROVE', true, false],
    ]);
    const writers = await team.members.MEDIC.client.ok(SIGN_OFF_NOTIFICATIONS);
    expect(writers.me!.notifications.nodes[0]).toMatchObject({ kind: 'CHANGES_REQUESTED', message: expect.stringContaining('Add the 2024 figures.'), sectionId: team.sectionIds[1] });
    expect((await team.members.PATIENT_REP.client.ok(SIGN_OFF_NOTIFICATIONS)).me!.notifications.nodes).toEqual([]); // cannot edit, so not asked to
  });
});

describe('a later change makes a sign-off stale', () => {
  async function signed(team: Team, index = 4) {
    await write(team, index, 'Patients co-designed the leaflet.\n\nNurses ran the sessions.');
    const result = await signOff(team, 'PATIENT_REP', index, { note: 'Reads well.' });
    expect(codeOf(result)).toBe('OK');
    return result.data!.signOffSection.signOff.id;
  }

  async function expectStale(team: Team, signOffId: string, index = 4) {
    const section = await status(team, index);
    const given = section.signOffs.nodes.find((s) => s.id === signOffId)!;
    expect(given).toMatchObject({ stale: true, current: false, superseded: false });
    expect(section.signOffStatus.slots.find((s) => s.key === 'patient-rep')!.held).toBe(false);
    expect(section.signOffStatus.staleSignOffs.map((s) => s.id)).toEqual([signOffId]);
    // The notice follows the edit's acknowledgement a moment later.
    await expect.poll(async () => (await team.members.PATIENT_REP.client.ok(SIGN_OFF_NOTIFICATIONS)).me!.notifications.nodes[0]).toMatchObject({ kind: 'SIGN_OFF_STALE', signOffId, read: false });
    return given;
  }

  it('by a live edit: still shown, with the diff since, and no longer counted', async () => {
    const team = await createTeam(server);
    const id = await signed(team);
    const editor = new LiveEditor(server.url, team.sectionIds[4], team.members.NURSE.client.cookie!, 'nurse');
    await editor.connect();
    const paragraph = editor.doc.getXmlFragment('content').get(1) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert('Nurses ran'.length, ' weekly');
    await editor.flush();
    editor.disconnect();
    const given = await expectStale(team, id);
    expect(given.diffSinceSigned).toEqual([
      { op: 'EQUAL', text: 'Patients co-designed the leaflet.\n\nNurses ran ' },
      { op: 'INSERT', text: 'weekly ' },
      { op: 'EQUAL', text: 'the sessions.' },
    ]);
    const log = await em().find(AuditEvent, { entryId: team.entryId, action: AuditAction.SIGN_OFF_STALE });
    expect(log).toHaveLength(1);
  });

  it('by replaceSectionContent', async () => {
    const team = await createTeam(server);
    const id = await signed(team);
    await write(team, 4, 'Patients co-designed the leaflet.\n\nNurses and patients ran the sessions.');
    const given = await expectStale(team, id);
    expect(given.diffSinceSigned).toContainEqual({ op: 'INSERT', text: 'and patients ' });
  });

  it('by restoring an earlier revision', async () => {
    const team = await createTeam(server);
    await write(team, 4, 'An early draft.');
    const id = await signed(team);
    const revisions = await team.members.LEAD.client.ok(REVISIONS, { id: team.entryId });
    const early = revisions.entry.sections[4].revisions.nodes.find((r) => r.markdown === 'An early draft.')!;
    await team.members.NURSE.client.ok(SIGN_OFF_RESTORE, { i: { revisionId: early.id } });
    const given = await expectStale(team, id);
    const side = (op: string) =>
      given.diffSinceSigned
        .filter((p) => p.op !== op)
        .map((p) => p.text)
        .join('');
    expect(side('INSERT')).toBe('Patients co-designed the leaflet.\n\nNurses ran the sessions.'); // as signed
    expect(side('DELETE')).toBe('An early draft.'); // as now
  });

  it('counts again when the content is put back exactly as it was signed (the hash is compared, not the history)', async () => {
    const team = await createTeam(server);
    const id = await signed(team);
    await write(team, 4, 'Something else entirely.');
    await write(team, 4, 'Patients co-designed the leaflet.\n\nNurses ran the sessions.');
    const section = await status(team, 4);
    expect(section.signOffs.nodes.find((s) => s.id === id)).toMatchObject({ stale: false, current: true, diffSinceSigned: [] });
    expect(section.signOffStatus.slots.find((s) => s.key === 'patient-rep')!.held).toBe(true);
  });
});

describe('setSignOffSlots', () => {
  it('lets the lead change the slots a section needs; sign-offs for a slot that is gone stop counting', async () => {
    const team = await createTeam(server);
    await signOff(team, 'MANAGER', 2);
    expect((await status(team, 2)).signOffStatus.approved).toBe(true);
    const slots: SignOffSlotInput[] = [{ key: 'analyst', label: 'A data analyst', roles: ['ANALYST'] }];
    expect(codeOf(await team.members.MANAGER.client.request(SLOTS, { i: { sectionId: team.sectionIds[2], slots } }))).toBe('FORBIDDEN');
    const set = await team.members.LEAD.client.ok(SLOTS, { i: { sectionId: team.sectionIds[2], slots } });
    expect(set.setSignOffSlots.section.signOffSlots).toEqual([{ key: 'analyst' }]);
    expect((await status(team, 2)).signOffStatus).toMatchObject({ approved: false, slots: [{ key: 'analyst', held: false }] });
    const none = await team.members.LEAD.client.ok(SLOTS, { i: { sectionId: team.sectionIds[2], slots: [] } });
    expect(none.setSignOffSlots.section.signOffSlots).toEqual([]);
    expect((await status(team, 2)).signOffStatus.approved).toBe(true); // nothing needed
  });

  it('refuses duplicate keys, slots nobody may fill, and bad roles (BAD_USER_INPUT), changing nothing', async () => {
    const team = await createTeam(server);
    const lead = team.members.LEAD.client;
    const bad = async (slots: SignOffSlotInput[]) => lead.request(SLOTS, { i: { sectionId: team.sectionIds[0], slots } });
    const dup = await bad([
      { key: 'a', label: 'A', roles: ['NURSE'] },
      { key: 'a', label: 'B', roles: ['MEDIC'] },
    ]);
    expect(codeOf(dup)).toBe('BAD_USER_INPUT');
    expect(dup.errors![0].extensions!.field).toBe('input.slots');
    expect(codeOf(await bad([{ key: 'watch', label: 'Observers', roles: ['OBSERVER'] }]))).toBe('BAD_USER_INPUT');
    expect(codeOf(await bad([{ key: 'x', label: 'None', roles: [] }]))).toBe('BAD_USER_INPUT');
    expect(codeOf(await bad([{ key: 'Bad Key', label: 'X', roles: ['NURSE'] }]))).toBe('BAD_USER_INPUT');
    expect((await status(team, 0)).signOffStatus.slots.map((s) => s.key)).toEqual(['lead', 'clinician']);
  });
});
