import { Migration } from '@mikro-orm/migrations';

export class Migration20261206180001 extends Migration {
  // A saved revision may be named ("Sent to the patient panel", issue 11): nameSectionRevision.
  override async up(): Promise<void> {
    this.addSql(`alter table "section_revisions" add column "name" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "section_revisions" drop column "name";`);
  }
}
