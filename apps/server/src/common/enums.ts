import { ROLE_LABELS, ROLES, type Role } from '@quorum/domain';
import { describedEnum, type EnumValue } from './described-enum.js';

/** The GraphQL enums, registered once; their values come from the shared domain package. */
export const RoleEnum = describedEnum(
  'Role',
  'A member’s role within one entry. Roles are per entry, not per person.',
  Object.fromEntries(ROLES.map((r) => [r, ROLE_LABELS[r]])) as Record<Role, string>,
);

export const EntryState = describedEnum('EntryState', 'Where an entry is in its workflow.', {
  DRAFT: 'Being written.',
  IN_REVIEW: 'The lead has asked for review and sign-off.',
  APPROVED: 'Every sign-off slot of every section holds a current approval.',
  SUBMITTED: 'Submitted to the award: content is frozen.',
});
export type EntryState = EnumValue<typeof EntryState>;

export const TokenScope = describedEnum('TokenScope', 'What a personal API token may do.', {
  READ: 'Queries only.',
  READ_WRITE: 'Queries and mutations, within the owner’s own permissions.',
});
export type TokenScope = EnumValue<typeof TokenScope>;
