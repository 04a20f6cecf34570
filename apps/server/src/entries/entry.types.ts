import type { Role } from '@quorum/domain';
import { Field, ObjectType } from 'type-graphql';
import { RoleEnum } from '../common/enums.js';

/** Computed by the server from the permission policy, so the client can hide what the viewer may not do. */
@ObjectType({ description: 'What the viewer may do in this entry. The server still enforces every one.' })
export class EntryAbilities {
  @Field(() => Boolean, { description: 'Read the entry, its sections and comments.' })
  canRead!: boolean;

  @Field(() => Boolean, { description: 'Edit section text.' })
  canEdit!: boolean;

  @Field(() => Boolean, { description: 'Comment and reply.' })
  canComment!: boolean;

  @Field(() => Boolean, { description: 'Sign off sections in their role.' })
  canSignOff!: boolean;

  @Field(() => Boolean, { description: 'Invite, change roles and remove members.' })
  canManageTeam!: boolean;

  @Field(() => Boolean, { description: 'Change word limits and sign-off slots.' })
  canConfigure!: boolean;

  @Field(() => Boolean, { description: 'Move the workflow and submit.' })
  canMoveWorkflow!: boolean;

  @Field(() => Boolean, { description: 'Export the entry.' })
  canExport!: boolean;

  @Field(() => Boolean, { description: 'Read the audit log.' })
  canReadAuditLog!: boolean;

  @Field(() => Boolean, { description: 'Define metrics, enter their values and link criteria to evidence.' })
  canEditEvidence!: boolean;

  @Field(() => Boolean, { description: 'Add testimonials and record their consent.' })
  canAddTestimonials!: boolean;
}

@ObjectType({ description: 'What an invitation link offers, shown before accepting it.' })
export class InvitationPreview {
  @Field(() => String, { description: 'Title of the entry.' })
  entryTitle!: string;

  @Field(() => RoleEnum, { description: 'The role offered.' })
  role!: Role;

  @Field(() => String, { description: 'The address invited.' })
  email!: string;

  @Field(() => String, { description: 'Name of the person who sent it.' })
  invitedByName!: string;

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt!: Date;
}
