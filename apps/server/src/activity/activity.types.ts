import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../common/connection.js';

export enum ActivityKind {
  ENTRY_CREATED = 'ENTRY_CREATED',
  SECTION_EDITED = 'SECTION_EDITED',
  SECTION_RESTORED = 'SECTION_RESTORED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  COMMENT_REPLIED = 'COMMENT_REPLIED',
  COMMENT_RESOLVED = 'COMMENT_RESOLVED',
  COMMENT_REOPENED = 'COMMENT_REOPENED',
  SIGNED_OFF = 'SIGNED_OFF',
  SIGN_OFF_STALE = 'SIGN_OFF_STALE',
  SIGN_OFF_SLOTS_CHANGED = 'SIGN_OFF_SLOTS_CHANGED',
  WORKFLOW_MOVED = 'WORKFLOW_MOVED',
  MEMBER_INVITED = 'MEMBER_INVITED',
  MEMBER_JOINED = 'MEMBER_JOINED',
  MEMBER_ROLE_CHANGED = 'MEMBER_ROLE_CHANGED',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
  MEMBER_LEFT = 'MEMBER_LEFT',
  METRIC_ADDED = 'METRIC_ADDED',
  TESTIMONIAL_ADDED = 'TESTIMONIAL_ADDED',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'What an item of an entry’s activity history records.',
  valuesConfig: {
    ENTRY_CREATED: { description: 'The entry was started (`actor` is who started it).' },
    SECTION_EDITED: { description: 'A saved revision of a section’s text: `authors` wrote the edits it holds since the revision before.' },
    SECTION_RESTORED: { description: 'An earlier revision of a section was brought back.' },
    COMMENT_ADDED: { description: 'A comment thread was opened (`commentId` is its opening comment).' },
    COMMENT_REPLIED: { description: 'A reply (`commentId`) in a thread (`threadId`).' },
    COMMENT_RESOLVED: { description: 'A thread (`commentId`) was resolved; only its latest resolution is kept, and a reopened thread shows none.' },
    COMMENT_REOPENED: { description: 'A resolved thread (`commentId`) was reopened; only its latest reopening is kept.' },
    SIGNED_OFF: { description: 'A section was signed off (`signOffId`): approved, or changes requested.' },
    SIGN_OFF_STALE: { description: 'An edit changed a section after sign-offs were given: they no longer count.' },
    SIGN_OFF_SLOTS_CHANGED: { description: 'The lead changed the sign-offs a section needs.' },
    WORKFLOW_MOVED: { description: 'The entry moved in its workflow (by the lead, or automatically when `actor` is null).' },
    MEMBER_INVITED: { description: 'Someone was invited to the team (their address is not shown here).' },
    MEMBER_JOINED: { description: 'Someone joined the team by invitation.' },
    MEMBER_ROLE_CHANGED: { description: 'A member’s role changed.' },
    MEMBER_REMOVED: { description: 'The lead removed a member.' },
    MEMBER_LEFT: { description: 'A member left the team.' },
    METRIC_ADDED: { description: 'A metric was added to the evidence.' },
    TESTIMONIAL_ADDED: { description: 'A testimonial was added to the evidence (its words are not quoted here).' },
  },
});

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
