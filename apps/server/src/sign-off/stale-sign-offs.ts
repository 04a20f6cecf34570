import { AuditAction } from '../audit/audit-event.entity.js';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { AppServices } from '../common/context.js';
import { GroupWhileBusy } from '../common/group-while-busy.js';
import { viewsOf } from '../live/section-views.js';
import { EntryEventKind, publishEntryEvents, type EntryEventData } from '../notifications/entry-events.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Section } from '../sections/section.entity.js';
import { SignOffMeaning } from './sign-off.enums.js';
import { settleWorkflow } from './workflow.service.js';

const checks = new WeakMap<AppServices, GroupWhileBusy<string, void, Actor>>();

/**
 * Called after a committed edit of a section whose sign-offs wait to be found stale (the
 * update log says so: live/section-live.service.ts): tells the signers whose sign-offs the
 * edit made stale, records it, and lets the workflow fall back from APPROVED. Staleness
 * itself is never stored: it is read by comparing hashes. Edits that arrive while a check is
 * running share the next one (it reads the content after all of them).
 */
export function afterSectionEdit(app: AppServices, sectionId: string, actor: Actor): Promise<void> {
  let sectionChecks = checks.get(app);
  if (!sectionChecks) {
    sectionChecks = new GroupWhileBusy(async (batch) => {
      for (const [id, firstActor] of batch) {
        await markStaleSignOffs(app, id, firstActor).catch((error) => console.error('stale sign-off check failed', id, error));
      }
      return new Map();
    });
    checks.set(app, sectionChecks);
  }
  return sectionChecks.load(sectionId, actor);
}

async function markStaleSignOffs(app: AppServices, sectionId: string, actor: Actor): Promise<void> {
  const em = app.live.orm.em.fork();
  const waiting = await em.execute<{ id: string; content_hash: string }[]>(
    'select id, content_hash from sign_offs where section_id = ? and stale_notified_at is null',
    [sectionId],
  );
  if (waiting.length === 0) return;
  const { contentHash } = viewsOf(await app.live.store.current(em, sectionId));
  const stale = waiting.filter((s) => s.content_hash !== contentHash).map((s) => s.id);
  if (stale.length === 0) return;
  const events: EntryEventData[] = [];
  await em.transactional(async (tx) => {
    // Marked under the row locks this update takes, so that concurrent edits tell each signer once.
    const marked = await tx.execute<{ id: string; signer_id: string; meaning: SignOffMeaning }[]>(
      `update sign_offs set stale_notified_at = now() where id = any(?::uuid[]) and stale_notified_at is null returning id, signer_id, meaning`,
      [`{${stale.join(',')}}`],
    );
    if (marked.length === 0) return;
    const section = await tx.findOneOrFail(Section, sectionId, { populate: ['entry'] });
    const entryId = section.entry.id;
    notify(
      tx,
      marked.map((s) => ({
        userId: s.signer_id,
        entryId,
        kind: NotificationKind.SIGN_OFF_STALE,
        message:
          s.meaning === SignOffMeaning.APPROVE
            ? `“${section.title}” changed after you approved it: your approval no longer counts. See what changed and sign it off again.`
            : `“${section.title}” changed after you requested changes: see whether the changes answer your request.`,
        actorId: actor.id,
        sectionId,
        signOffId: s.id,
      })),
    );
    await appendAudit(tx, entryId, {
      action: AuditAction.SIGN_OFF_STALE,
      actor,
      summary: `An edit by ${actor.name} changed “${section.title}”: ${marked.length} sign-off${marked.length === 1 ? ' is' : 's are'} stale.`,
      data: { sectionId, signOffIds: marked.map((s) => s.id), contentHash },
    });
    events.push({ kind: EntryEventKind.SIGN_OFF_STALE, entryId, sectionId, actorId: actor.id });
    await tx.flush();
    await settleWorkflow(tx, app, entryId, actor, events);
  });
  await publishEntryEvents(app, events);
}
