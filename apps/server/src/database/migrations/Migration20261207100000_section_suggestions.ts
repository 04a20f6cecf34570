import { Migration } from '@mikro-orm/migrations';
import { replaceCheck } from './checks.js';
import { AUDIT_ACTIONS as BEFORE } from './Migration20261206150000_metric_values_audit.js';

const AUDIT_ACTIONS = [...BEFORE, 'SUGGESTION_ACCEPTED', 'SUGGESTION_REJECTED'];

export class Migration20261207100000 extends Migration {
  // Suggesting mode (issue 11): who made each suggestion, and whether it was accepted or rejected;
  // accepting and rejecting are audited.
  override async up(): Promise<void> {
    this.addSql(`create table "section_suggestions" (
      "id" uuid not null, "section_id" uuid not null, "key" text not null, "author_id" uuid not null, "role" text null,
      "created_at" timestamptz not null, "resolved_at" timestamptz null, "resolution" text null check ("resolution" in ('ACCEPTED', 'REJECTED')), "resolved_by_id" uuid null,
      constraint "section_suggestions_pkey" primary key ("id"));`);
    this.addSql(`alter table "section_suggestions" add constraint "section_suggestions_section_id_key_unique" unique ("section_id", "key");`);
    this.addSql(
      `alter table "section_suggestions" add constraint "section_suggestions_section_id_foreign" foreign key ("section_id") references "sections" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "section_suggestions" add constraint "section_suggestions_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(
      `alter table "section_suggestions" add constraint "section_suggestions_resolved_by_id_foreign" foreign key ("resolved_by_id") references "users" ("id") on update cascade on delete set null;`,
    );
    replaceCheck(this, 'audit_events', 'action', AUDIT_ACTIONS);
  }

  override async down(): Promise<void> {
    replaceCheck(this, 'audit_events', 'action', BEFORE);
    this.addSql(`drop table if exists "section_suggestions" cascade;`);
  }
}
