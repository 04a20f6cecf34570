import { Migration } from '@mikro-orm/migrations';

export class Migration20261207150000 extends Migration {
  // Criteria answered by a passage of the text (issue 12), anchored as comments are.
  override async up(): Promise<void> {
    this.addSql(
      `create table "criterion_passages" ("id" uuid not null, "criterion_id" uuid not null, "section_id" uuid not null, "anchor_start" bytea not null, "anchor_end" bytea not null, "anchor_quote" text not null, "created_at" timestamptz not null, constraint "criterion_passages_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "criterion_passages_criterion_id_index" on "criterion_passages" ("criterion_id");`);
    this.addSql(`create index "criterion_passages_section_id_index" on "criterion_passages" ("section_id");`);
    this.addSql(
      `alter table "criterion_passages" add constraint "criterion_passages_criterion_id_foreign" foreign key ("criterion_id") references "criteria" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "criterion_passages" add constraint "criterion_passages_section_id_foreign" foreign key ("section_id") references "sections" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "criterion_passages" cascade;`);
  }
}
