import { Migration } from '@mikro-orm/migrations';
import { replaceCheck } from './checks.js';

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
];
/** The audit actions this migration leaves allowed. */
export const AUDIT_ACTIONS = [...BEFORE, 'TESTIMONIAL_ADDED', 'TESTIMONIAL_CHANGED', 'CONSENT_RECORDED', 'TESTIMONIAL_DELETED'];

export class Migration20261126070000 extends Migration {
  // The audit log records who added, corrected, deleted testimonials and recorded their consent.
  override async up(): Promise<void> {
    replaceCheck(this, 'audit_events', 'action', AUDIT_ACTIONS);
  }

  override async down(): Promise<void> {
    replaceCheck(this, 'audit_events', 'action', BEFORE);
  }
}
