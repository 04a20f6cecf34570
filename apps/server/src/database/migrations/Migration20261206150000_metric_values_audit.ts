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
];
const AFTER = [...BEFORE, 'METRIC_VALUES_CHANGED'];
const allowed = (actions: string[]) => actions.map((a) => `'${a}'`).join(', ');

export class Migration20261206150000 extends Migration {
  // The audit log records who entered, imported or changed which values of a metric (issue 13).
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_events" drop constraint "audit_events_action_check";`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check ("action" in (${allowed(AFTER)}));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_events" drop constraint "audit_events_action_check";`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check ("action" in (${allowed(BEFORE)}));`);
  }
}
