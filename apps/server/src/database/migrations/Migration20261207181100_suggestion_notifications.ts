import { Migration } from '@mikro-orm/migrations';

// The kinds as they stood before and after, written out: a migration says what it did then, not what the vocabulary says now.
const NOTIFICATIONS_BEFORE = ['MENTION', 'REPLY', 'REVIEW_REQUESTED', 'CHANGES_REQUESTED', 'SIGN_OFF_STALE', 'ENTRY_APPROVED', 'CLOSING_DATE_NEAR'];
const SUGGESTION_KINDS = ['SUGGESTION_ACCEPTED', 'SUGGESTION_REJECTED', 'SUGGESTION_COMMENTED'];
const MAIL_BEFORE = ['SIGN_OFF_STALE', 'MEMBER_INVITED', 'MENTION', 'REPLY', 'REVIEW_REQUESTED', 'CHANGES_REQUESTED', 'ENTRY_APPROVED', 'CLOSING_DATE_NEAR', 'PASSWORD_RESET'];
const allowed = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

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
      this.addSql(`alter table "${table}" drop constraint "${table}_kind_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_kind_check" check ("kind" in (${allowed([...before, ...SUGGESTION_KINDS])}));`);
    }
  }

  override async down(): Promise<void> {
    for (const { table, before } of CHECKED) {
      this.addSql(`delete from "${table}" where "kind" in (${allowed(SUGGESTION_KINDS)});`);
      this.addSql(`alter table "${table}" drop constraint "${table}_kind_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_kind_check" check ("kind" in (${allowed(before)}));`);
    }
  }
}
