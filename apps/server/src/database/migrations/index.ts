import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125213356 } from './Migration20261125213356_foundation.js';
import { Migration20261125215524 } from './Migration20261125215524_live_editing.js';
import { Migration20261125230000 } from './Migration20261125230000_evidence.js';
import { Migration20261125233000 } from './Migration20261125233000_review.js';
import { Migration20261126050000 } from './Migration20261126050000_comment_reopened.js';
import { Migration20261126070000 } from './Migration20261126070000_testimonial_audit.js';
import { Migration20261206090000 } from './Migration20261206090000_audit_key.js';
import { Migration20261206120000 } from './Migration20261206120000_mail.js';
import { Migration20261206130000 } from './Migration20261206130000_single_sign_on.js';
import { Migration20261206150000 } from './Migration20261206150000_metric_values_audit.js';
import { Migration20261206150001 } from './Migration20261206150001_metric_rounding.js';
import { Migration20261206160000 } from './Migration20261206160000_metric_methods.js';
import { Migration20261206170000 } from './Migration20261206170000_metric_spc.js';
import { Migration20261206180000 } from './Migration20261206180000_sign_off_evidence.js';
import { Migration20261206180001 } from './Migration20261206180001_revision_names.js';
import { Migration20261207100000 } from './Migration20261207100000_section_suggestions.js';
import { Migration20261207120000 } from './Migration20261207120000_metric_age_bands.js';
import { Migration20261207150000 } from './Migration20261207150000_criterion_passages.js';
import { Migration20261207181100 } from './Migration20261207181100_suggestion_notifications.js';

/** Committed migrations, in order. Listed by hand so that the same list works from source and from the build. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125213356_foundation', class: Migration20261125213356 },
  { name: 'Migration20261125215524_live_editing', class: Migration20261125215524 },
  { name: 'Migration20261125230000_evidence', class: Migration20261125230000 },
  { name: 'Migration20261125233000_review', class: Migration20261125233000 },
  { name: 'Migration20261126050000_comment_reopened', class: Migration20261126050000 },
  { name: 'Migration20261126070000_testimonial_audit', class: Migration20261126070000 },
  { name: 'Migration20261206090000_audit_key', class: Migration20261206090000 },
  { name: 'Migration20261206120000_mail', class: Migration20261206120000 },
  { name: 'Migration20261206130000_single_sign_on', class: Migration20261206130000 },
  { name: 'Migration20261206150000_metric_values_audit', class: Migration20261206150000 },
  { name: 'Migration20261206150001_metric_rounding', class: Migration20261206150001 },
  { name: 'Migration20261206160000_metric_methods', class: Migration20261206160000 },
  { name: 'Migration20261206170000_metric_spc', class: Migration20261206170000 },
  { name: 'Migration20261206180000_sign_off_evidence', class: Migration20261206180000 },
  { name: 'Migration20261206180001_revision_names', class: Migration20261206180001 },
  { name: 'Migration20261207100000_section_suggestions', class: Migration20261207100000 },
  { name: 'Migration20261207120000_metric_age_bands', class: Migration20261207120000 },
  { name: 'Migration20261207150000_criterion_passages', class: Migration20261207150000 },
  { name: 'Migration20261207181100_suggestion_notifications', class: Migration20261207181100 },
];
