import { Migration } from '@mikro-orm/migrations';

export class Migration20261207120000 extends Migration {
  // Values by age band (issue 13: directly age-standardised rates): a RATE metric's cell may be
  // one age band of the 2013 European Standard Population; '' is a cell for all ages, as every
  // value entered before. Not null, so that the unique key treats "no band" as one value.
  override async up(): Promise<void> {
    this.addSql(`alter table "metric_values" add column "age_band" text not null default '';`);
    this.addSql(
      `alter table "metric_values" add constraint "metric_values_age_band_check" check ("age_band" in ('', '0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85-89', '90+'));`,
    );
    this.addSql(`alter table "metric_values" drop constraint "metric_values_metric_id_period_ethnic_code_unique";`);
    this.addSql(`alter table "metric_values" add constraint "metric_values_metric_id_period_ethnic_code_age_band_unique" unique ("metric_id", "period", "ethnic_code", "age_band");`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "metric_values" where "age_band" <> '';`);
    this.addSql(`alter table "metric_values" drop constraint "metric_values_metric_id_period_ethnic_code_age_band_unique";`);
    this.addSql(`alter table "metric_values" add constraint "metric_values_metric_id_period_ethnic_code_unique" unique ("metric_id", "period", "ethnic_code");`);
    this.addSql(`alter table "metric_values" drop constraint "metric_values_age_band_check", drop column "age_band";`);
  }
}
