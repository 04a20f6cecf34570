import { Field, ID, ObjectType } from 'type-graphql';
import type { AppServices } from '../common/context.js';
import { EntryState } from '../common/enums.js';
import { logError } from '../common/log.js';
import { type EnumValue } from '../common/described-enum.js';
import { channelEnum } from '../common/happenings.js';

/** EntryEventKind's values and their words are in common/happenings.ts, with the other channels' (one name per happening). */
export const EntryEventKind = channelEnum('event', 'EntryEventKind', 'What happened in an entry.');
export type EntryEventKind = EnumValue<typeof EntryEventKind>;

/** What travels through the pub/sub (JSON): ids only, so each subscriber reads what it needs with its own permissions. */
export interface EntryEventData {
  kind: EntryEventKind;
  entryId: string;
  sectionId?: string | null;
  commentId?: string | null;
  threadId?: string | null;
  signOffId?: string | null;
  membershipId?: string | null;
  userId?: string | null;
  actorId?: string | null;
  state?: EntryState | null;
  suggestionId?: string | null;
  at?: string;
}

@ObjectType({ description: 'Something that happened in an entry, delivered live. It carries ids: read the objects with a query.' })
export class EntryEvent {
  @Field(() => EntryEventKind, { description: 'What happened.' })
  kind!: EntryEventKind;

  @Field(() => ID, { description: 'The entry.' })
  entryId!: string;

  @Field(() => ID, { nullable: true, description: 'The section concerned, if one.' })
  sectionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The comment concerned, if one.' })
  commentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The thread (its opening comment) the comment is in, if one.' })
  threadId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The sign-off concerned, if one.' })
  signOffId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The membership concerned, if one.' })
  membershipId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The person concerned (e.g. who joined or was removed), if one.' })
  userId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Who did it; null when the system did (e.g. an automatic workflow move).' })
  actorId!: string | null;

  @Field(() => EntryState, { nullable: true, description: 'The entry’s state after a workflow move.' })
  state!: EntryState | null;

  @Field(() => String, { nullable: true, description: 'The suggestion concerned (`Suggestion.id`), if one.' })
  suggestionId!: string | null;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;
}

export const entryTopic = (entryId: string) => `entry:${entryId}`;

export function toEntryEvent(data: EntryEventData): EntryEvent {
  return {
    kind: data.kind,
    entryId: data.entryId,
    sectionId: data.sectionId ?? null,
    commentId: data.commentId ?? null,
    threadId: data.threadId ?? null,
    signOffId: data.signOffId ?? null,
    membershipId: data.membershipId ?? null,
    userId: data.userId ?? null,
    actorId: data.actorId ?? null,
    state: data.state ?? null,
    suggestionId: data.suggestionId ?? null,
    at: new Date(data.at ?? Date.now()),
  };
}

/** Publishes events after their transaction committed; a failed publish is logged, never undoes the write. */
export async function publishEntryEvents(app: AppServices, events: EntryEventData[]): Promise<void> {
  for (const event of events) {
    await app.live.pubsub.publish(entryTopic(event.entryId), { ...event, at: event.at ?? new Date().toISOString() }).catch((error) => logError(`entry event ${event.kind} not published`, error));
  }
}
