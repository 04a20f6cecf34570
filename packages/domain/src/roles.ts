/** Roles are held per entry: one person can be a nurse on one entry and an observer on another. */
export const ROLES = ['LEAD', 'MANAGER', 'MEDIC', 'NURSE', 'ALLIED_HEALTH', 'ANALYST', 'PATIENT_REP', 'OBSERVER'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  LEAD: 'Lead',
  MANAGER: 'Manager',
  MEDIC: 'Medic',
  NURSE: 'Nurse',
  ALLIED_HEALTH: 'Allied health professional',
  ANALYST: 'Data analyst',
  PATIENT_REP: 'Patient representative',
  OBSERVER: 'Observer',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
