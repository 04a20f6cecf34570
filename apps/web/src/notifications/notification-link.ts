import type { NotificationKind } from '../gql/graphql';

export interface NotificationPlace {
  kind: NotificationKind;
  entryId: string;
  sectionId?: string | null;
  commentId?: string | null;
}

/**
 * Where a notification takes its person: a mention or reply to that comment in the section (its
 * element's id is `comment-<id>`, comment-thread.tsx: a reply has no thread element of its own), a
 * comment on your suggestion to its thread (the notification holds the thread's id), your suggestions accepted or rejected to the section, a
 * sign-off matter to the section's review, the rest to the entry. As the server's emails link
 * (mail/outbox.ts, notificationPath).
 */
export function notificationHref({ kind, entryId, sectionId, commentId }: NotificationPlace): string {
  const entry = `/entries/${entryId}`;
  switch (kind) {
    case 'MENTION':
    case 'REPLY':
      return sectionId ? `${entry}/sections/${sectionId}${commentId ? `#comment-${commentId}` : ''}` : entry;
    case 'SUGGESTION_COMMENTED':
      return sectionId ? `${entry}/sections/${sectionId}${commentId ? `#thread-${commentId}` : ''}` : entry;
    case 'SUGGESTION_ACCEPTED':
    case 'SUGGESTION_REJECTED':
      return sectionId ? `${entry}/sections/${sectionId}` : entry;
    case 'CHANGES_REQUESTED':
    case 'SIGN_OFF_STALE':
      return sectionId ? `${entry}/review/${sectionId}` : `${entry}/review`;
    case 'REVIEW_REQUESTED':
    case 'ENTRY_APPROVED':
      return `${entry}/review`;
    default:
      return entry;
  }
}
