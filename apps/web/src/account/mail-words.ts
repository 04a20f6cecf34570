import type { MailDelivery, MailKind } from '../gql/graphql';

/** What each kind of email is about, as the account page and the unsubscribe page say it. */
export const MAIL_KIND_LABELS: Record<MailKind, string> = {
  MEMBER_INVITED: 'Invitations to join an entry’s team',
  MENTION: 'Someone mentions you in a comment',
  REPLY: 'Replies in comment threads you took part in',
  REVIEW_REQUESTED: 'You are asked to review and sign off',
  CHANGES_REQUESTED: 'Someone asks for changes to a section',
  SIGN_OFF_STALE: 'A section you signed off has changed',
  ENTRY_APPROVED: 'An entry you lead is ready to submit',
  CLOSING_DATE_NEAR: 'An entry closes soon and something of yours is pending',
  SUGGESTION_ACCEPTED: 'Someone accepts changes you suggested',
  SUGGESTION_REJECTED: 'Someone rejects changes you suggested',
  SUGGESTION_COMMENTED: 'Someone comments on a change you suggested',
  PASSWORD_RESET: 'Password reset links',
};

export const MAIL_DELIVERY_LABELS: Record<MailDelivery, string> = {
  AT_ONCE: 'At once',
  DAILY_DIGEST: 'In a daily digest',
  NEVER: 'Never',
};
