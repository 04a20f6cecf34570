import { Migration } from '@mikro-orm/migrations';
import { replaceCheck } from './checks.js';
import { AUDIT_ACTIONS as BEFORE } from './Migration20261126070000_testimonial_audit.js';

/** The audit actions this migration leaves allowed. */
export const AUDIT_ACTIONS = [...BEFORE, 'METRIC_VALUES_CHANGED'];

export class Migration20261206150000 extends Migration {
  // The audit log records who entered, imported or changed which values of a metric (issue 13).
  override async up(): Promise<void> {
    replaceCheck(this, 'audit_events', 'action', AUDIT_ACTIONS);
  }

  override async down(): Promise<void> {
    replaceCheck(this, 'audit_events', 'action', BEFORE);
  }
}
