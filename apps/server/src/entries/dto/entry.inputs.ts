import type { Role } from '@quorum/domain';
import { IsEmail, IsIn, Length, MaxLength } from 'class-validator';
import { ROLES } from '@quorum/domain';
import { Field, ID, InputType } from 'type-graphql';
import { RoleEnum } from '../../common/enums.js';

@InputType({ description: 'A new entry, created from a template.' })
export class CreateEntryInput {
  @Field(() => ID, { description: 'The template to start from (see `templates`).' })
  templateId!: string;

  @Field(() => String, { description: 'Working title, e.g. "Safer maternity care for Black women in Leeds".' })
  @Length(1, 200, { message: 'Enter a title of 1 to 200 characters.' })
  title!: string;
}

@InputType({ description: 'Invite someone to an entry.' })
export class InviteMemberInput {
  @Field(() => ID, { description: 'The entry.' })
  entryId!: string;

  @Field(() => String, { description: 'Their email address; only an account with this address can accept.' })
  @IsEmail({}, { message: 'Enter an email address in the right format, like name@nhs.net.' })
  @MaxLength(254)
  email!: string;

  @Field(() => RoleEnum, { description: 'Their role in the entry.' })
  @IsIn([...ROLES])
  role!: Role;
}

@InputType({ description: 'Accept an invitation.' })
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The secret from the invitation link.' })
  @Length(1, 200)
  token!: string;
}

@InputType({ description: 'Change a member’s role.' })
export class ChangeMemberRoleInput {
  @Field(() => ID, { description: 'The membership (see `Entry.members`).' })
  membershipId!: string;

  @Field(() => RoleEnum, { description: 'The new role.' })
  @IsIn([...ROLES])
  role!: Role;
}

@InputType({ description: 'Remove a member from an entry (or leave it yourself).' })
export class RemoveMemberInput {
  @Field(() => ID, { description: 'The membership (see `Entry.members`).' })
  membershipId!: string;
}

@InputType({ description: 'A pending invitation (see `Entry.pendingInvitations`).' })
export class InvitationIdInput {
  @Field(() => ID, { description: 'The invitation.' })
  invitationId!: string;
}
