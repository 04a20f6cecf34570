import { suggestionAuthor } from '@quorum/section-content';
import type { User } from '../auth/user.entity.js';
import type { Comment } from '../comments/comment.entity.js';
import type { Context } from '../common/context.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import type { NotificationDraft } from '../notifications/notification.service.js';
import type { Section } from '../sections/section.entity.js';

/*
 * What a suggestion's author is told (issue 11): that someone accepted or rejected her
 * suggestions, or commented on one. Drafts only: the caller's unit of work writes them with what
 * caused them (notify), so a refused or rolled-back change tells nobody. Only members of the
 * entry now are told (someone removed since she suggested no longer reads it), and never the
 * person who acted (notify drops those too).
 */

/** The user ids of the entry's members now: read before the transaction (a loader read). */
export async function memberIdsOf(ctx: Context, entryId: string): Promise<Set<string>> {
  return new Set((await ctx.loaders.membersOfEntry.load(entryId)).map((m) => m.user.id));
}

/**
 * One notification per author for a batch (accept all, reject all, one person's), however many
 * of hers it took: "Amara Okafor accepted 3 of your suggestions in “Spreading the success”."
 */
export function resolutionDrafts(actor: User, section: Section, keys: string[], how: 'ACCEPTED' | 'REJECTED', members: Set<string>): NotificationDraft[] {
  const countByAuthor = new Map<string, number>();
  for (const key of keys) {
    const author = suggestionAuthor(key);
    if (author && members.has(author)) countByAuthor.set(author, (countByAuthor.get(author) ?? 0) + 1);
  }
  const verb = how === 'ACCEPTED' ? 'accepted' : 'rejected';
  return [...countByAuthor].map(([userId, count]) => ({
    userId,
    entryId: section.entry.id,
    kind: how === 'ACCEPTED' ? NotificationKind.SUGGESTION_ACCEPTED : NotificationKind.SUGGESTION_REJECTED,
    message: `${actor.name} ${verb} ${count === 1 ? 'your suggestion' : `${count} of your suggestions`} in “${section.title}”.`,
    actorId: actor.id,
    sectionId: section.id,
  }));
}

/**
 * A comment in a suggestion's thread (its opening comment anchored on the suggestion's words,
 * or a reply there) tells the suggestion's author; the notification holds the thread, which is
 * where it links. `key` is the suggestion the thread hangs on, or null when it hangs on none.
 */
export function suggestionCommentDrafts(actor: User, section: Section, key: string | null, thread: Pick<Comment, 'id'>, members: Set<string>): NotificationDraft[] {
  const author = suggestionAuthor(key);
  if (!author || !members.has(author)) return [];
  return [
    {
      userId: author,
      entryId: section.entry.id,
      kind: NotificationKind.SUGGESTION_COMMENTED,
      message: `${actor.name} commented on your suggestion in “${section.title}”.`,
      actorId: actor.id,
      sectionId: section.id,
      commentId: thread.id,
    },
  ];
}
