import { Migration } from '@mikro-orm/migrations';

export class Migration20261125233000 extends Migration {
  override async up(): Promise<void> {
    // The audit log is append-only: the database itself refuses to change or remove a record.
    // Only the table's owner can lift this (ALTER TABLE ... DISABLE TRIGGER), and the hash
    // chain then shows what was touched (see audit/audit.service.ts, verifyAuditChain).
    this.addSql(
      `create table "audit_events" ("id" uuid not null, "entry_id" uuid not null, "seq" int not null, "action" text check ("action" in ('SIGNED_OFF', 'SIGN_OFF_STALE', 'SIGN_OFF_SLOTS_CHANGED', 'WORKFLOW_MOVED', 'MEMBER_INVITED', 'MEMBER_JOINED', 'MEMBER_ROLE_CHANGED', 'MEMBER_REMOVED', 'MEMBER_LEFT', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'LOGGED_IN')) not null, "actor_id" uuid null, "actor_name" text null, "summary" text not null, "data" jsonb not null, "created_at" timestamptz not null, "prev_hash" text not null, "hash" text not null, constraint "audit_events_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "audit_events" add constraint "audit_events_entry_id_seq_unique" unique ("entry_id", "seq");`);
    this.addSql(`create function audit_events_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_events is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger audit_events_no_update_or_delete before update or delete on "audit_events" for each row execute function audit_events_append_only();`);
    this.addSql(`create trigger audit_events_no_truncate before truncate on "audit_events" for each statement execute function audit_events_append_only();`);

    this.addSql(
      `create table "sign_offs" ("id" uuid not null, "section_id" uuid not null, "signer_id" uuid not null, "role" text check ("role" in ('LEAD', 'MANAGER', 'MEDIC', 'NURSE', 'ALLIED_HEALTH', 'ANALYST', 'PATIENT_REP', 'OBSERVER')) not null, "slot_key" text not null, "slot_label" text not null, "meaning" text check ("meaning" in ('APPROVE', 'REQUEST_CHANGES')) not null, "note" text not null default '', "content_hash" text not null, "markdown" text not null, "created_at" timestamptz not null, "stale_notified_at" timestamptz null, constraint "sign_offs_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sign_offs_section_id_signer_id_created_at_index" on "sign_offs" ("section_id", "signer_id", "created_at");`);

    this.addSql(
      `create table "comments" ("id" uuid not null, "section_id" uuid not null, "thread_id" uuid null, "author_id" uuid not null, "body" text not null, "mention_ids" jsonb not null, "anchor_start" bytea null, "anchor_end" bytea null, "anchor_quote" text null, "created_at" timestamptz not null, "edited_at" timestamptz null, "deleted_at" timestamptz null, "resolved_at" timestamptz null, "resolved_by_id" uuid null, constraint "comments_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "comments_thread_id_index" on "comments" ("thread_id");`);
    this.addSql(`create index "comments_section_id_created_at_id_index" on "comments" ("section_id", "created_at", "id");`);

    this.addSql(
      `create table "notifications" ("id" uuid not null, "user_id" uuid not null, "entry_id" uuid not null, "kind" text check ("kind" in ('MENTION', 'REPLY', 'REVIEW_REQUESTED', 'CHANGES_REQUESTED', 'SIGN_OFF_STALE', 'ENTRY_APPROVED')) not null, "message" text not null, "actor_id" uuid null, "section_id" uuid null, "comment_id" uuid null, "sign_off_id" uuid null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notifications_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "notifications_entry_id_index" on "notifications" ("entry_id");`);
    this.addSql(`create index "notifications_user_id_created_at_id_index" on "notifications" ("user_id", "created_at", "id");`);

    this.addSql(`alter table "sign_offs" add constraint "sign_offs_section_id_foreign" foreign key ("section_id") references "sections" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sign_offs" add constraint "sign_offs_signer_id_foreign" foreign key ("signer_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "comments" add constraint "comments_section_id_foreign" foreign key ("section_id") references "sections" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "comments" add constraint "comments_thread_id_foreign" foreign key ("thread_id") references "comments" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "comments" add constraint "comments_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "comments" add constraint "comments_resolved_by_id_foreign" foreign key ("resolved_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notifications" add constraint "notifications_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notifications" add constraint "notifications_entry_id_foreign" foreign key ("entry_id") references "entries" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notifications" add constraint "notifications_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "notifications" add constraint "notifications_section_id_foreign" foreign key ("section_id") references "sections" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notifications" add constraint "notifications_comment_id_foreign" foreign key ("comment_id") references "comments" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notifications" add constraint "notifications_sign_off_id_foreign" foreign key ("sign_off_id") references "sign_offs" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notifications" drop constraint "notifications_sign_off_id_foreign";`);

    this.addSql(`alter table "comments" drop constraint "comments_thread_id_foreign";`);

    this.addSql(`alter table "notifications" drop constraint "notifications_comment_id_foreign";`);

    this.addSql(`drop table if exists "audit_events" cascade;`);
    this.addSql(`drop function if exists audit_events_append_only();`);

    this.addSql(`drop table if exists "sign_offs" cascade;`);

    this.addSql(`drop table if exists "comments" cascade;`);

    this.addSql(`drop table if exists "notifications" cascade;`);
  }
}
