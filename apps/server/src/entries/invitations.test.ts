import { describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { createTeam, createUser } from '../test-support/factories.js';
import { graphql } from '../test-support/gql/index.js';
import { graphqlWsClient, subscribe } from '../test-support/ws-client.js';
import { ADD, INVITATIONS_INVITE, NOTIFICATION_ADDED, PENDING, PREVIEW, RESEND, WITHDRAW } from '../test-support/operations.js';
import { useTestServer } from '../test-support/test-team.js';

const { server } = useTestServer();

describe('withdrawing and resending invitations', () => {
  it('a withdrawn invitation’s link stops working with reason WITHDRAWN; only the lead may withdraw, once', async () => {
    const team = await createTeam(server);
    const lead = team.members.LEAD.client;
    const sent = (await lead.ok(INVITATIONS_INVITE, { i: { entryId: team.entryId, email: 'grace@example.nhs.uk', role: 'NURSE' } })).inviteMember;
    expect((await lead.ok(PREVIEW, { t: sent.token })).invitation.email).toBe('grace@example.nhs.uk');

    const byNurse = await team.members.NURSE.client.request(WITHDRAW, { i: { invitationId: sent.invitation.id } });
    expect(codeOf(byNurse)).toBe('FORBIDDEN');
    expect(codeOf(await team.outsider.client.request(WITHDRAW, { i: { invitationId: sent.invitation.id } }))).toBe('NOT_FOUND');
    expect(codeOf(await lead.request(WITHDRAW, { i: { invitationId: '00000000-0000-4000-8000-000000000000' } }))).toBe('NOT_FOUND');

    await lead.ok(WITHDRAW, { i: { invitationId: sent.invitation.id } });
    const gone = await lead.request(PREVIEW, { t: sent.token });
    expect(gone.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'WITHDRAWN' });
    expect((await lead.ok(PENDING, { id: team.entryId })).entry.pendingInvitations).toEqual([]);
    // Twice: no longer pending, and nothing changes.
    const again = await lead.request(WITHDRAW, { i: { invitationId: sent.invitation.id } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.invitationId' });
    expect(codeOf(await lead.request(RESEND, { i: { invitationId: sent.invitation.id } }))).toBe('CONFLICT');
  });

  it('resending gives a fresh link and expiry; the old link stops working, the new one lets the invitee join', async () => {
    const team = await createTeam(server);
    const lead = team.members.LEAD.client;
    const invitee = await createUser(server, 'Grace');
    const sent = (await lead.ok(INVITATIONS_INVITE, { i: { entryId: team.entryId, email: invitee.user.email, role: 'ANALYST' } })).inviteMember;
    expect(codeOf(await team.members.MANAGER.client.request(RESEND, { i: { invitationId: sent.invitation.id } }))).toBe('FORBIDDEN');

    const resent = (await lead.ok(RESEND, { i: { invitationId: sent.invitation.id } })).resendInvitation;
    expect(resent.invitation.id).toBe(sent.invitation.id);
    expect(resent.token).not.toBe(sent.token);
    expect(resent.inviteUrl).toContain(`/invitations/${resent.token}`);
    expect(new Date(resent.invitation.expiresAt).getTime()).toBeGreaterThanOrEqual(new Date(sent.invitation.expiresAt).getTime());
    expect((await lead.ok(PENDING, { id: team.entryId })).entry.pendingInvitations).toEqual([{ id: sent.invitation.id, expiresAt: resent.invitation.expiresAt }]);

    const old = await invitee.client.request(PREVIEW, { t: sent.token });
    expect(old.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN' });
    const joined = await invitee.client.request(
      graphql(`
        mutation InvitationsAccept($t: String!) {
          acceptInvitation(input: { token: $t }) {
            membership {
              role
            }
          }
        }
      `),
      { t: resent.token },
    );
    expect(joined.data?.acceptInvitation.membership.role).toBe('ANALYST');
    const used = await invitee.client.request(PREVIEW, { t: resent.token });
    expect(used.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'USED' });
    expect(codeOf(await lead.request(WITHDRAW, { i: { invitationId: sent.invitation.id } }))).toBe('CONFLICT');
  });

  it('a bad id is BAD_USER_INPUT', async () => {
    const team = await createTeam(server);
    expect(codeOf(await team.members.LEAD.client.request(WITHDRAW, { i: { invitationId: 'nope' } }))).toBe('BAD_USER_INPUT');
  });
});

describe('notificationAdded', () => {
  it('a mention reaches the person mentioned live, and nobody else', async () => {
    const team = await createTeam(server);
    const received: { person: string; kind: string; commentId: string | null; actor: string | undefined; read: boolean }[] = [];
    const sockets = (['MEDIC', 'ANALYST'] as const).map((role) => {
      const socket = graphqlWsClient(server.url, { cookie: team.members[role].client.cookie!, origin: server.url });
      subscribe(
        socket,
        NOTIFICATION_ADDED,
        {},
        {
          next: ({ data }) =>
            data &&
            received.push({
              person: role,
              kind: data.notificationAdded.kind,
              commentId: data.notificationAdded.commentId,
              actor: data.notificationAdded.actor?.name,
              read: data.notificationAdded.read,
            }),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      return socket;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const comment = (await team.members.NURSE.client.ok(ADD, { i: { sectionId: team.sectionIds[0], body: '@Medic please check', mentionedUserIds: [team.members.MEDIC.user.id] } })).addComment
        .comment;
      await expect.poll(() => received.length, { timeout: 5000 }).toBe(1);
      expect(received).toEqual([{ person: 'MEDIC', kind: 'MENTION', commentId: comment.id, actor: team.members.NURSE.user.name, read: false }]);
    } finally {
      await Promise.all(sockets.map((s) => s.dispose()));
    }
  });
});
