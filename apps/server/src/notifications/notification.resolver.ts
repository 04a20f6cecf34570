import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { ConnectionType, type Page, PageArgs } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { forbidden, notFound } from '../common/errors.js';
import { iterate } from '../live/pubsub.js';
import { Access, requireViewer } from '../policy/access.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { AccessEnded, eventOrEnd, whileAllowed } from '../policy/still-allowed.js';
import { EntryEvent, EntryEventKind, entryTopic, toEntryEvent, type EntryEventData } from './entry-events.js';
import { Notification } from './notification.entity.js';
import { listNotifications, markRead, notificationTopic, unreadCount, type NotificationAddedData } from './notification.service.js';
import { MarkNotificationsReadInput, MarkNotificationsReadPayload } from './notification.types.js';
import { InputArg } from '../common/input-arg.js';

export const NotificationConnection = ConnectionType(Notification, 'Notification');

const ownOnly = (ctx: Context, user: User) => {
  if (ctx.viewer?.user.id !== user.id) throw forbidden('You can only see your own notifications.');
};

/** The event that removes `userId` from the entry (or says they left). */
const removes = (event: EntryEvent, userId: string) => event.kind === EntryEventKind.MEMBER_REMOVED && event.userId === userId;

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized(Access.USER_WRITE)
  @Mutation(() => MarkNotificationsReadPayload, { description: 'Mark some of your notifications, or all of them, read.' })
  markNotificationsRead(@InputArg(MarkNotificationsReadInput) input: MarkNotificationsReadInput, @Ctx() ctx: Context): Promise<MarkNotificationsReadPayload> {
    return markRead(ctx, input.notificationIds ?? undefined, input.all);
  }

  @Subscription(() => EntryEvent, {
    description:
      'Comments, sign-offs, workflow moves and membership changes in an entry, live, for its members. Each carries ids: read what changed with a query. Ends after the event that removes you; with UNAUTHENTICATED when your session or token ends.',
    subscribe: (data) => {
      const { args, context } = data as SubscribeResolverData<unknown, { entryId: string }, Context>;
      return whileAllowed(context, async () => {
        const { entryId } = args;
        await authorizeEntry(context, entryId, 'entry.read');
        const { user } = requireViewer(context);
        const events = iterate<EntryEvent, EntryEventData>(context.app.live.pubsub, entryTopic(entryId), toEntryEvent);
        return { entryId, events, isOwnRemoval: (event: EntryEvent) => removes(event, user.id) };
      });
    },
  })
  entryEvents(@Root() event: EntryEvent | AccessEnded, @Arg('entryId', () => ID, { description: 'The entry.' }) _entryId: string): EntryEvent {
    return eventOrEnd(event);
  }

  @Subscription(() => Notification, {
    description: 'Your new notifications, live, as they are sent (your own only; the unread count goes up by one with each). Ends with UNAUTHENTICATED when your session or token ends.',
    subscribe: (data) => {
      const { context } = data as SubscribeResolverData<unknown, object, Context>;
      const { user } = requireViewer(context);
      // Not tied to an entry (whileAllowed is): it ends with the connection's session or token.
      let ended: unknown;
      const events = iterate<NotificationAddedData | AccessEnded>(context.app.live.pubsub, notificationTopic(user.id));
      const stop = context.connection?.whenEnded((error) => {
        ended = error;
        void events.return?.();
      });
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        async next() {
          if (ended) return { done: true, value: undefined };
          const result = await events.next();
          if (ended && result.done) return { done: false, value: new AccessEnded(ended) };
          return result;
        },
        async return() {
          stop?.();
          return (await events.return?.()) ?? { done: true, value: undefined };
        },
      } as AsyncIterableIterator<NotificationAddedData | AccessEnded>;
    },
  })
  async notificationAdded(@Root() event: NotificationAddedData | AccessEnded, @Ctx() ctx: Context): Promise<Notification> {
    if (event instanceof AccessEnded) throw event.error;
    const { user } = requireViewer(ctx);
    const notification = await ctx.em.fork().findOne(Notification, { id: event.notificationId, user: user.id });
    if (!notification) throw notFound('Notification');
    return notification;
  }

  @FieldResolver(() => Boolean, { description: 'True once you marked it read.' })
  read(@Root() notification: Notification): boolean {
    return !!notification.readAt;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who caused it, if a person did.' })
  async actor(@Root() notification: Notification, @Ctx() ctx: Context): Promise<User | null> {
    return notification.actor ? ((await ctx.loaders.user.load(notification.actor.id)) ?? null) : null;
  }

  @FieldResolver(() => ID, { description: 'The entry it is about.' })
  entryId(@Root() notification: Notification): string {
    return notification.entry.id;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The section it is about, if one.' })
  sectionId(@Root() notification: Notification): string | null {
    return notification.section?.id ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The comment it is about, if one.' })
  commentId(@Root() notification: Notification): string | null {
    return notification.comment?.id ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The sign-off it is about, if one.' })
  signOffId(@Root() notification: Notification): string | null {
    return notification.signOff?.id ?? null;
  }
}

@Resolver(() => User)
export class UserNotificationsResolver {
  @FieldResolver(() => NotificationConnection, {
    description:
      'Your notifications, newest first (your own account only): mentions, replies, review requests, change requests, stale sign-offs, closing dates, and your suggestions accepted, rejected or commented on.',
  })
  notifications(
    @Root() user: User,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false, description: 'Only those not yet marked read.' }) unreadOnly: boolean,
  ): Promise<Page<Notification>> {
    ownOnly(ctx, user);
    return listNotifications(ctx, user.id, first, after ?? undefined, unreadOnly);
  }

  @FieldResolver(() => Int, { description: 'How many of your notifications are unread (your own account only).' })
  unreadNotificationCount(@Root() user: User, @Ctx() ctx: Context): Promise<number> {
    ownOnly(ctx, user);
    return unreadCount(ctx, user.id);
  }
}
