import type { Role } from './roles.js';

/**
 * What a member may do within one entry. The table below is the default matrix of the
 * design notes; the server's policy and the web client's abilities both read it, and the
 * permission-matrix test is generated from it.
 */
export const ENTRY_ACTIONS = [
  'entry.read',
  'section.edit',
  'comment.write',
  'signOff.give',
  'team.manage',
  'entry.configure',
  'workflow.move',
  'entry.export',
  'audit.read',
  'evidence.edit',
  'testimonial.add',
] as const;

export type EntryAction = (typeof ENTRY_ACTIONS)[number];

const STAFF: readonly Role[] = ['MANAGER', 'MEDIC', 'NURSE', 'ALLIED_HEALTH', 'ANALYST'];

export const ENTRY_PERMISSIONS: Record<EntryAction, readonly Role[]> = {
  'entry.read': ['LEAD', ...STAFF, 'PATIENT_REP', 'OBSERVER'],
  'section.edit': ['LEAD', ...STAFF],
  'comment.write': ['LEAD', ...STAFF, 'PATIENT_REP'],
  'signOff.give': ['LEAD', ...STAFF, 'PATIENT_REP'],
  'team.manage': ['LEAD'],
  'entry.configure': ['LEAD'],
  'workflow.move': ['LEAD'],
  'entry.export': ['LEAD', 'MANAGER'],
  'audit.read': ['LEAD', 'MANAGER'],
  // Metrics, their values and criteria links: whoever may write the sections may write the evidence.
  'evidence.edit': ['LEAD', ...STAFF],
  // Testimonials and their consent: patient representatives often collect patients' words and
  // their consent, so everyone who may comment may add a testimonial and record its consent.
  'testimonial.add': ['LEAD', ...STAFF, 'PATIENT_REP'],
};

/** Actions that change data: a read-only API token may never perform them. */
export const WRITE_ACTIONS: ReadonlySet<EntryAction> = new Set<EntryAction>([
  'section.edit',
  'comment.write',
  'signOff.give',
  'team.manage',
  'entry.configure',
  'workflow.move',
  'evidence.edit',
  'testimonial.add',
]);

export function roleCan(role: Role, action: EntryAction): boolean {
  return ENTRY_PERMISSIONS[action].includes(role);
}
