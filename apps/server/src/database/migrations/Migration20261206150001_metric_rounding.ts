import { Migration } from '@mikro-orm/migrations';

export class Migration20261206150001 extends Migration {
  // Optional rounding of shown counts to the nearest 5 (issue 13, disclosure control).
  override async up(): Promise<void> {
    this.addSql(`alter table "metrics" add column "round_to_five" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "metrics" drop column "round_to_five";`);
  }
}
