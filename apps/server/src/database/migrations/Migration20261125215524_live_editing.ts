import { Migration } from '@mikro-orm/migrations';

export class Migration20261125215524 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "section_updates" ("section_id" uuid not null, "version" int not null, "update" bytea not null, "client_id" text not null, "author_id" uuid null, "created_at" timestamptz not null, constraint "section_updates_pkey" primary key ("section_id", "version"));`,
    );

    this.addSql(
      `create table "section_revisions" ("id" uuid not null, "section_id" uuid not null, "version" int not null, "created_at" timestamptz not null, "author_ids" jsonb not null, "reason" text not null, "markdown" text not null, "word_count" int not null, "content_hash" text not null, "state" bytea not null, constraint "section_revisions_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "section_revisions_section_id_created_at_index" on "section_revisions" ("section_id", "created_at");`);

    this.addSql(
      `create table "section_documents" ("section_id" uuid not null, "snapshot" bytea not null, "snapshot_version" int not null default 0, "version" int not null default 0, "updated_at" timestamptz not null, "compacted_at" timestamptz not null, constraint "section_documents_pkey" primary key ("section_id"));`,
    );

    this.addSql(`alter table "section_updates" add constraint "section_updates_section_id_foreign" foreign key ("section_id") references "sections" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "section_updates" add constraint "section_updates_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "section_revisions" add constraint "section_revisions_section_id_foreign" foreign key ("section_id") references "sections" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "section_documents" add constraint "section_documents_section_id_foreign" foreign key ("section_id") references "sections" ("id") on update cascade on delete cascade;`);

    // Every section created before live editing starts as an empty Yjs document ([0, 0]).
    this.addSql(`insert into "section_documents" ("section_id", "snapshot", "updated_at", "compacted_at") select "id", '\\x0000'::bytea, now(), now() from "sections";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "section_updates" cascade;`);

    this.addSql(`drop table if exists "section_revisions" cascade;`);

    this.addSql(`drop table if exists "section_documents" cascade;`);
  }
}
