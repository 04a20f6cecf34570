import { IsBoolean, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Someone present in an entry: which section they are in, and their editor’s awareness (cursor, selection, colour).' })
export class Presence {
  @Field(() => ID, { description: 'The entry.' })
  entryId!: string;

  @Field(() => String, { description: 'Their editor instance; one person may have several.' })
  clientId!: string;

  @Field(() => ID, { description: 'Who it is.' })
  userId!: string;

  @Field(() => String, { description: 'Their name.' })
  userName!: string;

  @Field(() => ID, { nullable: true, description: 'The section they are in, if any.' })
  sectionId!: string | null;

  @Field(() => String, { description: 'Base64 y-protocols awareness update, as their editor sent it.' })
  awareness!: string;

  @Field(() => Date, { description: 'When they were last heard from. After 30 seconds of silence they are gone.' })
  lastSeenAt!: Date;

  @Field(() => Boolean, { description: 'True when this event says they have left (or gone quiet).' })
  left!: boolean;
}

@InputType({ description: 'Where you are in an entry, sent when it changes and every few seconds while you are there.' })
export class UpdatePresenceInput {
  @Field(() => ID, { description: 'The entry.' })
  entryId!: string;

  @Field(() => String, { description: 'Your editor instance.' })
  @Length(1, 100, { message: 'clientId must be 1 to 100 characters.' })
  clientId!: string;

  @Field(() => ID, { nullable: true, description: 'The section you are in, if any.' })
  sectionId?: string | null;

  @Field(() => String, { defaultValue: '', description: 'Base64 y-protocols awareness update (at most 64 KB).' })
  @Length(0, 65_536, { message: 'awareness must be at most 64 KB.' })
  awareness!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'True when leaving, so others see you go at once.' })
  @IsBoolean()
  leaving!: boolean;
}

@ObjectType({ description: 'Your presence as others now see it.' })
export class UpdatePresencePayload {
  @Field(() => Presence, { description: 'Your presence.' })
  presence!: Presence;
}
