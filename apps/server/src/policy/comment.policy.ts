import { roleCan, type Role } from '@quorum/domain';
import type { Comment } from '../comments/comment.entity.js';
import { forbidden } from '../common/errors.js';

// Rules about comments that are not the role table's (policy/entry.policy.ts decides whether
// someone may comment at all): whose comment it is.

/** A comment is changed (edited, deleted) by its author alone. */
export function authorizeCommentChange(viewerId: string, comment: Comment): void {
  if (comment.author.id !== viewerId) throw forbidden('You can only change your own comments.');
}

/**
 * A thread is resolved or reopened by its author, or by anyone who may edit the section: the
 * product's matrix says "resolve own", and those who write the text act on comments, so they may
 * resolve others' threads too. Patient representatives resolve their own threads.
 */
export function authorizeThreadSettle(viewerId: string, role: Role, thread: Comment): void {
  if (thread.author.id !== viewerId && !roleCan(role, 'section.edit')) {
    throw forbidden('Only the thread’s author, or someone who may edit the section, can resolve or reopen it.');
  }
}
