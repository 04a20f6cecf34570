import { ROLE_LABELS, roleCan, type Role, type SignOffSlotDefinition } from '@quorum/domain';
import { diffText } from '@quorum/section-content';
import { clearAttempts, startAttempt } from '../auth/attempt-limits.js';
import { checkPassword } from '../auth/secrets.js';
import { requireConfirmable, useConfirmation } from '../auth/sso/sso.service.js';
import { User } from '../auth/user.entity.js';
import { AuditAction } from '../audit/audit-event.entity.js';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Context } from '../common/context.js';
import { apiError, badInput, conflict, forbidden } from '../common/errors.js';
import { findPage, type Page } from '../common/connection.js';
import { viewsOf } from '../live/section-views.js';
import { EntryEventKind } from '../notifications/entry-events.js';
import { inTransaction } from '../common/unit-of-work.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { requireViewer } from '../policy/access.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { lockUnfrozenEntry } from '../policy/frozen.js';
import { Membership } from '../entries/membership.entity.js';
import type { Entry } from '../entries/entry.entity.js';
import { Section } from '../sections/section.entity.js';
import { sectionFor } from '../sections/section.service.js';
import { sectionApproval, type SectionApproval } from './approval.js';
import type { SetSignOffSlotsInput, SignOffSectionInput } from './dto/sign-off.inputs.js';
import { DiffOp, SignOffConfirmation, SignOffMeaning } from './sign-off.enums.js';
import { SignOff } from './sign-off.entity.js';
import type { TextDiffPart } from './sign-off.types.js';
import { covers, evidenceChanges, evidenceOfSections } from './evidence-digest.js';
import { evidenceKey, shownDigest } from './shown-digest.js';
import { actorOf, settleWorkflow } from './workflow.service.js';

/** The slot a sign-off is for: the one asked for, or the first the role fills (preferring one not yet held). */
function chooseSlot(section: Section, role: Role, slotKey: string | null | undefined, approval: SectionApproval): SignOffSlotDefinition {
  const fillable = section.signOffSlots.filter((s) => s.roles.includes(role));
  if (slotKey != null) {
    const slot = section.signOffSlots.find((s) => s.key === slotKey);
    if (!slot) throw badInput('input.slotKey', `This section has no sign-off slot “${slotKey}”.`);
    if (!slot.roles.includes(role)) throw forbidden(`As ${ROLE_LABELS[role].toLowerCase()} you cannot fill the slot “${slot.label}”.`);
    return slot;
  }
  if (fillable.length === 0) throw forbidden(`No sign-off slot of this section is for a ${ROLE_LABELS[role].toLowerCase()}.`);
  const open = fillable.find((s) => !approval.slots.find((h) => h.slot.key === s.key)?.heldBy);
  return open ?? fillable[0];
}

/** The signer's password, again; failures count towards a lock-out of their own (not log-in's). */
async function recheckPassword(ctx: Context, password: string): Promise<void> {
  const { user } = requireViewer(ctx);
  // Passwords turned off (QUORUM_PASSWORD_LOGIN=false) are off for signing too: a password kept from before must not vouch for anyone.
  if (!ctx.app.config.passwordLogin) {
    throw apiError('PASSWORD_LOGIN_DISABLED', `Passwords are turned off here: confirm it is you with “${ctx.app.config.sso?.buttonLabel ?? 'single sign-on'}” instead.`);
  }
  const limiter = ctx.app.attemptLimiters.signOffPasswordByAccount;
  await startAttempt([[limiter, user.id]], 'Too many wrong passwords.');
  const [row] = await ctx.em.execute<{ password_hash: string | null }[]>('select password_hash from users where id = ?', [user.id]);
  if (!(await checkPassword(row?.password_hash, password))) {
    throw badInput('input.password', row && row.password_hash === null ? 'Your account has no password: confirm it is you with your identity provider instead.' : 'That password is not right.');
  }
  await clearAttempts(limiter, user.id);
}

/**
 * Records a sign-off on the exact content the signer read: in one transaction, with the
 * section's document row share-locked (no edit can land meanwhile), the current content must
 * still have the hash they give, and the evidence it presents the digest they give (when
 * given); its Markdown and the evidence's hashes are copied into the sign-off.
 */
export async function signOffSection(ctx: Context, input: SignOffSectionInput): Promise<{ signOff: SignOff; section: Section; entry: Entry }> {
  const { user } = requireViewer(ctx);
  const section = await sectionFor(ctx, input.sectionId, 'signOff.give');
  const { role } = await authorizeEntry(ctx, section.entry.id, 'signOff.give');
  const [status] = await statusOf(ctx, [section]);
  const slot = chooseSlot(section, role, input.slotKey, status);
  // Who it is, again: the password, or (without one) a fresh sign-in at the identity provider (auth/sso/).
  if (input.password != null && input.confirmation != null) throw badInput('input.confirmation', 'Give your password or a confirmation from your identity provider, not both.');
  const confirmedWith = input.confirmation != null ? SignOffConfirmation.SINGLE_SIGN_ON : SignOffConfirmation.PASSWORD;
  if (input.confirmation != null) await requireConfirmable(ctx);
  else if (input.password == null) throw badInput('input.password', 'Enter your password.');
  else await recheckPassword(ctx, input.password);
  const actor = actorOf(ctx);
  const key = await evidenceKey(ctx); // before the transaction, which holds the embedded database's one connection
  const result = await inTransaction(ctx, async ({ em, events }) => {
    if (input.confirmation != null) await useConfirmation(ctx, em, input.confirmation);
    const entry = await lockUnfrozenEntry(em, section.entry.id, 'its sections can no longer be signed off');
    await em.execute('select 1 from section_documents where section_id = ? for share', [section.id]);
    const views = viewsOf(await ctx.app.live.store.current(em, section.id));
    if (views.contentHash !== input.contentHash) {
      throw conflict('The section has changed since you read it: read it again, then sign off what it says now.', { currentContentHash: views.contentHash });
    }
    // The evidence it presents as it is now, read in the same transaction: what the sign-off covers besides the text.
    const [evidence] = await evidenceOfSections(em, [section.id]);
    // Signed against what was seen: evidence that changed between reading and signing (a metric's values edited meanwhile) is not what the signer approved.
    const shown = shownDigest(key, evidence.digest);
    if (input.evidenceDigest != null && input.evidenceDigest !== shown) {
      throw conflict('The evidence this section presents (its metrics or testimonials) has changed since you read it: read it again, then sign off what it shows now.', {
        currentEvidenceDigest: shown,
      });
    }
    const signOff = em.create(SignOff, {
      section: em.getReference(Section, section.id),
      signer: em.getReference(User, user.id),
      role,
      slotKey: slot.key,
      slotLabel: slot.label,
      meaning: input.meaning,
      note: input.note.trim(),
      contentHash: views.contentHash,
      markdown: views.markdown,
      evidenceDigest: evidence.digest,
      evidence: evidence.items,
      confirmedWith,
    });
    const approves = input.meaning === SignOffMeaning.APPROVE;
    await appendAudit(em, entry.id, {
      action: AuditAction.SIGNED_OFF,
      actor,
      summary: `${user.name} (${ROLE_LABELS[role]}) ${approves ? 'approved' : 'requested changes to'} “${section.title}” as “${slot.label}”.`,
      data: {
        sectionId: section.id,
        signOffId: signOff.id,
        meaning: input.meaning,
        role,
        slotKey: slot.key,
        contentHash: views.contentHash,
        evidenceDigest: shown, // as the API shows it: those who read the audit log may not see hidden figures (shown-digest.ts)
        note: signOff.note,
        confirmedWith,
      },
    });
    if (!approves) {
      const writers = await em.find(Membership, { entry: entry.id });
      const message = `${user.name} requested changes to “${section.title}”${signOff.note ? `: ${signOff.note.slice(0, 200)}` : '.'}`;
      notify(
        em,
        writers
          .filter((m) => roleCan(m.role, 'section.edit'))
          .map((m) => ({ userId: m.user.id, entryId: entry.id, kind: NotificationKind.CHANGES_REQUESTED, message, actorId: user.id, sectionId: section.id, signOffId: signOff.id })),
      );
    }
    events.push({ kind: EntryEventKind.SIGNED_OFF, entryId: entry.id, sectionId: section.id, signOffId: signOff.id, actorId: user.id });
    await em.flush();
    await settleWorkflow(em, ctx.app, entry.id, actor, events);
    return { signOff, entry };
  });
  ctx.loaders.latestSignOffsOfSection.clear(section.id); // read before the write: the payload must see it
  await catchRacingEdit(ctx, section.id, result.signOff);
  return { ...result, section };
}

/**
 * An edit that waited on this sign-off's locks wrote after it, but read (in the same
 * statement) that no sign-off was waiting, so nobody looked for stale ones: look now,
 * naming the author of the latest edit.
 */
async function catchRacingEdit(ctx: Context, sectionId: string, signOff: SignOff): Promise<void> {
  if (viewsOf(await ctx.app.live.store.current(ctx.em, sectionId)).contentHash === signOff.contentHash) return;
  const [editor] = await ctx.em.execute<Actor[]>('select u.id, u.name from section_updates su join users u on u.id = su.author_id where su.section_id = ? order by su.version desc limit 1', [
    sectionId,
  ]);
  if (editor) await ctx.app.signOffChecks.afterSectionEdit(sectionId, editor);
}

/** Replaces a section's slots (lead). Sign-offs for a slot that no longer exists stop counting. */
export async function setSignOffSlots(ctx: Context, input: SetSignOffSlotsInput): Promise<{ section: Section; entry: Entry }> {
  const section = await sectionFor(ctx, input.sectionId, 'entry.configure');
  const slots = input.slots.map((s) => ({ key: s.key, label: s.label.trim(), roles: [...new Set(s.roles)] }));
  if (new Set(slots.map((s) => s.key)).size !== slots.length) throw badInput('input.slots', 'Each slot needs a key of its own.');
  const unfillable = slots.find((s) => !s.roles.some((r) => roleCan(r, 'signOff.give')));
  if (unfillable) throw badInput('input.slots', `Nobody in the roles of “${unfillable.label}” may sign off, so it could never be held.`);
  const actor = actorOf(ctx);
  const entry = await inTransaction(ctx, async ({ em, events }) => {
    const entry = await lockUnfrozenEntry(em, section.entry.id, 'its sign-off slots can no longer change');
    const target = await em.findOneOrFail(Section, section.id);
    const before = target.signOffSlots;
    target.signOffSlots = slots;
    await appendAudit(em, entry.id, {
      action: AuditAction.SIGN_OFF_SLOTS_CHANGED,
      actor,
      summary: `${actor.name} set the sign-offs “${section.title}” needs: ${slots.map((s) => s.label).join('; ') || 'none'}.`,
      data: { sectionId: section.id, before, after: slots },
    });
    events.push({ kind: EntryEventKind.SIGN_OFF_SLOTS_CHANGED, entryId: entry.id, sectionId: section.id, actorId: actor.id });
    await em.flush();
    await settleWorkflow(em, ctx.app, entry.id, actor, events);
    return entry;
  });
  return { section, entry };
}

/** Each section's slots and who holds them, through the request's loaders: a bounded number of statements for any number of sections. */
export async function statusOf(ctx: Context, sections: Section[]): Promise<SectionApproval[]> {
  const ids = sections.map((s) => s.id);
  const entryIds = [...new Set(sections.map((s) => s.entry.id))];
  const [latest, views, evidence, teams] = await Promise.all([
    ctx.loaders.latestSignOffsOfSection.loadMany(ids),
    ctx.loaders.sectionViews.loadMany(ids),
    ctx.loaders.evidenceOfSection.loadMany(ids),
    ctx.loaders.membersOfEntry.loadMany(entryIds),
  ]);
  const roles = new Map<string, Map<string, Role>>(entryIds.map((id, i) => [id, new Map(unwrap(teams[i]).map((m) => [m.user.id, m.role] as [string, Role]))]));
  return sections.map((s, i) => sectionApproval(s.signOffSlots, unwrap(latest[i]), { contentHash: unwrap(views[i]).contentHash, evidenceDigest: unwrap(evidence[i]).digest }, roles.get(s.entry.id)!));
}

function unwrap<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}

export function signOffsOf(ctx: Context, section: Section, first: number, after?: string): Promise<Page<SignOff>> {
  return findPage(ctx.em, SignOff, { section: section.id }, first, after);
}

export async function isStale(ctx: Context, signOff: SignOff): Promise<boolean> {
  const [views, evidence] = await Promise.all([ctx.loaders.sectionViews.load(signOff.section.id), ctx.loaders.evidenceOfSection.load(signOff.section.id)]);
  return !covers(signOff, { contentHash: views.contentHash, evidenceDigest: evidence.digest });
}

export async function isSuperseded(ctx: Context, signOff: SignOff): Promise<boolean> {
  const latest = await ctx.loaders.latestSignOffsOfSection.load(signOff.section.id);
  const newest = latest.find((s) => s.signer.id === signOff.signer.id);
  return !!newest && newest.id !== signOff.id && newest.createdAt >= signOff.createdAt;
}

/** What changed in the section since the sign-off was given (Markdown, word by word); empty while it is current. */
export async function diffSince(ctx: Context, signOff: SignOff): Promise<TextDiffPart[]> {
  const now = await ctx.loaders.sectionViews.load(signOff.section.id);
  const text = now.contentHash === signOff.contentHash ? [] : diffText(signOff.markdown, now.markdown).map((p) => ({ op: p.op.toUpperCase() as DiffOp, text: p.text }));
  // Evidence changes follow the text's, one added line each, in words only (evidence-digest.ts).
  const evidence = (await evidenceChangesSince(ctx, signOff)).map((line, i) => ({ op: DiffOp.INSERT, text: `${text.length || i > 0 ? '\n\n' : ''}${line}` }));
  return [...text, ...evidence];
}

/** What changed in the evidence the section presents since the sign-off was given, one sentence each; empty while it is current. */
export async function evidenceChangesSince(ctx: Context, signOff: SignOff): Promise<string[]> {
  const now = await ctx.loaders.evidenceOfSection.load(signOff.section.id);
  if (signOff.evidenceDigest == null || signOff.evidenceDigest === now.digest) return [];
  return evidenceChanges(signOff.evidence, now.items);
}
