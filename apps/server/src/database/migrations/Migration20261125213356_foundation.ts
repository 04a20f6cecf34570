import { Migration } from '@mikro-orm/migrations';

export class Migration20261125213356 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "templates" ("id" uuid not null, "key" text not null, "version" int not null, "name" text not null, "award" text not null, "description" text not null, "definition" jsonb not null, constraint "templates_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "templates" add constraint "templates_key_version_unique" unique ("key", "version");`);

    this.addSql(
      `create table "users" ("id" uuid not null, "email" text not null, "name" text not null, "password_hash" text not null, "created_at" timestamptz not null, constraint "users_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);

    this.addSql(
      `create table "sessions" ("id" text not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "sessions_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sessions_expires_at_index" on "sessions" ("expires_at");`);

    this.addSql(
      `create table "entries" ("id" uuid not null, "title" text not null, "template_id" uuid not null, "state" text check ("state" in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'SUBMITTED')) not null default 'DRAFT', "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "entries_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "entries_created_at_id_index" on "entries" ("created_at", "id");`);

    this.addSql(
      `create table "sections" ("id" uuid not null, "entry_id" uuid not null, "position" int not null, "key" text not null, "title" text not null, "guidance" text not null, "word_limit" int not null, "sign_off_slots" jsonb not null, constraint "sections_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "sections" add constraint "sections_entry_id_key_unique" unique ("entry_id", "key");`);

    this.addSql(`create table "criteria" ("id" uuid not null, "section_id" uuid not null, "position" int not null, "text" text not null, constraint "criteria_pkey" primary key ("id"));`);
    this.addSql(`create index "criteria_section_id_index" on "criteria" ("section_id");`);

    this.addSql(
      `create table "memberships" ("id" uuid not null, "entry_id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('LEAD', 'MANAGER', 'MEDIC', 'NURSE', 'ALLIED_HEALTH', 'ANALYST', 'PATIENT_REP', 'OBSERVER')) not null, "created_at" timestamptz not null, constraint "memberships_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "memberships_user_id_index" on "memberships" ("user_id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_entry_id_user_id_unique" unique ("entry_id", "user_id");`);

    this.addSql(
      `create table "invitations" ("id" uuid not null, "entry_id" uuid not null, "email" text not null, "role" text check ("role" in ('LEAD', 'MANAGER', 'MEDIC', 'NURSE', 'ALLIED_HEALTH', 'ANALYST', 'PATIENT_REP', 'OBSERVER')) not null, "secret_hash" text not null, "invited_by_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, constraint "invitations_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "invitations" add constraint "invitations_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "invitations_entry_id_email_index" on "invitations" ("entry_id", "email");`);

    this.addSql(
      `create table "api_tokens" ("id" uuid not null, "user_id" uuid not null, "name" text not null, "scope" text check ("scope" in ('READ', 'READ_WRITE')) not null, "secret_hash" text not null, "prefix" text not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_tokens_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "api_tokens_user_id_index" on "api_tokens" ("user_id");`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "entries" add constraint "entries_template_id_foreign" foreign key ("template_id") references "templates" ("id") on update cascade;`);
    this.addSql(`alter table "entries" add constraint "entries_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "sections" add constraint "sections_entry_id_foreign" foreign key ("entry_id") references "entries" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "criteria" add constraint "criteria_section_id_foreign" foreign key ("section_id") references "sections" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "memberships" add constraint "memberships_entry_id_foreign" foreign key ("entry_id") references "entries" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "invitations" add constraint "invitations_entry_id_foreign" foreign key ("entry_id") references "entries" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invitations" add constraint "invitations_invited_by_id_foreign" foreign key ("invited_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "api_tokens" add constraint "api_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "entries" drop constraint "entries_template_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`alter table "entries" drop constraint "entries_created_by_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_user_id_foreign";`);

    this.addSql(`alter table "invitations" drop constraint "invitations_invited_by_id_foreign";`);

    this.addSql(`alter table "api_tokens" drop constraint "api_tokens_user_id_foreign";`);

    this.addSql(`alter table "sections" drop constraint "sections_entry_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_entry_id_foreign";`);

    this.addSql(`alter table "invitations" drop constraint "invitations_entry_id_foreign";`);

    this.addSql(`alter table "criteria" drop constraint "criteria_section_id_foreign";`);

    this.addSql(`drop table if exists "templates" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "entries" cascade;`);

    this.addSql(`drop table if exists "sections" cascade;`);

    this.addSql(`drop table if exists "criteria" cascade;`);

    this.addSql(`drop table if exists "memberships" cascade;`);

    this.addSql(`drop table if exists "invitations" cascade;`);

    this.addSql(`drop table if exists "api_tokens" cascade;`);
  }
}
