import { Migration } from '@mikro-orm/migrations';
import { allowed, replaceCheck } from './checks.js';

const NOTIFICATIONS_BEFORE = ['MENTION', 'REPLY', 'REVIEW_REQUESTED', 'CHANGES_REQUESTED', 'SIGN_OFF_STALE', 'ENTRY_APPROVED'];
/** The notification and mail kinds this migration leaves allowed. */
export const NOTIFICATION_KINDS = [...NOTIFICATIONS_BEFORE, 'CLOSING_DATE_NEAR'];
export const MAIL_KINDS = ['SIGN_OFF_STALE', 'MEMBER_INVITED', 'MENTION', 'REPLY', 'REVIEW_REQUESTED', 'CHANGES_REQUESTED', 'ENTRY_APPROVED', 'CLOSING_DATE_NEAR', 'PASSWORD_RESET'];

export class Migration20261206120000 extends Migration {
  // Email (issue 15): the outbox, each address's choices per kind, password resets, the key
  // unsubscribe links are signed with, the digests and closing-date reminders already sent (one
  // row each, so that two processes never both send them), and an entry's closing date.
  override async up(): Promise<void> {
    this.addSql(
      `create table "mail_outbox" ("id" uuid not null, "kind" text check ("kind" in (${allowed([...MAIL_KINDS, 'DIGEST'])})) not null, "user_id" uuid null, "to_address" text null, "entry_id" uuid null, "data" jsonb not null default '{}', "status" text check ("status" in ('PENDING', 'SENDING', 'SENT', 'HELD', 'DIGESTED', 'SKIPPED', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "claimed_until" timestamptz null, "last_error" text null, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "mail_outbox_pkey" primary key ("id"), constraint mail_outbox_recipient_check check (num_nonnulls(user_id, to_address) >= 1));`,
    );
    this.addSql(`create index "mail_outbox_status_next_attempt_at_index" on "mail_outbox" ("status", "next_attempt_at");`);
    this.addSql(`create index "mail_outbox_user_id_index" on "mail_outbox" ("user_id");`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_entry_id_foreign" foreign key ("entry_id") references "entries" ("id") on update cascade on delete cascade;`);

    this.addSql(
      `create table "mail_preferences" ("id" uuid not null, "address" text not null, "kind" text check ("kind" in (${allowed(MAIL_KINDS)})) not null, "delivery" text check ("delivery" in ('AT_ONCE', 'DAILY_DIGEST', 'NEVER')) not null, "updated_at" timestamptz not null, constraint "mail_preferences_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "mail_preferences" add constraint "mail_preferences_address_kind_unique" unique ("address", "kind");`);

    this.addSql(
      `create table "password_resets" ("id" text not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_resets_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "password_resets_user_id_index" on "password_resets" ("user_id");`);
    this.addSql(`alter table "password_resets" add constraint "password_resets_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "mail_keys" ("name" text not null, "secret" text not null, constraint "mail_keys_pkey" primary key ("name"));`);
    this.addSql(`create table "mail_digest_runs" ("day" date not null, "created_at" timestamptz not null default now(), constraint "mail_digest_runs_pkey" primary key ("day"));`);
    this.addSql(
      `create table "closing_reminders" ("entry_id" uuid not null, "closes_at" timestamptz not null, "days_before" int not null, "created_at" timestamptz not null default now(), constraint "closing_reminders_pkey" primary key ("entry_id", "closes_at", "days_before"));`,
    );
    this.addSql(`alter table "closing_reminders" add constraint "closing_reminders_entry_id_foreign" foreign key ("entry_id") references "entries" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "entries" add column "closes_at" timestamptz null;`);
    replaceCheck(this, 'notifications', 'kind', NOTIFICATION_KINDS);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "notifications" where "kind" not in (${allowed(NOTIFICATIONS_BEFORE)});`);
    replaceCheck(this, 'notifications', 'kind', NOTIFICATIONS_BEFORE);
    this.addSql(`alter table "entries" drop column "closes_at";`);
    this.addSql(`drop table if exists "closing_reminders" cascade;`);
    this.addSql(`drop table if exists "mail_digest_runs" cascade;`);
    this.addSql(`drop table if exists "mail_keys" cascade;`);
    this.addSql(`drop table if exists "password_resets" cascade;`);
    this.addSql(`drop table if exists "mail_preferences" cascade;`);
    this.addSql(`drop table if exists "mail_outbox" cascade;`);
  }
}
