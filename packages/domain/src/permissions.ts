import type { Role } from './roles.js';

/** One thing a member may do within an entry: who may, and how the server and clients speak of it. */
export interface EntryActionRule {
  /** The roles that may, by default. */
  roles: readonly Role[];
  /** It changes data: a read-only API token may never do it. */
  writes: boolean;
  /** Finishes "As a nurse on this entry you cannot …" (the FORBIDDEN message). */
  phrase: string;
  /** Its field in the API's `EntryAbilities`, for clients to hide what the viewer may not do. */
  ability: `can${string}`;
  /** That field's description in the schema. */
  abilityDescription: string;
}

const STAFF: readonly Role[] = ['MANAGER', 'MEDIC', 'NURSE', 'ALLIED_HEALTH', 'ANALYST'];

/**
 * The roles that see every metric value as entered; everyone else sees small numbers
 * suppressed. Only they may enter or change values or the disclosure settings
 * (`evidence.values`): someone who could write a value and read what then appears could
 * difference a hidden cell out of the figures shown (README, "Disclosure control").
 */
export const UNSUPPRESSED_ROLES: readonly Role[] = ['ANALYST'];

/**
 * The permission table: the one place an entry-level action is added. The server's policy
 * (apps/server/src/policy/entry.policy.ts), the API's `EntryAbilities`, the web client's
 * abilities and the permission-matrix test are all derived from it (docs/architecture.md).
 * The order is the order of `EntryAbilities`' fields.
 */
export const ENTRY_ACTION_RULES = {
  'entry.read': {
    roles: ['LEAD', ...STAFF, 'PATIENT_REP', 'OBSERVER'],
    writes: false,
    phrase: 'read this entry',
    ability: 'canRead',
    abilityDescription: 'Read the entry, its sections and comments.',
  },
  'section.edit': { roles: ['LEAD', ...STAFF], writes: true, phrase: 'edit section text', ability: 'canEdit', abilityDescription: 'Edit section text.' },
  'comment.write': { roles: ['LEAD', ...STAFF, 'PATIENT_REP'], writes: true, phrase: 'comment', ability: 'canComment', abilityDescription: 'Comment and reply.' },
  // Suggesting (tracked changes): everyone who may comment, so patient representatives propose
  // wording. Those who may not also edit send only updates that leave the accepted text as it was.
  'section.suggest': {
    roles: ['LEAD', ...STAFF, 'PATIENT_REP'],
    writes: true,
    phrase: 'suggest changes to section text',
    ability: 'canSuggest',
    abilityDescription: 'Suggest changes to section text (tracked changes that someone who may edit accepts or rejects).',
  },
  'signOff.give': { roles: ['LEAD', ...STAFF, 'PATIENT_REP'], writes: true, phrase: 'sign off sections', ability: 'canSignOff', abilityDescription: 'Sign off sections in their role.' },
  'team.manage': { roles: ['LEAD'], writes: true, phrase: 'invite, change roles or remove members', ability: 'canManageTeam', abilityDescription: 'Invite, change roles and remove members.' },
  'entry.configure': { roles: ['LEAD'], writes: true, phrase: 'change the entry’s settings', ability: 'canConfigure', abilityDescription: 'Change word limits and sign-off slots.' },
  'workflow.move': { roles: ['LEAD'], writes: true, phrase: 'move the entry through its workflow', ability: 'canMoveWorkflow', abilityDescription: 'Move the workflow and submit.' },
  'entry.schedule': {
    roles: ['LEAD'],
    writes: true,
    phrase: 'set the entry’s closing date',
    ability: 'canSetClosingDate',
    abilityDescription: 'Set the entry’s closing date, before which those with something pending are reminded.',
  },
  'entry.export': { roles: ['LEAD', 'MANAGER'], writes: false, phrase: 'export the entry', ability: 'canExport', abilityDescription: 'Export the entry.' },
  'audit.read': { roles: ['LEAD', 'MANAGER'], writes: false, phrase: 'read the audit log', ability: 'canReadAuditLog', abilityDescription: 'Read the audit log.' },
  // Metrics and criteria links: whoever may write the sections may write the evidence.
  'evidence.edit': {
    roles: ['LEAD', ...STAFF],
    writes: true,
    phrase: 'edit the evidence (metrics and criteria links)',
    ability: 'canEditEvidence',
    abilityDescription: 'Define metrics and link criteria to evidence (their values: `canEditValues`).',
  },
  // Values and the disclosure settings: only those who see every value unsuppressed (see UNSUPPRESSED_ROLES).
  'evidence.values': {
    roles: UNSUPPRESSED_ROLES,
    writes: true,
    phrase: 'enter or change metric values or their disclosure settings (only those who see every value unsuppressed may)',
    ability: 'canEditValues',
    abilityDescription: 'Enter, import and change metric values, the suppression threshold and rounding: only roles that see every value unsuppressed.',
  },
  // Testimonials and their consent: patient representatives often collect patients' words and
  // their consent, so everyone who may comment may add a testimonial and record its consent.
  'testimonial.add': {
    roles: ['LEAD', ...STAFF, 'PATIENT_REP'],
    writes: true,
    phrase: 'add testimonials or record their consent',
    ability: 'canAddTestimonials',
    abilityDescription: 'Add testimonials and record their consent.',
  },
} as const satisfies Record<string, EntryActionRule>;

export type EntryAction = keyof typeof ENTRY_ACTION_RULES;
/** The `EntryAbilities` field names, one per action. */
export type EntryAbility = (typeof ENTRY_ACTION_RULES)[EntryAction]['ability'];

export const ENTRY_ACTIONS = Object.keys(ENTRY_ACTION_RULES) as EntryAction[];

/** Who may do what: the roles column of the table. */
export const ENTRY_PERMISSIONS: Record<EntryAction, readonly Role[]> = Object.fromEntries(
  ENTRY_ACTIONS.map((action): [EntryAction, readonly Role[]] => [action, ENTRY_ACTION_RULES[action].roles]),
) as Record<EntryAction, readonly Role[]>;

/** Actions that change data: a read-only API token may never perform them. */
export const WRITE_ACTIONS: ReadonlySet<EntryAction> = new Set(ENTRY_ACTIONS.filter((action) => ENTRY_ACTION_RULES[action].writes));

export function roleCan(role: Role, action: EntryAction): boolean {
  return ENTRY_PERMISSIONS[action].includes(role);
}
