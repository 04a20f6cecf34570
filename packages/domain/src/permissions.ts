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
};

/** Actions that change data: a read-only API token may never perform them. */
export const WRITE_ACTIONS: ReadonlySet<EntryAction> = new Set<EntryAction>([
  'section.edit',
  'comment.write',
  'signOff.give',
  'team.manage',
  'entry.configure',
  'workflow.move',
]);

export function roleCan(role: Role, action: EntryAction): boolean {
  return ENTRY_PERMISSIONS[action].includes(role);
}
