import type { EntityManager } from '@mikro-orm/postgresql';
import { ROLE_LABELS, type Role } from '@quorum/domain';
import { User } from '../auth/user.entity.js';
import type { Context } from '../common/context.js';
import type { Membership } from '../entries/membership.entity.js';
import { EntryEventKind, type EntryEventData } from '../notifications/entry-events.js';
import { actorOf, settleWorkflow } from '../sign-off/workflow.service.js';
import { AuditAction } from './audit-event.entity.js';
import { appendAudit } from './audit.service.js';

type MembershipAction = (typeof AuditAction)['MEMBER_JOINED' | 'MEMBER_ROLE_CHANGED' | 'MEMBER_REMOVED' | 'MEMBER_LEFT'];

const EVENT_KINDS: Record<MembershipAction, EntryEventKind> = {
  MEMBER_JOINED: EntryEventKind.MEMBER_JOINED,
  MEMBER_ROLE_CHANGED: EntryEventKind.MEMBER_ROLE_CHANGED,
  MEMBER_REMOVED: EntryEventKind.MEMBER_REMOVED,
  MEMBER_LEFT: EntryEventKind.MEMBER_REMOVED,
};

/**
 * Inside a membership change's transaction (entries/membership.service.ts): records it in the
 * entry's log and lets the workflow settle, since an approval counts only from a current
 * member in a role its slot accepts (so joining counts too: someone who rejoins brings their
 * earlier sign-offs back). Returns the events to publish once committed.
 */
export async function recordMembershipChange(em: EntityManager, ctx: Context, action: MembershipAction, membership: Membership, from?: Role): Promise<EntryEventData[]> {
  const actor = actorOf(ctx);
  const subject = await em.findOneOrFail(User, membership.user.id);
  const entryId = membership.entry.id;
  const role = ROLE_LABELS[membership.role].toLowerCase();
  const summaries: Record<MembershipAction, string> = {
    MEMBER_JOINED: `${subject.name} joined as ${role}.`,
    MEMBER_ROLE_CHANGED: `${actor.name} changed ${subject.name}’s role from ${from ? ROLE_LABELS[from].toLowerCase() : '?'} to ${role}.`,
    MEMBER_REMOVED: `${actor.name} removed ${subject.name} (${role}) from the entry.`,
    MEMBER_LEFT: `${subject.name} (${role}) left the entry.`,
  };
  const data = { membershipId: membership.id, userId: subject.id, role: membership.role, ...(from ? { from } : {}) };
  await appendAudit(em, entryId, { action, actor, summary: summaries[action], data });
  const events: EntryEventData[] = [{ kind: EVENT_KINDS[action], entryId, membershipId: membership.id, userId: subject.id, actorId: actor.id }];
  await em.flush();
  await settleWorkflow(em, ctx.app, entryId, actor, events);
  return events;
}
