import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, queryText } from '../test-support/api-client.js';
import { addMember, createTeam, createUser } from '../test-support/factories.js';
import type { InviteMemberInput } from '../test-support/gql/graphql.js';
import { useTestServer } from '../test-support/test-team.js';
import { Criterion } from '../sections/criterion.entity.js';
import { Section } from '../sections/section.entity.js';
import { Entry } from './entry.entity.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { ACCEPT, CREATE, ENTRIES_CHANGE_ROLE, ENTRIES_ENTRY, ENTRIES_INVITE, GARBAGE_CURSOR, INVITATION, PAGE, REMOVE, SET_WORD_LIMIT, TEMPLATES, TOO_LONG_PAGE } from '../test-support/operations.js';

const { server } = useTestServer({ QUORUM_PUBLIC_URL: 'https://quorum.example.nhs.uk' });
let templateId: string;
const em = () => server.orm.em.fork();

beforeAll(async () => {
  const { client } = await createUser(server, 'Template Reader');
  templateId = (await client.ok(TEMPLATES)).templates[0].id;
});

describe('creating an entry from the award template', () => {
  it('gives five sections with their criteria, guidance, word limits and sign-off slots, and makes the creator lead', async () => {
    const { client } = await createUser(server, 'Amara Okafor');
    const { entry } = (await client.ok(CREATE, { input: { templateId, title: '  Safer sepsis care  ' } })).createEntry;
    expect(entry.title).toBe('Safer sepsis care');
    expect(entry.state).toBe('DRAFT');
    expect(entry.viewerRole).toBe('LEAD');
    expect(entry.members).toEqual([{ role: 'LEAD', user: { name: 'Amara Okafor' } }]);
    expect(entry.sections.map((s) => s.key)).toEqual(['need-and-initiative', 'safety-impact', 'spread-and-scale', 'quality-and-value', 'involvement-and-teamwork']);
    expect(entry.sections.map((s) => s.criteria.length)).toEqual([3, 4, 2, 3, 3]);
    expect(entry.sections[1].criteria[1].text).toMatch(/must include a quantitative aspect/);
    expect(entry.sections[3].signOffSlots).toContainEqual({ key: 'patient-rep', roles: ['PATIENT_REP'] });
  });

  it('refuses an unknown template (NOT_FOUND), a malformed id and a blank title (BAD_USER_INPUT), writing nothing', async () => {
    const { client } = await createUser(server, 'Careful Lead');
    const before = await Promise.all([em().count(Entry), em().count(Section), em().count(Criterion), em().count(Membership)]);
    expect(codeOf(await client.request(CREATE, { input: { templateId: '00000000-0000-4000-8000-000000000000', title: 'X' } }))).toBe('NOT_FOUND');
    const badId = await client.request(CREATE, { input: { templateId: 'template-1', title: 'X' } });
    expect(codeOf(badId)).toBe('BAD_USER_INPUT');
    expect(badId.errors![0].extensions!.field).toBe('input.templateId');
    expect(codeOf(await client.request(CREATE, { input: { templateId, title: '' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await client.request(CREATE, { input: { templateId, title: 't'.repeat(201) } }))).toBe('BAD_USER_INPUT');
    expect(await Promise.all([em().count(Entry), em().count(Section), em().count(Criterion), em().count(Membership)])).toEqual(before);
  });
});

describe('listing and reading entries', () => {
  it('pages through my entries newest first, with a total and cursors, and never shows others’ entries', async () => {
    const { client } = await createUser(server, 'Prolific');
    const other = await createUser(server, 'Someone Else');
    await other.client.ok(CREATE, { input: { templateId, title: 'Not yours' } });
    for (const title of ['One', 'Two', 'Three']) await client.ok(CREATE, { input: { templateId, title } });
    const first = (await client.ok(PAGE)).entries;
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((n) => n.title)).toEqual(['Three', 'Two']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await client.ok(PAGE, { after: first.pageInfo.endCursor })).entries;
    expect(second.nodes.map((n) => n.title)).toEqual(['One']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await client.request(TOO_LONG_PAGE))).toBe('BAD_USER_INPUT');
    expect(codeOf(await client.request(GARBAGE_CURSOR))).toBe('BAD_USER_INPUT');
  });

  it('a non-member gets NOT_FOUND (not FORBIDDEN), a malformed id BAD_USER_INPUT', async () => {
    const team = await createTeam(server);
    expect(codeOf(await team.outsider.client.request(ENTRIES_ENTRY, { id: team.entryId }))).toBe('NOT_FOUND');
    expect(codeOf(await team.outsider.client.request(ENTRIES_ENTRY, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(codeOf(await team.outsider.client.request(ENTRIES_ENTRY, { id: 'abc' }))).toBe('BAD_USER_INPUT');
    const read = (await team.members.OBSERVER.client.ok(ENTRIES_ENTRY, { id: team.entryId })).entry;
    expect(read.members.map((m) => m.role)).toEqual(['LEAD', 'MANAGER', 'MEDIC', 'NURSE', 'ALLIED_HEALTH', 'ANALYST', 'PATIENT_REP', 'OBSERVER']);
  });
});

describe('invitations', () => {
  it('the lead invites by email and role; the invitee previews the link, signs up with that address and joins', async () => {
    const team = await createTeam(server);
    const email = `new.nurse.${Date.now()}@example.nhs.uk`;
    const invited = (await team.members.LEAD.client.ok(ENTRIES_INVITE, { input: { entryId: team.entryId, email: email.toUpperCase(), role: 'NURSE' } })).inviteMember;
    expect(invited.invitation).toMatchObject({ email, role: 'NURSE' });
    expect(invited.inviteUrl).toBe(`https://quorum.example.nhs.uk/invitations/${invited.token}`);
    const stored = await em().findOneOrFail(Invitation, invited.invitation.id);
    expect(stored.secretHash).not.toBe(invited.token);

    const preview = (await server.client().ok(INVITATION, { t: invited.token })).invitation;
    expect(preview).toEqual({ entryTitle: 'A team entry', role: 'NURSE', email, invitedByName: 'Test LEAD' });

    const invitee = await server.signUp('New Nurse', email);
    const accepted = (await invitee.client.ok(ACCEPT, { input: { token: invited.token } })).acceptInvitation;
    expect(accepted.membership.role).toBe('NURSE');
    expect(accepted.entry.id).toBe(team.entryId);
    // used once only
    expect(codeOf(await invitee.client.request(ACCEPT, { input: { token: invited.token } }))).toBe('NOT_FOUND');
  });

  it('only the address invited can accept; a stranger’s attempt is FORBIDDEN and writes nothing', async () => {
    const team = await createTeam(server);
    const invited = (await team.members.LEAD.client.ok(ENTRIES_INVITE, { input: { entryId: team.entryId, email: 'someone@example.nhs.uk', role: 'MEDIC' } })).inviteMember;
    const members = await em().count(Membership, { entry: team.entryId });
    expect(codeOf(await team.outsider.client.request(ACCEPT, { input: { token: invited.token } }))).toBe('FORBIDDEN');
    expect(await em().count(Membership, { entry: team.entryId })).toBe(members);
    expect((await em().findOneOrFail(Invitation, invited.invitation.id)).acceptedAt).toBeNull();
  });

  it('re-inviting replaces the earlier link; inviting a member is CONFLICT; unknown and expired tokens are NOT_FOUND', async () => {
    const team = await createTeam(server);
    const input: InviteMemberInput = { entryId: team.entryId, email: 'twice@example.nhs.uk', role: 'ANALYST' };
    const first = (await team.members.LEAD.client.ok(ENTRIES_INVITE, { input })).inviteMember;
    const second = (await team.members.LEAD.client.ok(ENTRIES_INVITE, { input })).inviteMember;
    const invitee = await server.signUp('Twice', 'twice@example.nhs.uk');
    expect(codeOf(await invitee.client.request(ACCEPT, { input: { token: first.token } }))).toBe('NOT_FOUND');

    const nurseEmail = team.members.NURSE.user.email;
    const dup = await team.members.LEAD.client.request(ENTRIES_INVITE, { input: { ...input, email: nurseEmail } });
    expect(codeOf(dup)).toBe('CONFLICT');

    expect(codeOf(await invitee.client.request(ACCEPT, { input: { token: 'made-up' } }))).toBe('NOT_FOUND');
    await em().nativeUpdate(Invitation, { id: second.invitation.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(codeOf(await invitee.client.request(ACCEPT, { input: { token: second.token } }))).toBe('NOT_FOUND');
  });

  it('refuses bad invitation input: malformed email, unknown role, unknown entry', async () => {
    const team = await createTeam(server);
    const lead = team.members.LEAD.client;
    const invitations = await em().count(Invitation);
    expect(codeOf(await lead.request(ENTRIES_INVITE, { input: { entryId: team.entryId, email: 'nope', role: 'NURSE' } }))).toBe('BAD_USER_INPUT');
    // The document's text as a string: the role is deliberately not one of the schema's.
    expect(codeOf(await lead.request(queryText(ENTRIES_INVITE), { input: { entryId: team.entryId, email: 'a@b.nhs.uk', role: 'SURGEON' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await lead.request(ENTRIES_INVITE, { input: { entryId: '00000000-0000-4000-8000-000000000000', email: 'a@b.nhs.uk', role: 'NURSE' } }))).toBe('NOT_FOUND');
    expect(await em().count(Invitation)).toBe(invitations);
  });
});

describe('roles and removal', () => {
  it('the lead changes a role and removes a member; a member can leave', async () => {
    const team = await createTeam(server);
    const lead = team.members.LEAD.client;
    const changed = (await lead.ok(ENTRIES_CHANGE_ROLE, { input: { membershipId: team.members.OBSERVER.membershipId, role: 'PATIENT_REP' } })).changeMemberRole;
    expect(changed.membership.role).toBe('PATIENT_REP');
    const removed = (await lead.ok(REMOVE, { input: { membershipId: team.members.ANALYST.membershipId } })).removeMember;
    expect(removed).toEqual({ removedMembershipId: team.members.ANALYST.membershipId, entry: { id: team.entryId } });
    expect(codeOf(await team.members.ANALYST.client.request(ENTRIES_ENTRY, { id: team.entryId }))).toBe('NOT_FOUND');
    const left = (await team.members.MEDIC.client.ok(REMOVE, { input: { membershipId: team.members.MEDIC.membershipId } })).removeMember;
    expect(left.entry).toBeNull();
  });

  it('an entry always keeps a lead: demoting or removing the last lead is CONFLICT and changes nothing', async () => {
    const team = await createTeam(server);
    const lead = team.members.LEAD;
    expect(codeOf(await lead.client.request(ENTRIES_CHANGE_ROLE, { input: { membershipId: lead.membershipId, role: 'NURSE' } }))).toBe('CONFLICT');
    expect(codeOf(await lead.client.request(REMOVE, { input: { membershipId: lead.membershipId } }))).toBe('CONFLICT');
    expect((await em().findOneOrFail(Membership, lead.membershipId)).role).toBe('LEAD');

    // With a second lead, the first may step down.
    await lead.client.ok(ENTRIES_CHANGE_ROLE, { input: { membershipId: team.members.MANAGER.membershipId, role: 'LEAD' } });
    expect((await lead.client.ok(ENTRIES_CHANGE_ROLE, { input: { membershipId: lead.membershipId, role: 'MANAGER' } })).changeMemberRole.membership.role).toBe('MANAGER');
  });

  it('two leads demoting themselves at the same moment cannot leave the entry with none', async () => {
    const team = await createTeam(server);
    const second = await addMember(server, team.entryId, 'LEAD', 'Second Lead');
    const results = await Promise.all([
      team.members.LEAD.client.request(ENTRIES_CHANGE_ROLE, { input: { membershipId: team.members.LEAD.membershipId, role: 'NURSE' } }),
      second.client.request(ENTRIES_CHANGE_ROLE, { input: { membershipId: second.membershipId, role: 'NURSE' } }),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await em().count(Membership, { entry: team.entryId, role: 'LEAD' })).toBe(1);
  });

  it('a membership of another entry is NOT_FOUND to a lead who is not in it', async () => {
    const mine = await createTeam(server);
    const theirs = await createTeam(server);
    const result = await mine.members.LEAD.client.request(REMOVE, { input: { membershipId: theirs.members.NURSE.membershipId } });
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await em().count(Membership, { id: theirs.members.NURSE.membershipId })).toBe(1);
  });
});

describe('section settings', () => {
  it('the lead changes a word limit; out-of-range limits are BAD_USER_INPUT', async () => {
    const team = await createTeam(server);
    const sectionId = team.sectionIds[2];
    expect((await team.members.LEAD.client.ok(SET_WORD_LIMIT, { input: { sectionId, wordLimit: 750 } })).setSectionWordLimit.section.wordLimit).toBe(750);
    expect(codeOf(await team.members.LEAD.client.request(SET_WORD_LIMIT, { input: { sectionId, wordLimit: 0 } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await team.members.LEAD.client.request(SET_WORD_LIMIT, { input: { sectionId, wordLimit: 1.5 } }))).toBe('BAD_USER_INPUT');
    expect((await em().findOneOrFail(Section, sectionId)).wordLimit).toBe(750);
  });
});
