import { ENTRY_ACTION_RULES, ENTRY_ACTIONS, type EntryAbility, type Role } from '@quorum/domain';
import { Field, ObjectType } from 'type-graphql';
import { RoleEnum } from '../common/enums.js';

/**
 * What the viewer may do in an entry, computed by the server from the permission policy so the
 * client can hide what the viewer may not do: one Boolean field per action of the table in
 * @quorum/domain (ENTRY_ACTION_RULES), declared from it so that a new action cannot be missing here.
 */
export type EntryAbilities = Record<EntryAbility, boolean>;
export class EntryAbilitiesType {}
for (const action of ENTRY_ACTIONS) {
  const { ability, abilityDescription } = ENTRY_ACTION_RULES[action];
  Field(() => Boolean, { description: abilityDescription })(EntryAbilitiesType.prototype, ability);
}
ObjectType('EntryAbilities', { description: 'What the viewer may do in this entry. The server still enforces every one.' })(EntryAbilitiesType);

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
