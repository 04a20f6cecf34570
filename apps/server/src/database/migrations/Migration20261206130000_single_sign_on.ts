import { Migration } from '@mikro-orm/migrations';

export class Migration20261206130000 extends Migration {
  // Single sign-on (auth/sso/): an account made by signing in has no password; the provider's
  // accounts linked to Quorum's; trips to the provider under way; confirmations for sign-offs;
  // and how each sign-off was confirmed (every earlier one with a password).
  override async up(): Promise<void> {
    this.addSql(`alter table "users" alter column "password_hash" drop not null;`);
    this.addSql(
      `create table "sso_identities" ("id" uuid not null, "user_id" uuid not null, "issuer" text not null, "subject" text not null, "email" text not null, "created_at" timestamptz not null, "last_signed_in_at" timestamptz not null, constraint "sso_identities_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sso_identities_user_id_index" on "sso_identities" ("user_id");`);
    this.addSql(`alter table "sso_identities" add constraint "sso_identities_issuer_subject_unique" unique ("issuer", "subject");`);
    this.addSql(`alter table "sso_identities" add constraint "sso_identities_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(
      `create table "sso_requests" ("id" text not null, "purpose" text check ("purpose" in ('SIGN_IN', 'CONFIRM')) not null, "state" text not null, "nonce" text not null, "code_verifier" text not null, "next_path" text not null, "invitation_token" text null, "user_id" uuid null, "session_id" text null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "sso_requests_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sso_requests_expires_at_index" on "sso_requests" ("expires_at");`);
    this.addSql(
      `create table "sso_confirmations" ("id" text not null, "user_id" uuid not null, "session_id" text not null, "auth_time" timestamptz not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "sso_confirmations_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sso_confirmations_user_id_index" on "sso_confirmations" ("user_id");`);
    this.addSql(`alter table "sign_offs" add column "confirmed_with" text check ("confirmed_with" in ('PASSWORD', 'SINGLE_SIGN_ON')) not null default 'PASSWORD';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sign_offs" drop column "confirmed_with";`);
    this.addSql(`drop table if exists "sso_confirmations" cascade;`);
    this.addSql(`drop table if exists "sso_requests" cascade;`);
    this.addSql(`drop table if exists "sso_identities" cascade;`);
    this.addSql(`alter table "users" alter column "password_hash" set not null;`);
  }
}
