import { Migration } from '@mikro-orm/migrations';

export class Migration20261126050000 extends Migration {
  // A thread's latest reopening, so that the entry's history says who reopened it and when
  // (resolving clears nothing of it; reopening clears the resolution).
  override async up(): Promise<void> {
    this.addSql(`alter table "comments" add column "reopened_at" timestamptz null, add column "reopened_by_id" uuid null;`);
    this.addSql(`alter table "comments" add constraint "comments_reopened_by_id_foreign" foreign key ("reopened_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "comments" drop constraint "comments_reopened_by_id_foreign";`);
    this.addSql(`alter table "comments" drop column "reopened_at", drop column "reopened_by_id";`);
  }
}
