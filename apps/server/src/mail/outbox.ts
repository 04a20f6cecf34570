import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { User } from '../auth/user.entity.js';
import { Entry } from '../entries/entry.entity.js';
import type { MailKind } from './mail-kinds.js';
import { OutboxMail } from './outbox-mail.entity.js';

/** Whether this database's app sends mail (QUORUM_SMTP_URL set), beside the ORM it belongs to, as the audit key is. */
const enabled = new WeakSet<object>();

export function useMail(orm: MikroORM, on: boolean): void {
  if (on) enabled.add(orm.config);
  else enabled.delete(orm.config);
}

export const mailEnabledFor = (em: EntityManager): boolean => enabled.has(em.config);

export interface MailDraft {
  kind: MailKind;
  /** Someone with an account (their address is read when it is sent)... */
  userId?: string;
  /** ...or an address. */
  toAddress?: string;
  entryId?: string | null;
  /** Where the mail links to, after QUORUM_PUBLIC_URL. */
  path: string;
  actorId?: string | null;
}

/**
 * Adds a mail to the caller's unit of work: written with its flush, in its transaction, so that
 * it is queued exactly when what caused it is kept (and never when that rolls back). Without
 * SMTP nothing is queued: links are shared by hand. What it says is composed when it is sent.
 */
export function queueMail(em: EntityManager, draft: MailDraft): boolean {
  if (!mailEnabledFor(em)) return false;
  em.create(OutboxMail, {
    kind: draft.kind,
    user: draft.userId ? em.getReference(User, draft.userId) : null,
    toAddress: draft.toAddress ?? null,
    entry: draft.entryId ? em.getReference(Entry, draft.entryId) : null,
    data: { path: draft.path, actorId: draft.actorId ?? null },
  });
  return true;
}

/** The page a notification's mail links to: where the person can act on it (a suggestion's comment: its thread, `threadId`). */
export function notificationPath(kind: MailKind, entryId: string, sectionId?: string | null, threadId?: string | null): string {
  const entry = `/entries/${entryId}`;
  switch (kind) {
    case 'REVIEW_REQUESTED':
    case 'ENTRY_APPROVED':
      return `${entry}/review`;
    case 'CHANGES_REQUESTED':
    case 'SIGN_OFF_STALE':
      return sectionId ? `${entry}/review/${sectionId}` : `${entry}/review`;
    case 'MENTION':
    case 'REPLY':
    case 'SUGGESTION_ACCEPTED':
    case 'SUGGESTION_REJECTED':
      return sectionId ? `${entry}/sections/${sectionId}` : entry;
    case 'SUGGESTION_COMMENTED':
      return sectionId ? `${entry}/sections/${sectionId}${threadId ? `#thread-${threadId}` : ''}` : entry;
    default:
      return entry;
  }
}
