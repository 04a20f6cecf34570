import { describedEnum, type EnumValue } from '../common/described-enum.js';
import { channelEnum, channelWords } from '../common/happenings.js';

/** Which kind of email: its values and subject lines are in common/happenings.ts (one name per happening). */
export const MailKind = channelEnum('mail', 'MailKind', 'A kind of email Quorum sends.');
export type MailKind = EnumValue<typeof MailKind>;

/** The kinds, in the table's order (the preferences page lists them so). */
export const MAIL_KINDS = Object.values(MailKind) as MailKind[];

/** What the daily digest's outbox row is called: it gathers other kinds, it is not one. */
export const DIGEST = 'DIGEST';

/** How someone wants one kind of email. */
export const MailDelivery = describedEnum('MailDelivery', 'How you want one kind of email.', {
  AT_ONCE: 'An email as soon as it happens (the default).',
  DAILY_DIGEST: 'Gathered into one email a day.',
  NEVER: 'No email (the in-app notification stays).',
});
export type MailDelivery = EnumValue<typeof MailDelivery>;

/** Each kind's subject line, from the vocabulary. */
export const MAIL_SUBJECTS: Record<MailKind, string> = channelWords('mail');
