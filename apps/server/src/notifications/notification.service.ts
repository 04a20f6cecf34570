import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/user.entity.js';
import { Comment } from '../comments/comment.entity.js';
import { findPage, type Page } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { badInput } from '../common/errors.js';
import { logError } from '../common/log.js';
import { afterCommitOf } from '../common/unit-of-work.js';
import { Entry } from '../entries/entry.entity.js';
import { notificationPath, queueMail } from '../mail/outbox.js';
import { requireViewer } from '../policy/access.js';
import { Section } from '../sections/section.entity.js';
import { SignOff } from '../sign-off/sign-off.entity.js';
import { Notification, NotificationKind } from './notification.entity.js';

/** The topic a person's new notifications are published on (their ids only), for notificationAdded. */
export const notificationTopic = (userId: string) => `notifications:${userId}`;

/** What travels on notificationTopic: the id; the subscriber reads the row as its owner. */
export interface NotificationAddedData {
  notificationId: string;
}

export interface NotificationDraft {
  userId: string;
  entryId: string;
  kind: NotificationKind;
  message: string;
  actorId?: string | null;
  sectionId?: string | null;
  /** The comment; for a comment on a suggestion (SUGGESTION_COMMENTED), its thread, where it links. */
  commentId?: string | null;
  signOffId?: string | null;
}

/** Adds notifications to the caller's unit of work (written with its flush), at most one per person, each with its email. */
export function notify(em: EntityManager, drafts: NotificationDraft[]): void {
  const seen = new Set<string>();
  for (const d of drafts) {
    if (seen.has(d.userId) || d.userId === d.actorId) continue; // nobody is told of their own doing
    seen.add(d.userId);
    const notification = em.create(Notification, {
      user: em.getReference(User, d.userId),
      entry: em.getReference(Entry, d.entryId),
      kind: d.kind,
      message: d.message,
      actor: d.actorId ? em.getReference(User, d.actorId) : null,
      section: d.sectionId ? em.getReference(Section, d.sectionId) : null,
      comment: d.commentId ? em.getReference(Comment, d.commentId) : null,
      signOff: d.signOffId ? em.getReference(SignOff, d.signOffId) : null,
    });
    // Live to its person once it is committed (notificationAdded); a failed publish never undoes the write.
    const data: NotificationAddedData = { notificationId: notification.id };
    afterCommitOf(em, (app) => app.live.pubsub.publish(notificationTopic(d.userId), data).catch((error) => logError('notification not published', error)));
    // And its email, in the same transaction (mail/outbox.ts; its person's choice is read when it is sent).
    queueMail(em, { kind: d.kind, userId: d.userId, entryId: d.entryId, path: notificationPath(d.kind, d.entryId, d.sectionId, d.commentId), actorId: d.actorId });
  }
}

export function listNotifications(ctx: Context, userId: string, first: number, after: string | undefined, unreadOnly: boolean): Promise<Page<Notification>> {
  return findPage(ctx.em, Notification, unreadOnly ? { user: userId, readAt: null } : { user: userId }, first, after);
}

export function unreadCount(ctx: Context, userId: string): Promise<number> {
  return ctx.em.count(Notification, { user: userId, readAt: null });
}

/** One statement: marks the viewer's own notifications read (others' ids are simply not theirs to mark). */
export async function markRead(ctx: Context, ids: string[] | undefined, all: boolean): Promise<{ marked: number; unreadCount: number }> {
  const { user } = requireViewer(ctx);
  if (!all && !ids?.length) throw badInput('input.notificationIds', 'Give the notificationIds to mark, or all: true.');
  const where = all ? { user: user.id, readAt: null } : { user: user.id, readAt: null, id: { $in: ids! } };
  const marked = await ctx.em.nativeUpdate(Notification, where, { readAt: new Date() });
  return { marked, unreadCount: await unreadCount(ctx, user.id) };
}
