import { ROLE_LABELS, ROLES, type Role } from '@quorum/domain';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** NHS style dates: 9 December 2026. */
export const formatDate = (iso: string) => DATE.format(new Date(iso));

export const roleLabel = (role: Role) => ROLE_LABELS[role];

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
