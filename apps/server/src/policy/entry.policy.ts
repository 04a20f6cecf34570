import { ENTRY_ACTION_RULES, ENTRY_ACTIONS, ROLE_LABELS, roleCan, WRITE_ACTIONS, type EntryAbility, type EntryAction, type Role } from '@quorum/domain';
import { TokenScope } from '../common/enums.js';
import type { Context } from '../common/context.js';
import { forbidden, notFound } from '../common/errors.js';
import type { Membership } from '../entries/membership.entity.js';
import { requireViewer } from './access.js';

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
    throw forbidden(`As ${ROLE_LABELS[role].toLowerCase()} on this entry you cannot ${ENTRY_ACTION_RULES[action].phrase}.`);
  }
}

/** The viewer's abilities in an entry (`EntryAbilities`), computed from the same table, for the client to hide what it may not do. */
export function abilitiesOf(membership: Membership, ctx: Context): Record<EntryAbility, boolean> {
  const readOnly = ctx.viewer?.token?.scope === TokenScope.READ;
  const can = (action: EntryAction) => roleCan(membership.role, action) && !(readOnly && WRITE_ACTIONS.has(action));
  return Object.fromEntries(ENTRY_ACTIONS.map((action) => [ENTRY_ACTION_RULES[action].ability, can(action)])) as Record<EntryAbility, boolean>;
}
