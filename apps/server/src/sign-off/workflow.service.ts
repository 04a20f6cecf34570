import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { roleCan } from '@quorum/domain';
import { AuditAction } from '../audit/audit-event.entity.js';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { AppServices, Context } from '../common/context.js';
import { EntryState } from '../common/enums.js';
import { conflict } from '../common/errors.js';
import { Entry } from '../entries/entry.entity.js';
import { Membership } from '../entries/membership.entity.js';
import { EntryEventKind, type EntryEventData } from '../notifications/entry-events.js';
import { inTransaction } from '../common/unit-of-work.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { requireViewer } from '../policy/access.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { Section } from '../sections/section.entity.js';
import { entryApproval, type EntryApproval } from './approval.js';
import { recordStaleness } from './staleness.js';

const STATE_WORDS: Record<EntryState, string> = {
  DRAFT: 'a draft',
  IN_REVIEW: 'in review',
  APPROVED: 'approved',
  SUBMITTED: 'submitted',
};

export const actorOf = (ctx: Context): Actor => {
  const { user } = requireViewer(ctx);
  return { id: user.id, name: user.name };
};

/** The entry row, locked for the rest of the transaction: workflow moves and sign-offs of one entry take turns. */
export function lockEntry(em: EntityManager, entryId: string): Promise<Entry> {
  return em.findOneOrFail(Entry, entryId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** Changes the state, records it and queues its event; the caller's transaction writes it. */
async function moveEntry(em: EntityManager, entry: Entry, to: EntryState, actor: Actor | null, summary: string, data: Record<string, unknown>, events: EntryEventData[]) {
  const from = entry.state;
  entry.state = to;
  await appendAudit(em, entry.id, { action: AuditAction.WORKFLOW_MOVED, actor, summary, data: { from, to, ...data } });
  events.push({ kind: EntryEventKind.WORKFLOW_MOVED, entryId: entry.id, state: to, actorId: actor?.id ?? null });
}

/**
 * The one recomputation of everything that follows from the sign-offs, called inside the
 * transaction of whatever may change them (sign-offs, slots, membership, workflow moves, and
 * edits that make sign-offs stale or current again: stale-sign-offs.ts); `actor` is whoever's
 * act tipped it. It records which sign-offs went stale (telling their signers) or are current
 * again (staleness.ts), and moves IN_REVIEW <-> APPROVED: APPROVED exactly while every slot of
 * every section holds a current approval and no change request is open. Flush before calling:
 * it reads fresh, under the entry's lock.
 */
export async function settleWorkflow(em: EntityManager, app: AppServices, entryId: string, actor: Actor | null, events: EntryEventData[]): Promise<void> {
  const entry = await lockEntry(em, entryId);
  const approval = await entryApproval(em, app.live.store, entryId);
  await recordStaleness(em, entry, approval, actor, events);
  if (entry.state !== EntryState.IN_REVIEW && entry.state !== EntryState.APPROVED) return;
  const { approved } = approval;
  if (approved === (entry.state === EntryState.APPROVED)) return;
  if (!approved) {
    await moveEntry(
      em,
      entry,
      EntryState.IN_REVIEW,
      actor,
      'The entry is no longer approved: a sign-off went stale, a change was requested or the sign-offs needed changed.',
      { automatic: true },
      events,
    );
    return;
  }
  await moveEntry(em, entry, EntryState.APPROVED, actor, 'Every sign-off slot holds a current approval and no change request is open: the entry is approved.', { automatic: true }, events);
  const leads = await em.find(Membership, { entry: entryId, role: 'LEAD' });
  notify(
    em,
    leads.map((m) => ({ userId: m.user.id, entryId, kind: NotificationKind.ENTRY_APPROVED, message: `Every section of “${entry.title}” is signed off: it is ready to submit.` })),
  );
}

/** Runs a workflow step in one unit of work, after the permission check. */
async function workflowStep(ctx: Context, entryId: string, step: (em: EntityManager, entry: Entry, events: EntryEventData[]) => Promise<void>): Promise<Entry> {
  await authorizeEntry(ctx, entryId, 'workflow.move');
  return inTransaction(ctx, async ({ em, events }) => {
    const locked = await lockEntry(em, entryId);
    await step(em, locked, events);
    await em.flush();
    await settleWorkflow(em, ctx.app, locked.id, actorOf(ctx), events);
    return locked;
  });
}

/** DRAFT -> IN_REVIEW (lead). Everyone whose role fills a slot is asked to review. */
export function requestReview(ctx: Context, entryId: string): Promise<Entry> {
  return workflowStep(ctx, entryId, async (em, entry, events) => {
    if (entry.state !== EntryState.DRAFT) {
      throw conflict(`Only a draft can be sent for review; this entry is ${STATE_WORDS[entry.state]}.`, { state: entry.state });
    }
    const actor = actorOf(ctx);
    await moveEntry(em, entry, EntryState.IN_REVIEW, actor, `${actor.name} asked for review and sign-off.`, {}, events);
    const [sections, members] = await Promise.all([em.find(Section, { entry: entry.id }), em.find(Membership, { entry: entry.id })]);
    const slotRoles = new Set(sections.flatMap((s) => s.signOffSlots.flatMap((slot) => slot.roles)));
    const reviewers = members.filter((m) => slotRoles.has(m.role) && roleCan(m.role, 'signOff.give'));
    notify(
      em,
      reviewers.map((m) => ({
        userId: m.user.id,
        entryId: entry.id,
        kind: NotificationKind.REVIEW_REQUESTED,
        message: `${actor.name} asked you to review and sign off “${entry.title}”.`,
        actorId: actor.id,
      })),
    );
  });
}

/** Why an entry is not approved, for the CONFLICT a refused submission gets. */
function notApproved(entry: Entry, approval: EntryApproval) {
  const missing = approval.sections.flatMap(({ section, approval: a }) => a.slots.filter((s) => !s.heldBy).map((s) => ({ sectionId: section.id, slotKey: s.slot.key })));
  const requests = approval.sections.flatMap(({ approval: a }) => a.openChangeRequests.map((s) => s.id));
  const stale = approval.sections.flatMap(({ approval: a }) => a.stale.map((s) => s.id));
  const reasons = [
    missing.length && `${missing.length} sign-off slot${missing.length === 1 ? ' is' : 's are'} not held by a current approval`,
    requests.length && `${requests.length} change request${requests.length === 1 ? ' is' : 's are'} open`,
    stale.length && `${stale.length} sign-off${stale.length === 1 ? ' is' : 's are'} stale (the section changed since)`,
  ].filter(Boolean);
  return conflict(`The entry is not approved yet: ${reasons.join('; ')}.`, { state: entry.state, missingSlots: missing, openChangeRequestIds: requests, staleSignOffIds: stale });
}

/** APPROVED -> SUBMITTED (lead): the content freezes. Approval is checked afresh, not taken from the state alone. */
export function submitEntry(ctx: Context, entryId: string): Promise<Entry> {
  return workflowStep(ctx, entryId, async (em, entry, events) => {
    if (entry.state === EntryState.DRAFT || entry.state === EntryState.SUBMITTED) {
      throw conflict(`Only an approved entry can be submitted; this entry is ${STATE_WORDS[entry.state]}.`, { state: entry.state });
    }
    const approval = await entryApproval(em, ctx.app.live.store, entry.id);
    if (entry.state !== EntryState.APPROVED || !approval.approved) throw notApproved(entry, approval);
    const actor = actorOf(ctx);
    await moveEntry(em, entry, EntryState.SUBMITTED, actor, `${actor.name} submitted the entry; its content is frozen.`, {}, events);
  });
}

/** SUBMITTED -> IN_REVIEW (lead), with the reason on record; it is APPROVED again at once if the sign-offs still hold. */
export function reopenEntry(ctx: Context, entryId: string, reason: string): Promise<Entry> {
  return workflowStep(ctx, entryId, async (em, entry, events) => {
    if (entry.state !== EntryState.SUBMITTED) throw conflict(`Only a submitted entry can be reopened; this entry is ${STATE_WORDS[entry.state]}.`, { state: entry.state });
    const actor = actorOf(ctx);
    await moveEntry(em, entry, EntryState.IN_REVIEW, actor, `${actor.name} reopened the submitted entry: ${reason.trim()}`, { reason: reason.trim() }, events);
  });
}
