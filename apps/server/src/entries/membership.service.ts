import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ROLE_LABELS, type Role } from '@quorum/domain';
import { AuditAction } from '../audit/audit-event.entity.js';
import { appendAudit } from '../audit/audit.service.js';
import { recordMembershipChange } from '../audit/membership-audit.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import { normaliseEmail } from '../auth/auth.service.js';
import { User } from '../auth/user.entity.js';
import type { Context } from '../common/context.js';
import { apiError, conflict, forbidden, notFound, type DomainError } from '../common/errors.js';
import { inTransaction } from '../common/unit-of-work.js';
import { requireViewer } from '../policy/access.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import type { InviteMemberInput } from './dto/entry.inputs.js';
import { Entry } from './entry.entity.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { MailKind } from '../mail/mail-kinds.js';
import { queueMail } from '../mail/outbox.js';

const INVITATION_DAYS = 14;

export async function inviteMember(ctx: Context, input: InviteMemberInput) {
  const { user } = requireViewer(ctx);
  await authorizeEntry(ctx, input.entryId, 'team.manage');
  const email = normaliseEmail(input.email);
  const entry = ctx.em.getReference(Entry, input.entryId);
  if (await ctx.em.count(Membership, { entry, user: { email } })) {
    throw conflict(`${email} is already a member of this entry.`, { field: 'input.email' });
  }
  const { secret, hash } = newSecret();
  const invitation = await inTransaction(ctx, async ({ em }) => {
    // A new invitation to the same address replaces any earlier one still pending.
    await em.nativeUpdate(Invitation, { entry, email, acceptedAt: null, revokedAt: null }, { revokedAt: new Date() });
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86400_000);
    const created = em.create(Invitation, { entry, email, role: input.role, secretHash: hash, invitedBy: user, expiresAt });
    const summary = `${user.name} invited ${email} as ${ROLE_LABELS[input.role].toLowerCase()}.`;
    await appendAudit(em, entry.id, { action: AuditAction.MEMBER_INVITED, actor: user, summary, data: { invitationId: created.id, email, role: input.role } });
    // The link by email too, when the server sends mail (mail/outbox.ts): queued with the invitation, or not at all.
    const emailed = queueMail(em, { kind: MailKind.MEMBER_INVITED, toAddress: email, entryId: entry.id, path: `/invitations/${secret}`, actorId: user.id });
    return { created, emailed };
  });
  return { invitation: invitation.created, emailed: invitation.emailed, token: secret, inviteUrl: `${ctx.app.config.publicUrl}/invitations/${secret}` };
}

/** A pending, unexpired invitation by its link secret. */
export function findPendingInvitation(em: EntityManager, token: string, lock = false) {
  return em.findOne(
    Invitation,
    { secretHash: hashSecret(token), acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : { populate: ['entry', 'invitedBy'] },
  );
}

/**
 * Why a link no longer works, as `extensions.reason` beside NOT_FOUND, so that the invitation
 * page can say so: WITHDRAWN (by the lead, or replaced by a newer invitation or a fresh link),
 * USED, EXPIRED, or UNKNOWN (no such link).
 */
export async function invitationGone(em: EntityManager, token: string): Promise<DomainError> {
  const invitation = await em.findOne(Invitation, { secretHash: hashSecret(token) });
  const reason = !invitation ? 'UNKNOWN' : invitation.revokedAt ? 'WITHDRAWN' : invitation.acceptedAt ? 'USED' : 'EXPIRED';
  const why = {
    UNKNOWN: 'This invitation was not found',
    WITHDRAWN: 'This invitation was withdrawn or replaced by a newer one',
    USED: 'This invitation has already been used',
    EXPIRED: 'This invitation has expired',
  }[reason];
  return apiError('NOT_FOUND', `${why}. Ask the entry’s lead for a new one.`, { reason });
}

/** Checks the viewer may manage the invitation's entry's team; NOT_FOUND for an unknown id or an entry they cannot see. Before the transaction: it reads through the loaders. */
async function authorizeInvitation(ctx: Context, invitationId: string): Promise<void> {
  const invitation = await ctx.em.findOne(Invitation, { id: invitationId });
  if (!invitation) throw notFound('Invitation');
  await authorizeEntry(ctx, invitation.entry.id, 'team.manage', 'Invitation');
}

/** The invitation, locked, if it is still pending (expired counts: it may be sent again); CONFLICT otherwise. */
async function lockPending(em: EntityManager, invitationId: string): Promise<Invitation> {
  const invitation = await em.findOneOrFail(Invitation, { id: invitationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (invitation.acceptedAt || invitation.revokedAt) throw conflict('This invitation is no longer pending: it was accepted, withdrawn or replaced.', { field: 'input.invitationId' });
  return invitation;
}

/** Withdraws a pending invitation: its link stops working at once (invitationGone says WITHDRAWN). Lead only. */
export async function withdrawInvitation(ctx: Context, invitationId: string): Promise<Invitation> {
  await authorizeInvitation(ctx, invitationId);
  return inTransaction(ctx, async ({ em }) => {
    const invitation = await lockPending(em, invitationId);
    invitation.revokedAt = new Date();
    return invitation;
  });
}

/**
 * Sends a pending (or expired) invitation again with a fresh link and a fresh 14 days; the old
 * link stops working. Emailed as the first was, when the server sends mail. Lead only.
 */
export async function resendInvitation(ctx: Context, invitationId: string) {
  const { user } = requireViewer(ctx);
  await authorizeInvitation(ctx, invitationId);
  const { secret, hash } = newSecret();
  const { invitation, emailed } = await inTransaction(ctx, async ({ em }) => {
    const invitation = await lockPending(em, invitationId);
    invitation.secretHash = hash;
    invitation.expiresAt = new Date(Date.now() + INVITATION_DAYS * 86400_000);
    const emailed = queueMail(em, { kind: MailKind.MEMBER_INVITED, toAddress: invitation.email, entryId: invitation.entry.id, path: `/invitations/${secret}`, actorId: user.id });
    return { invitation, emailed };
  });
  return { invitation, emailed, token: secret, inviteUrl: `${ctx.app.config.publicUrl}/invitations/${secret}` };
}

export async function acceptInvitation(ctx: Context, token: string) {
  const { user } = requireViewer(ctx);
  return inTransaction(ctx, async ({ em, events }) => {
    const invitation = await findPendingInvitation(em, token, true);
    if (!invitation) throw await invitationGone(em, token);
    if (invitation.email !== user.email) {
      throw forbidden(`This invitation was sent to ${invitation.email}. Log in with that address to accept it.`);
    }
    if (await em.count(Membership, { entry: invitation.entry, user })) throw conflict('You are already a member of this entry.');
    invitation.acceptedAt = new Date();
    const membership = em.create(Membership, { entry: invitation.entry, user: em.getReference(User, user.id), role: invitation.role });
    events.push(...(await recordMembershipChange(em, ctx, AuditAction.MEMBER_JOINED, membership)));
    return { membership, entry: await em.findOneOrFail(Entry, invitation.entry.id) };
  });
}

/** The membership, if the viewer belongs to its entry; NOT_FOUND otherwise (no existence leak). */
async function visibleMembership(ctx: Context, membershipId: string): Promise<Membership> {
  const membership = await ctx.em.findOne(Membership, { id: membershipId });
  if (!membership || !(await ctx.loaders.viewerMembership.load(membership.entry.id))) throw notFound('Member');
  return membership;
}

/** The membership, locked; NOT_FOUND when a request at the same moment removed it (not an internal error). */
async function lockMembership(em: EntityManager, id: string): Promise<Membership> {
  const membership = await em.findOne(Membership, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!membership) throw notFound('Member');
  return membership;
}

/**
 * An entry always keeps at least one lead. The entry row is locked while leads are counted,
 * so that two leads demoting each other at once cannot leave it with none.
 */
async function assertKeepsALead(em: EntityManager, membership: Membership, newRole: Role | null) {
  if (membership.role !== 'LEAD' || newRole === 'LEAD') return;
  await em.findOneOrFail(Entry, membership.entry.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const leads = await em.count(Membership, { entry: membership.entry.id, role: 'LEAD' });
  if (leads <= 1) throw conflict('An entry must keep at least one lead. Make someone else lead first.');
}

export async function changeMemberRole(ctx: Context, membershipId: string, role: Role): Promise<Membership> {
  const target = await visibleMembership(ctx, membershipId);
  await authorizeEntry(ctx, target.entry.id, 'team.manage');
  return inTransaction(ctx, async ({ em, events, afterCommit }) => {
    const membership = await lockMembership(em, target.id);
    await assertKeepsALead(em, membership, role);
    const from = membership.role;
    if (from === role) return membership;
    membership.role = role;
    events.push(...(await recordMembershipChange(em, ctx, AuditAction.MEMBER_ROLE_CHANGED, membership, from)));
    // Whatever was trusted about the old role goes, in every process.
    afterCommit(() => ctx.app.revocations.publish({ kind: 'ROLE_CHANGED', userId: membership.user.id, entryId: target.entry.id }));
    return membership;
  });
}

/** A lead removes anyone; any member can remove themselves (leave the entry). */
export async function removeMember(ctx: Context, membershipId: string): Promise<{ entryId: string; self: boolean }> {
  const { user } = requireViewer(ctx);
  const target = await visibleMembership(ctx, membershipId);
  const self = target.user.id === user.id;
  if (!self) await authorizeEntry(ctx, target.entry.id, 'team.manage');
  await inTransaction(ctx, async ({ em, events, afterCommit }) => {
    const membership = await lockMembership(em, target.id);
    await assertKeepsALead(em, membership, null);
    em.remove(membership);
    events.push(...(await recordMembershipChange(em, ctx, self ? AuditAction.MEMBER_LEFT : AuditAction.MEMBER_REMOVED, membership)));
    afterCommit(() => ctx.app.revocations.publish({ kind: 'MEMBERSHIP_ENDED', userId: target.user.id, entryId: target.entry.id }));
  });
  return { entryId: target.entry.id, self };
}

export async function previewInvitation(ctx: Context, token: string) {
  const invitation = await findPendingInvitation(ctx.em, token);
  if (!invitation) throw await invitationGone(ctx.em, token);
  return {
    entryTitle: invitation.entry.title,
    role: invitation.role,
    email: invitation.email,
    invitedByName: invitation.invitedBy.name,
    expiresAt: invitation.expiresAt,
  };
}
