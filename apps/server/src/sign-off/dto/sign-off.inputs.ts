import type { Role } from '@quorum/domain';
import { ROLES } from '@quorum/domain';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsIn, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RoleEnum } from '../../common/enums.js';
import { SignOffMeaning } from '../sign-off.enums.js';

@InputType({ description: 'A sign-off of a section in your role, re-checked with your password (or a fresh sign-in at your identity provider).' })
export class SignOffSectionInput {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => SignOffMeaning, { description: 'Approve, or request changes.' })
  @IsEnum(SignOffMeaning)
  meaning!: SignOffMeaning;

  @Field(() => String, { defaultValue: '', description: 'A note, up to 2,000 characters; say what should change when requesting changes.' })
  @MaxLength(2000, { message: 'Keep the note to 2,000 characters.' })
  note!: string;

  @Field(() => String, { description: 'The `Section.contentHash` of the content you read and are signing; if the section has changed since, CONFLICT.' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'contentHash must be a section’s contentHash (64 hex characters).' })
  contentHash!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The `Section.evidenceDigest` of the evidence you were shown with that content: if a metric, its values or a testimonial the section presents has changed since, CONFLICT. Left out, the sign-off covers the evidence as it is when it is recorded (as before this field existed); the web app always gives it.',
  })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'evidenceDigest must be a section’s evidenceDigest (64 hex characters).' })
  evidenceDigest?: string | null;

  @Field(() => String, { nullable: true, description: 'Your password, again: a sign-off is a deliberate act by you. Or, if you sign in with single sign-on, `confirmation` instead.' })
  @IsOptional()
  @Length(1, 200, { message: 'Enter your password.' })
  password?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Instead of a password, for someone who signs in with single sign-on: the confirmation from a fresh sign-in at the identity provider (`/auth/sso/confirm` sends you back with `#sso-confirmation=<it>`); good once, in the same session, for 10 minutes.',
  })
  @IsOptional()
  @Length(1, 200, { message: 'confirmation is not a confirmation from your identity provider.' })
  confirmation?: string | null;

  @Field(() => String, { nullable: true, description: 'The slot you sign for (see `Section.signOffStatus`); by default the first one your role fills, preferring one not yet held.' })
  @IsOptional()
  @Length(1, 100)
  slotKey?: string | null;
}

@InputType({ description: 'A sign-off a section needs.' })
export class SignOffSlotInput {
  @Field(() => String, { description: 'Stable key within the section: lower-case letters, digits and dashes, e.g. "clinician".' })
  @Matches(/^[a-z0-9-]{1,100}$/, { message: 'A slot key is 1 to 100 lower-case letters, digits or dashes.' })
  key!: string;

  @Field(() => String, { description: 'What the slot means, e.g. "A clinician (medic or nurse)".' })
  @Length(1, 200, { message: 'A slot label is 1 to 200 characters.' })
  label!: string;

  @Field(() => [RoleEnum], { description: 'Roles any one of which can fill it.' })
  @ArrayMinSize(1, { message: 'A slot needs at least one role.' })
  @IsIn([...ROLES], { each: true })
  roles!: Role[];
}

@InputType({ description: 'The sign-offs a section needs, replacing the ones it had.' })
export class SetSignOffSlotsInput {
  @Field(() => ID, { description: 'The section.' })
  sectionId!: string;

  @Field(() => [SignOffSlotInput], { description: 'Up to 10 slots; none means the section needs no sign-off.' })
  @ArrayMaxSize(10, { message: 'At most 10 sign-off slots.' })
  @ValidateNested({ each: true })
  slots!: SignOffSlotInput[];
}

@InputType({ description: 'An entry to send for review.' })
export class RequestReviewInput {
  @Field(() => ID, { description: 'The entry.' })
  entryId!: string;
}

@InputType({ description: 'An approved entry to submit.' })
export class SubmitEntryInput {
  @Field(() => ID, { description: 'The entry.' })
  entryId!: string;
}

@InputType({ description: 'A submitted entry to reopen, and why.' })
export class ReopenEntryInput {
  @Field(() => ID, { description: 'The entry.' })
  entryId!: string;

  @Field(() => String, { description: 'Why it is reopened (recorded in the audit log), 1 to 1,000 characters.' })
  @Length(1, 1000, { message: 'Say why the entry is reopened, in 1 to 1,000 characters.' })
  reason!: string;
}
