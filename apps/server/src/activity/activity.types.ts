import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.js';
import { type EnumValue } from '../common/described-enum.js';
import { channelEnum } from '../common/happenings.js';

/** ActivityKind's values and their words are in common/happenings.ts, with the other channels' (one name per happening). */
export const ActivityKind = channelEnum('activity', 'ActivityKind', 'What an item of an entry’s activity history records.');
export type ActivityKind = EnumValue<typeof ActivityKind>;

/**
 * One item of an entry's history, read from what is already stored (comments, sign-offs,
 * section revisions, the audit log, evidence): nothing is written for it. The fields without
 * `@Field` are what the field resolvers (activity.resolver.ts) turn into users, a section
 * and the summary, through the per-request loaders.
 */
@ObjectType({ description: 'Something that happened in an entry, for its activity history (`Entry.activity`).' })
export class ActivityItem {
  @Field(() => ID, { description: 'Stable identifier: the kind of record it comes from and that record’s id.' })
  id!: string;

  @Field(() => ActivityKind, { description: 'What happened.' })
  kind!: ActivityKind;

  @Field(() => Date, { description: 'When it happened (to the millisecond).' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The comment concerned (the reply itself for a reply, the thread’s opening comment when resolved).' })
  commentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The thread (its opening comment) a reply belongs to.' })
  threadId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The sign-off concerned, for SIGNED_OFF.' })
  signOffId!: string | null;

  actorId!: string | null;
  sectionId!: string | null;
  entryId!: string;
  /** Everyone whose edits a revision holds (SECTION_EDITED, SECTION_RESTORED). */
  authorIds!: string[];
  /** Per-kind details from the row: excerpt, meaning, role, slot label, stored summary, name, source. */
  details!: Record<string, unknown>;
}

export const ActivityConnection = ConnectionType(ActivityItem, 'ActivityItem');
