import { Migration } from '@mikro-orm/migrations';

export class Migration20261125230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "testimonials" ("id" uuid not null, "entry_id" uuid not null, "quote" text not null, "source" text check ("source" in ('PATIENT', 'FAMILY', 'STAFF', 'STAKEHOLDER')) not null, "attribution" text null, "anonymised" boolean not null default true, "added_by_id" uuid not null, "created_at" timestamptz not null, "consent_status" text check ("consent_status" in ('NOT_RECORDED', 'GIVEN', 'WITHDRAWN')) not null default 'NOT_RECORDED', "consent_date" date null, "consent_note" text null, "consent_recorded_by_id" uuid null, "consent_recorded_at" timestamptz null, constraint "testimonials_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "testimonials_entry_id_index" on "testimonials" ("entry_id");`);

    this.addSql(
      `create table "metrics" ("id" uuid not null, "entry_id" uuid not null, "name" text not null, "definition" text not null, "kind" text check ("kind" in ('PROPORTION', 'RATE', 'MEAN')) not null, "direction" text check ("direction" in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')) not null, "data_source" text null, "unit" text null, "rate_per" int null, "population" text not null default 'patients', "reference_code" text check ("reference_code" in ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z')) not null default 'A', "baseline_period" text null, "follow_up_period" text null, "suppression_threshold" int not null default 5, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "metrics_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "metrics_entry_id_index" on "metrics" ("entry_id");`);

    this.addSql(
      `create table "metric_values" ("id" uuid not null, "metric_id" uuid not null, "period" text not null, "ethnic_code" text check ("ethnic_code" in ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z')) not null, "numerator" int null, "denominator" int null, "mean" double precision null, "sd" double precision null, "n" int null, constraint "metric_values_pkey" primary key ("id"), constraint metric_values_figures_check check ((numerator >= 0) AND (numerator <= denominator) AND (sd >= (0)::double precision) AND (n >= 0)));`,
    );
    this.addSql(`alter table "metric_values" add constraint "metric_values_metric_id_period_ethnic_code_unique" unique ("metric_id", "period", "ethnic_code");`);

    this.addSql(
      `create table "criterion_links" ("id" uuid not null, "criterion_id" uuid not null, "section_id" uuid null, "metric_id" uuid null, "testimonial_id" uuid null, constraint "criterion_links_pkey" primary key ("id"), constraint criterion_links_one_target_check check (num_nonnulls(section_id, metric_id, testimonial_id) = 1));`,
    );
    this.addSql(`create index "criterion_links_section_id_index" on "criterion_links" ("section_id");`);
    this.addSql(`create index "criterion_links_metric_id_index" on "criterion_links" ("metric_id");`);
    this.addSql(`create index "criterion_links_testimonial_id_index" on "criterion_links" ("testimonial_id");`);
    this.addSql(`alter table "criterion_links" add constraint "criterion_links_criterion_id_testimonial_id_unique" unique ("criterion_id", "testimonial_id");`);
    this.addSql(`alter table "criterion_links" add constraint "criterion_links_criterion_id_metric_id_unique" unique ("criterion_id", "metric_id");`);
    this.addSql(`alter table "criterion_links" add constraint "criterion_links_criterion_id_section_id_unique" unique ("criterion_id", "section_id");`);

    this.addSql(`alter table "testimonials" add constraint "testimonials_entry_id_foreign" foreign key ("entry_id") references "entries" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "testimonials" add constraint "testimonials_added_by_id_foreign" foreign key ("added_by_id") references "users" ("id") on update cascade;`);
    this.addSql(
      `alter table "testimonials" add constraint "testimonials_consent_recorded_by_id_foreign" foreign key ("consent_recorded_by_id") references "users" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "metrics" add constraint "metrics_entry_id_foreign" foreign key ("entry_id") references "entries" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "metrics" add constraint "metrics_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "metric_values" add constraint "metric_values_metric_id_foreign" foreign key ("metric_id") references "metrics" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "criterion_links" add constraint "criterion_links_criterion_id_foreign" foreign key ("criterion_id") references "criteria" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "criterion_links" add constraint "criterion_links_section_id_foreign" foreign key ("section_id") references "sections" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "criterion_links" add constraint "criterion_links_metric_id_foreign" foreign key ("metric_id") references "metrics" ("id") on update cascade on delete cascade;`);
    this.addSql(
      `alter table "criterion_links" add constraint "criterion_links_testimonial_id_foreign" foreign key ("testimonial_id") references "testimonials" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "criterion_links" drop constraint "criterion_links_testimonial_id_foreign";`);

    this.addSql(`alter table "metric_values" drop constraint "metric_values_metric_id_foreign";`);

    this.addSql(`alter table "criterion_links" drop constraint "criterion_links_metric_id_foreign";`);

    this.addSql(`drop table if exists "testimonials" cascade;`);

    this.addSql(`drop table if exists "metrics" cascade;`);

    this.addSql(`drop table if exists "metric_values" cascade;`);

    this.addSql(`drop table if exists "criterion_links" cascade;`);
  }
}
