import type { Role } from '@quorum/domain';
import { Field, ObjectType } from 'type-graphql';
import { RoleEnum } from '../common/enums.js';
import { Entry } from '../entries/entry.entity.js';
import { Section } from '../sections/section.entity.js';
import { DiffOp } from './sign-off.enums.js';
import { SignOff } from './sign-off.entity.js';

@ObjectType({ description: 'One part of a word-level diff between two texts.' })
export class TextDiffPart {
  @Field(() => DiffOp, { description: 'Unchanged, added or removed.' })
  op!: DiffOp;

  @Field(() => String, { description: 'The text of this part.' })
  text!: string;
}

@ObjectType({ description: 'A sign-off slot of a section, and whether a current approval holds it.' })
export class SignOffSlotStatus {
  @Field(() => String, { description: 'The slot’s key.' })
  key!: string;

  @Field(() => String, { description: 'What the slot means.' })
  label!: string;

  @Field(() => [RoleEnum], { description: 'Roles any one of which can fill it.' })
  roles!: Role[];

  @Field(() => Boolean, { description: 'True while a current approval holds it.' })
  held!: boolean;

  @Field(() => SignOff, { nullable: true, description: 'The approval holding it.' })
  heldBy!: SignOff | null;
}

@ObjectType({ description: 'Where a section stands with its sign-offs.' })
export class SectionSignOffStatus {
  @Field(() => [SignOffSlotStatus], { description: 'Each slot the section needs, and whether it is held.' })
  slots!: SignOffSlotStatus[];

  @Field(() => [SignOff], { description: 'Requests for changes on the current content: each holds the entry back from APPROVED.' })
  openChangeRequests!: SignOff[];

  @Field(() => [SignOff], { description: 'Latest sign-offs given on earlier content: shown with their diff, never counted.' })
  staleSignOffs!: SignOff[];

  @Field(() => Boolean, { description: 'True when every slot is held and no change request is open.' })
  approved!: boolean;
}

@ObjectType({ description: 'The new sign-off.' })
export class SignOffSectionPayload {
  @Field(() => SignOff, { description: 'The sign-off.' })
  signOff!: SignOff;

  @Field(() => Section, { description: 'The section signed off.' })
  section!: Section;

  @Field(() => Entry, { description: 'The entry, whose state may have moved (to APPROVED, or back to IN_REVIEW).' })
  entry!: Entry;
}

@ObjectType({ description: 'The section with its new sign-off slots.' })
export class SetSignOffSlotsPayload {
  @Field(() => Section, { description: 'The section.' })
  section!: Section;

  @Field(() => Entry, { description: 'The entry, whose state may have moved.' })
  entry!: Entry;
}

@ObjectType({ description: 'The entry after a workflow move.' })
export class EntryWorkflowPayload {
  @Field(() => Entry, { description: 'The entry, in its new state.' })
  entry!: Entry;
}
