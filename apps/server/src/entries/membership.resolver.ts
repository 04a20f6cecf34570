import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import type { Context } from '../common/context.js';
import { Access } from '../policy/access.js';
import { AcceptInvitationInput, ChangeMemberRoleInput, InvitationIdInput, InviteMemberInput, RemoveMemberInput } from './dto/entry.inputs.js';
import { AcceptInvitationPayload, ChangeMemberRolePayload, InviteMemberPayload, RemoveMemberPayload, WithdrawInvitationPayload } from './dto/entry.payloads.js';
import { Entry } from './entry.entity.js';
import { InvitationPreview } from './entry.types.js';
import { Membership } from './membership.entity.js';
import * as members from './membership.service.js';
import { InputArg } from '../common/input-arg.js';

@Resolver(() => Membership)
export class MembershipResolver {
  @Authorized(Access.USER_WRITE)
  @Mutation(() => InviteMemberPayload, { description: 'Invite someone by email, in a role. Lead only. Re-inviting an address replaces its earlier link.' })
  inviteMember(@InputArg(InviteMemberInput) input: InviteMemberInput, @Ctx() ctx: Context): Promise<InviteMemberPayload> {
    return members.inviteMember(ctx, input);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => WithdrawInvitationPayload, {
    description: 'Withdraw a pending invitation: its link stops working (NOT_FOUND with `extensions.reason` WITHDRAWN). Lead only; CONFLICT if it is no longer pending.',
  })
  async withdrawInvitation(@InputArg(InvitationIdInput) input: InvitationIdInput, @Ctx() ctx: Context): Promise<WithdrawInvitationPayload> {
    return { invitation: await members.withdrawInvitation(ctx, input.invitationId) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => InviteMemberPayload, {
    description:
      'Send a pending or expired invitation again: a fresh link valid for 14 days, emailed when the server sends mail; the old link stops working. Lead only; CONFLICT if it was accepted or withdrawn.',
  })
  resendInvitation(@InputArg(InvitationIdInput) input: InvitationIdInput, @Ctx() ctx: Context): Promise<InviteMemberPayload> {
    return members.resendInvitation(ctx, input.invitationId);
  }

  @Query(() => InvitationPreview, {
    description: 'What an invitation link offers, before signing up or accepting. NOT_FOUND if it is no longer valid, with `extensions.reason`: WITHDRAWN, USED, EXPIRED or UNKNOWN.',
  })
  async invitation(@Arg('token', () => String, { description: 'The secret from the invitation link.' }) token: string, @Ctx() ctx: Context): Promise<InvitationPreview> {
    return members.previewInvitation(ctx, token);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => AcceptInvitationPayload, { description: 'Join an entry with an invitation sent to your email address.' })
  acceptInvitation(@InputArg(AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() ctx: Context): Promise<AcceptInvitationPayload> {
    return members.acceptInvitation(ctx, input.token);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => ChangeMemberRolePayload, { description: 'Change a member’s role. Lead only; an entry always keeps at least one lead (CONFLICT).' })
  async changeMemberRole(@InputArg(ChangeMemberRoleInput) input: ChangeMemberRoleInput, @Ctx() ctx: Context): Promise<ChangeMemberRolePayload> {
    return { membership: await members.changeMemberRole(ctx, input.membershipId, input.role) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => RemoveMemberPayload, { description: 'Remove a member (lead only), or leave an entry yourself. The last lead cannot go (CONFLICT).' })
  async removeMember(@InputArg(RemoveMemberInput) input: RemoveMemberInput, @Ctx() ctx: Context): Promise<RemoveMemberPayload> {
    const { entryId, self } = await members.removeMember(ctx, input.membershipId);
    return { removedMembershipId: input.membershipId, entry: self ? null : await ctx.em.findOneOrFail(Entry, entryId) };
  }

  @FieldResolver(() => User, { description: 'The member.' })
  async user(@Root() membership: Membership, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(membership.user.id))!;
  }
}
