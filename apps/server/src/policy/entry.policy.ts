import { ROLE_LABELS, roleCan, WRITE_ACTIONS, type EntryAction, type Role } from '@quorum/domain';
import { TokenScope } from '../common/enums.js';
import type { Context } from '../common/context.js';
import { forbidden, notFound } from '../common/errors.js';
import type { Membership } from '../entries/membership.entity.js';
import { requireViewer } from './access.js';

const ACTION_PHRASES: Record<EntryAction, string> = {
  'entry.read': 'read this entry',
  'section.edit': 'edit section text',
  'comment.write': 'comment',
  'signOff.give': 'sign off sections',
  'team.manage': 'invite, change roles or remove members',
  'entry.configure': 'change the entry’s settings',
  'workflow.move': 'move the entry through its workflow',
  'entry.export': 'export the entry',
  'audit.read': 'read the audit log',
  'evidence.edit': 'edit the evidence (metrics, their values and criteria links)',
  'testimonial.add': 'add testimonials or record their consent',
};

/**
 * The one place that decides what a person may do within an entry (the matrix is in
 * @quorum/domain). Returns the viewer's membership. A non-member gets NOT_FOUND, never
 * FORBIDDEN, so that nobody learns an entry exists without belonging to it. `asked` is what
 * they asked for (a section, a comment…): its NOT_FOUND then reads the same whether it
 * exists or not.
 */
export async function authorizeEntry(ctx: Context, entryId: string, action: EntryAction, asked = 'Entry'): Promise<Membership> {
  requireViewer(ctx);
  const membership = await ctx.loaders.viewerMembership.load(entryId);
  if (!membership) throw notFound(asked);
  authorizeRole(ctx, membership.role, action);
  return membership;
}

/** The rule itself, for a member's role however it was loaded (live editing batches its lookups). */
export function authorizeRole(ctx: Context, role: Role, action: EntryAction): void {
  if (WRITE_ACTIONS.has(action) && requireViewer(ctx).token?.scope === TokenScope.READ) {
    throw forbidden('This API token is read-only.');
  }
  if (!roleCan(role, action)) {
    throw forbidden(`As ${ROLE_LABELS[role].toLowerCase()} on this entry you cannot ${ACTION_PHRASES[action]}.`);
  }
}

/** The viewer's abilities in an entry, computed from the same table, for the client to hide what it may not do. */
export function abilitiesOf(membership: Membership, ctx: Context): Record<EntryAction, boolean> {
  const readOnly = ctx.viewer?.token?.scope === TokenScope.READ;
  const entries = (Object.keys(ACTION_PHRASES) as EntryAction[]).map((action) => [
    action,
    roleCan(membership.role, action) && !(readOnly && WRITE_ACTIONS.has(action)),
  ]);
  return Object.fromEntries(entries) as Record<EntryAction, boolean>;
}
