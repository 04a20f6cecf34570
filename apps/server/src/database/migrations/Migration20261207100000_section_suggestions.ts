import { Migration } from '@mikro-orm/migrations';

const BEFORE = [
  'SIGNED_OFF',
  'SIGN_OFF_STALE',
  'SIGN_OFF_SLOTS_CHANGED',
  'WORKFLOW_MOVED',
  'MEMBER_INVITED',
  'MEMBER_JOINED',
  'MEMBER_ROLE_CHANGED',
  'MEMBER_REMOVED',
  'MEMBER_LEFT',
  'API_TOKEN_CREATED',
  'API_TOKEN_REVOKED',
  'LOGGED_IN',
  'TESTIMONIAL_ADDED',
  'TESTIMONIAL_CHANGED',
  'CONSENT_RECORDED',
  'TESTIMONIAL_DELETED',
  'METRIC_VALUES_CHANGED',
];
const AFTER = [...BEFORE, 'SUGGESTION_ACCEPTED', 'SUGGESTION_REJECTED'];
const allowed = (actions: string[]) => actions.map((a) => `'${a}'`).join(', ');

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
    this.addSql(`alter table "audit_events" drop constraint "audit_events_action_check";`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check ("action" in (${allowed(AFTER)}));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_events" drop constraint "audit_events_action_check";`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check ("action" in (${allowed(BEFORE)}));`);
    this.addSql(`drop table if exists "section_suggestions" cascade;`);
  }
}
