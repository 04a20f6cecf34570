import { Migration } from '@mikro-orm/migrations';

export class Migration20261206160000 extends Migration {
  // Statistical methods (issue 13): a metric's confidence level (95% or 99.8%, as Fingertips),
  // existing metrics keeping 95%; and a rate may exceed 1 per person (1,200 events in 1,000
  // people), so "numerator <= denominator" is no longer the database's rule for every kind:
  // the service refuses it for proportions, where it is still impossible.
  override async up(): Promise<void> {
    this.addSql(`alter table "metrics" add column "confidence_level" text check ("confidence_level" in ('PERCENT_95', 'PERCENT_99_8')) not null default 'PERCENT_95';`);
    this.addSql(`alter table "metric_values" drop constraint metric_values_figures_check;`);
    this.addSql(`alter table "metric_values" add constraint metric_values_figures_check check ((numerator >= 0) AND (denominator >= 0) AND (sd >= (0)::double precision) AND (n >= 0));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "metric_values" drop constraint metric_values_figures_check;`);
    this.addSql(`alter table "metric_values" add constraint metric_values_figures_check check ((numerator >= 0) AND (numerator <= denominator) AND (sd >= (0)::double precision) AND (n >= 0));`);
    this.addSql(`alter table "metrics" drop column "confidence_level";`);
  }
}
