import { Migration } from '@mikro-orm/migrations';

export class Migration20261206170000 extends Migration {
  // SPC settings of a metric (issue 13): a target for Making Data Count's assurance icon, and
  // the periods from which the chart's limits are recalculated. Existing metrics get none.
  override async up(): Promise<void> {
    this.addSql(`alter table "metrics" add column "target" double precision null, add column "recalculation_periods" text[] not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "metrics" drop column "target", drop column "recalculation_periods";`);
  }
}
