import { Migration } from '@mikro-orm/migrations';
import { allowed, replaceCheck } from './checks.js';
import { MAIL_KINDS as MAIL_BEFORE, NOTIFICATION_KINDS as NOTIFICATIONS_BEFORE } from './Migration20261206120000_mail.js';

const SUGGESTION_KINDS = ['SUGGESTION_ACCEPTED', 'SUGGESTION_REJECTED', 'SUGGESTION_COMMENTED'];

/** Each table whose "kind" is checked, and the kinds it took before. */
const CHECKED = [
  { table: 'notifications', before: NOTIFICATIONS_BEFORE },
  { table: 'mail_outbox', before: [...MAIL_BEFORE, 'DIGEST'] },
  { table: 'mail_preferences', before: MAIL_BEFORE },
];

export class Migration20261207181100 extends Migration {
  // A suggestion's author is told when it is accepted, rejected or commented on (issue 11), in the app and by email.
  override async up(): Promise<void> {
    for (const { table, before } of CHECKED) {
      replaceCheck(this, table, 'kind', [...before, ...SUGGESTION_KINDS]);
    }
  }

  override async down(): Promise<void> {
    for (const { table, before } of CHECKED) {
      this.addSql(`delete from "${table}" where "kind" in (${allowed(SUGGESTION_KINDS)});`);
      replaceCheck(this, table, 'kind', before);
    }
  }
}
