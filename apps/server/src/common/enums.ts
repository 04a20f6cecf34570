import { ROLE_LABELS, ROLES, type Role } from '@quorum/domain';
import { registerEnumType } from 'type-graphql';

/** The GraphQL enums, registered once; their values come from the shared domain package. */
export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [R in Role]: R };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'A member’s role within one entry. Roles are per entry, not per person.',
  valuesConfig: Object.fromEntries(ROLES.map((r) => [r, { description: ROLE_LABELS[r] }])),
});

export enum EntryState {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(EntryState, {
  name: 'EntryState',
  description: 'Where an entry is in its workflow.',
  valuesConfig: {
    DRAFT: { description: 'Being written.' },
    IN_REVIEW: { description: 'The lead has asked for review and sign-off.' },
    APPROVED: { description: 'Every sign-off slot of every section holds a current approval.' },
    SUBMITTED: { description: 'Submitted to the award: content is frozen.' },
  },
});

export enum TokenScope {
  READ = 'READ',
  READ_WRITE = 'READ_WRITE',
}
registerEnumType(TokenScope, {
  name: 'TokenScope',
  description: 'What a personal API token may do.',
  valuesConfig: {
    READ: { description: 'Queries only.' },
    READ_WRITE: { description: 'Queries and mutations, within the owner’s own permissions.' },
  },
});
