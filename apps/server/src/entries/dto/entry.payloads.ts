import { Field, ID, ObjectType } from 'type-graphql';
import { Entry } from '../entry.entity.js';
import { Invitation } from '../invitation.entity.js';
import { Membership } from '../membership.entity.js';

@ObjectType({ description: 'The new entry.' })
export class CreateEntryPayload {
  @Field(() => Entry, { description: 'The entry, with its sections from the template; you are its lead.' })
  entry!: Entry;
}

@ObjectType({ description: 'The invitation and the link to send.' })
export class InviteMemberPayload {
  @Field(() => Invitation, { description: 'The invitation.' })
  invitation!: Invitation;

  @Field(() => String, { description: 'The link to send the invitee. Shown only now: its secret is stored hashed.' })
  inviteUrl!: string;

  @Field(() => String, { description: 'The secret within the link, for `acceptInvitation`.' })
  token!: string;

  @Field(() => Boolean, { description: 'Whether the link was emailed to the address too. False when this server sends no email (see `serverInfo.mailEnabled`): share the link by hand.' })
  emailed!: boolean;
}

@ObjectType({ description: 'The new membership.' })
export class AcceptInvitationPayload {
  @Field(() => Membership, { description: 'Your membership of the entry.' })
  membership!: Membership;

  @Field(() => Entry, { description: 'The entry you joined.' })
  entry!: Entry;
}

@ObjectType({ description: 'The changed membership.' })
export class ChangeMemberRolePayload {
  @Field(() => Membership, { description: 'The membership with its new role.' })
  membership!: Membership;
}

@ObjectType({ description: 'The removal.' })
export class RemoveMemberPayload {
  @Field(() => ID, { description: 'Id of the membership that no longer exists.' })
  removedMembershipId!: string;

  @Field(() => Entry, { nullable: true, description: 'The entry, or null when you removed yourself.' })
  entry!: Entry | null;
}

@ObjectType({ description: 'The invitation withdrawn; its link no longer works.' })
export class WithdrawInvitationPayload {
  @Field(() => Invitation, { description: 'The invitation, now withdrawn.' })
  invitation!: Invitation;
}
