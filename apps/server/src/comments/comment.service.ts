import { decodeBase64Update, encodeBase64Update } from '@quorum/section-content';
import { findPage, pageSize, type Page } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { badInput, notFound } from '../common/errors.js';
import type { Membership } from '../entries/membership.entity.js';
import { EntryEventKind } from '../notifications/entry-events.js';
import { inTransaction } from '../common/unit-of-work.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { notify, type NotificationDraft } from '../notifications/notification.service.js';
import { requireViewer } from '../policy/access.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import type { Section } from '../sections/section.entity.js';
import { sectionFor } from '../sections/section.service.js';
import { anchorRange, findQuote, indexAt, resolveAnchor } from './comment-anchor.js';
import { Comment } from './comment.entity.js';
import type { ThreadFilter } from './comment.loaders.js';
import type { CommentAnchor } from './comment.types.js';
import type { AddCommentInput, CommentAnchorInput, EditCommentInput, ReplyToCommentInput } from './dto/comment.inputs.js';
import { authorizeCommentChange, authorizeThreadSettle } from '../policy/comment.policy.js';
import { memberIdsOf, suggestionCommentDrafts } from '../suggestions/suggestion-notifications.js';
import { suggestionOfThread } from '../suggestions/suggestion-thread.js';

const MAX_QUOTE = 10_000;

// Comments are discussion, not content: they stay open on a submitted entry (judges' feedback,
// follow-up), so no check here refuses a frozen entry.

/** The comment, if the viewer may do `action` in its entry; NOT_FOUND for non-members. */
async function visibleComment(ctx: Context, commentId: string, action: 'entry.read' | 'comment.write'): Promise<{ comment: Comment; membership: Membership }> {
  const comment = await ctx.em.findOne(Comment, { id: commentId }, { populate: ['section'], strategy: 'joined' });
  if (!comment) throw notFound('Comment');
  return { comment, membership: await authorizeEntry(ctx, comment.section.entry.id, action, 'Comment') };
}

/** Mentioned people must be members of the entry. */
async function checkMentions(ctx: Context, entryId: string, ids: string[] | null | undefined): Promise<string[]> {
  const wanted = [...new Set(ids ?? [])];
  const members = new Set((await ctx.loaders.membersOfEntry.load(entryId)).map((m) => m.user.id));
  if (wanted.some((id) => !members.has(id))) throw badInput('input.mentionedUserIds', 'Only members of this entry can be mentioned.');
  return wanted;
}

function mentionDrafts(ctx: Context, comment: Comment, section: Section, userIds: string[]): NotificationDraft[] {
  const { user } = requireViewer(ctx);
  return userIds.map((userId) => ({
    userId,
    entryId: section.entry.id,
    kind: NotificationKind.MENTION,
    message: `${user.name} mentioned you in a comment on “${section.title}”.`,
    actorId: user.id,
    sectionId: section.id,
    commentId: comment.id,
  }));
}

/**
 * Turns the input into relative positions in the section's current document, and the passage
 * they hold. Also anchors criteria's passages (evidence/coverage.service.ts); `field` names the input in errors.
 */
export async function makeAnchor(ctx: Context, sectionId: string, input: CommentAnchorInput, field = 'input.anchor') {
  const live = await ctx.app.live.store.current(ctx.em, sectionId);
  const index = indexAt(live.doc, live.version);
  let ends: { start: Uint8Array; end: Uint8Array } | undefined;
  if (input.quote != null) {
    const range = findQuote(index, input.quote, input.occurrence ?? 0);
    if (!range) throw badInput(`${field}.quote`, 'Those words are not in the section’s text as it is now. Check their spelling against the text.');
    ends = anchorRange(index, range.from, range.to);
  } else if (input.start != null && input.end != null) {
    const start = decodeBase64Update(input.start);
    const end = decodeBase64Update(input.end);
    if (!start || !end) throw badInput(field, 'start and end must be base64.');
    ends = { start, end };
  } else {
    throw badInput(field, 'Give the passage as quote, or as start and end.');
  }
  const passage = ends && resolveAnchor(live.doc, index, ends.start, ends.end);
  if (!ends || !passage || passage.deleted) {
    throw badInput(field, 'The anchor holds no text of the section as the server has it (send your edits before commenting on them).');
  }
  if (passage.text.length > MAX_QUOTE) throw badInput(field, `Quote at most ${MAX_QUOTE.toLocaleString('en-GB')} characters.`);
  return { anchorStart: Buffer.from(ends.start), anchorEnd: Buffer.from(ends.end), anchorQuote: passage.text };
}

export async function addComment(ctx: Context, input: AddCommentInput): Promise<Comment> {
  const { user } = requireViewer(ctx);
  const section = await sectionFor(ctx, input.sectionId, 'comment.write');
  const mentions = await checkMentions(ctx, section.entry.id, input.mentionedUserIds);
  const anchor = input.anchor ? await makeAnchor(ctx, section.id, input.anchor) : null;
  // A comment on a suggestion's words opens its thread: its author hears of it (issue 11).
  const suggestion = await suggestionOfThread(ctx, section.id, anchor?.anchorStart);
  const members = suggestion ? await memberIdsOf(ctx, section.entry.id) : new Set<string>();
  return inTransaction(ctx, async ({ em, events }) => {
    const comment = em.create(Comment, { section, author: user, body: input.body.trim(), mentionIds: mentions, ...anchor });
    notify(em, [...mentionDrafts(ctx, comment, section, mentions), ...suggestionCommentDrafts(user, section, suggestion, comment, members)]); // a mention says more: it wins
    events.push({ kind: EntryEventKind.COMMENT_ADDED, entryId: section.entry.id, sectionId: section.id, commentId: comment.id, threadId: comment.id, actorId: user.id });
    return comment;
  });
}

export async function replyToComment(ctx: Context, input: ReplyToCommentInput): Promise<Comment> {
  const { user } = requireViewer(ctx);
  const { comment: target } = await visibleComment(ctx, input.commentId, 'comment.write');
  const section = target.section;
  const thread = target.thread ? await ctx.em.findOneOrFail(Comment, target.thread.id) : target;
  const mentions = await checkMentions(ctx, section.entry.id, input.mentionedUserIds);
  const earlier = await ctx.loaders.repliesOfThread.load(thread.id);
  const participants = [...new Set([thread.author.id, ...earlier.map((r) => r.author.id)])];
  const suggestion = await suggestionOfThread(ctx, section.id, thread.anchorStart);
  const members = suggestion ? await memberIdsOf(ctx, section.entry.id) : new Set<string>();
  return inTransaction(ctx, async ({ em, events }) => {
    const reply = em.create(Comment, { section, thread, author: user, body: input.body.trim(), mentionIds: mentions });
    notify(em, [
      ...mentionDrafts(ctx, reply, section, mentions), // a mention says more than a reply: it wins
      ...suggestionCommentDrafts(user, section, suggestion, thread, members), // and a comment on her suggestion more than a reply in its thread
      ...participants.map((userId) => ({
        userId,
        entryId: section.entry.id,
        kind: NotificationKind.REPLY,
        message: `${user.name} replied in a comment thread on “${section.title}”.`,
        actorId: user.id,
        sectionId: section.id,
        commentId: reply.id,
      })),
    ]);
    events.push({ kind: EntryEventKind.COMMENT_REPLIED, entryId: section.entry.id, sectionId: section.id, commentId: reply.id, threadId: thread.id, actorId: user.id });
    return reply;
  });
}

/** One's own comment, not deleted. */
async function ownComment(ctx: Context, commentId: string): Promise<Comment> {
  const { user } = requireViewer(ctx);
  const { comment } = await visibleComment(ctx, commentId, 'comment.write');
  authorizeCommentChange(user.id, comment);
  return comment;
}

export async function editComment(ctx: Context, input: EditCommentInput): Promise<Comment> {
  const comment = await ownComment(ctx, input.commentId);
  if (comment.deletedAt) throw badInput('input.commentId', 'That comment was deleted.');
  const mentions = await checkMentions(ctx, comment.section.entry.id, input.mentionedUserIds);
  const added = mentions.filter((id) => !comment.mentionIds.includes(id));
  return inTransaction(ctx, async ({ em, events }) => {
    Object.assign(comment, { body: input.body.trim(), mentionIds: mentions, editedAt: new Date() });
    notify(em, mentionDrafts(ctx, comment, comment.section, added));
    events.push(commentEvent(ctx, EntryEventKind.COMMENT_EDITED, comment));
    return comment;
  });
}

/** Leaves a tombstone: the comment keeps its place (and its thread its replies), without its words. */
export async function deleteComment(ctx: Context, commentId: string): Promise<Comment> {
  const comment = await ownComment(ctx, commentId);
  if (comment.deletedAt) return comment;
  return inTransaction(ctx, async ({ events }) => {
    Object.assign(comment, { body: '', mentionIds: [], deletedAt: new Date() });
    events.push(commentEvent(ctx, EntryEventKind.COMMENT_DELETED, comment));
    return comment;
  });
}

/** Resolves or reopens a thread (who may: policy/comment.policy.ts). */
export async function setResolved(ctx: Context, commentId: string, resolved: boolean): Promise<Comment> {
  const { user } = requireViewer(ctx);
  const { comment, membership } = await visibleComment(ctx, commentId, 'comment.write');
  const thread = comment.thread ? await ctx.em.findOneOrFail(Comment, comment.thread.id, { populate: ['section'] }) : comment;
  authorizeThreadSettle(user.id, membership.role, thread);
  if (!!thread.resolvedAt === resolved) return thread; // already so: nothing to write
  return inTransaction(ctx, async ({ events }) => {
    Object.assign(thread, resolved ? { resolvedAt: new Date(), resolvedBy: user } : { resolvedAt: null, resolvedBy: null, reopenedAt: new Date(), reopenedBy: user });
    events.push(commentEvent(ctx, resolved ? EntryEventKind.COMMENT_RESOLVED : EntryEventKind.COMMENT_REOPENED, thread));
    return thread;
  });
}

function commentEvent(ctx: Context, kind: EntryEventKind, comment: Comment) {
  const sectionId = comment.section.id;
  return { kind, entryId: comment.section.entry.id, sectionId, commentId: comment.id, threadId: comment.thread?.id ?? comment.id, actorId: requireViewer(ctx).user.id };
}

/** A section's threads, newest first. The first page comes batched across sections. */
export function threadsOf(ctx: Context, section: Section, first: number, after: string | undefined, filter: ThreadFilter): Promise<Page<Comment>> {
  if (!after) return ctx.loaders.firstThreadPage.load(`${section.id}|${pageSize(first)}|${filter}`);
  const state = filter === 'open' ? { resolvedAt: null } : filter === 'resolved' ? { resolvedAt: { $ne: null } } : {};
  return findPage(ctx.em, Comment, { section: section.id, thread: null, ...state }, first, after);
}

/** Where the comment's passage is now, read from the section's current document. */
export async function anchorOf(ctx: Context, comment: Comment): Promise<CommentAnchor | null> {
  if (!comment.anchorStart || !comment.anchorEnd) return null;
  const live = await ctx.loaders.liveDocument.load(comment.section.id);
  const now = resolveAnchor(live.doc, indexAt(live.doc, live.version), comment.anchorStart, comment.anchorEnd);
  const quote = comment.anchorQuote ?? '';
  return {
    quote,
    currentText: now.text,
    deleted: now.deleted,
    changed: now.deleted || now.text !== quote,
    from: now.from,
    to: now.to,
    start: encodeBase64Update(comment.anchorStart),
    end: encodeBase64Update(comment.anchorEnd),
  };
}
