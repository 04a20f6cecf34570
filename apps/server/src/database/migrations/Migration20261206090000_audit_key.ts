import { Migration } from '@mikro-orm/migrations';

export class Migration20261206090000 extends Migration {
  // Which key (QUORUM_AUDIT_KEY) a record's hash is keyed with; null for a plain SHA-256, as
  // every record written before keys existed. Adding a column does not fire the append-only
  // trigger, and leaves those records as they were.
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_events" add column "key_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_events" drop column "key_id";`);
  }
}
