import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-event.entity.js';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { Entry } from '../entries/entry.entity.js';
import { EntryEventKind, type EntryEventData } from '../notifications/entry-events.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import type { EntryApproval } from './approval.js';
import { SignOffMeaning } from './sign-off.enums.js';

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * Brings the record of which latest sign-offs are stale (`stale_notified_at`) in line with the
 * content `approval` was read from, inside the caller's transaction (which holds the entry's
 * lock, so that one transition is recorded once). A sign-off that went stale since is recorded
 * (audit, entry event) and its signer told; one that is current again (the text was put back)
 * is cleared, so that the next change that makes it stale tells them again: each time, not
 * only the first.
 */
export async function recordStaleness(em: EntityManager, entry: Entry, approval: EntryApproval, actor: Actor | null, events: EntryEventData[]): Promise<void> {
  const currentAgain = approval.sections.flatMap(({ approval: a }) => a.current.filter((s) => s.staleNotifiedAt != null).map((s) => s.id));
  if (currentAgain.length) await em.execute('update sign_offs set stale_notified_at = null where id = any(?::uuid[])', [uuidArray(currentAgain)]);
  for (const { section, contentHash, approval: a } of approval.sections) {
    const newlyStale = a.stale.filter((s) => s.staleNotifiedAt == null);
    if (newlyStale.length === 0) continue;
    await em.execute('update sign_offs set stale_notified_at = now() where id = any(?::uuid[])', [uuidArray(newlyStale.map((s) => s.id))]);
    // The text changed: whoever edited it last; only the evidence changed: whoever changed that (the actor).
    const textChanged = newlyStale.some((s) => s.contentHash !== contentHash);
    const editor = textChanged ? ((await lastEditor(em, section.id)) ?? actor) : actor;
    const what = textChanged ? 'changed' : 'presents evidence that changed';
    notify(
      em,
      newlyStale
        .filter((s) => approval.roles.has(s.signer.id)) // a former member is not told about the entry
        .map((s) => ({
          userId: s.signer.id,
          entryId: entry.id,
          kind: NotificationKind.SIGN_OFF_STALE,
          message:
            s.meaning === SignOffMeaning.APPROVE
              ? `“${section.title}” ${what} after you approved it: your approval no longer counts. See what changed and sign it off again.`
              : `“${section.title}” ${what} after you requested changes: see whether the changes answer your request.`,
          actorId: editor?.id ?? null,
          sectionId: section.id,
          signOffId: s.id,
        })),
    );
    const count = `${newlyStale.length} sign-off${newlyStale.length === 1 ? ' is' : 's are'} stale`;
    await appendAudit(em, entry.id, {
      action: AuditAction.SIGN_OFF_STALE,
      actor: editor,
      summary: !textChanged
        ? `${editor ? `${editor.name} changed evidence` : 'Evidence'} that “${section.title}” presents: ${count}.`
        : editor
          ? `An edit by ${editor.name} changed “${section.title}”: ${count}.`
          : `“${section.title}” changed: ${count}.`,
      data: { sectionId: section.id, signOffIds: newlyStale.map((s) => s.id), contentHash },
    });
    events.push({ kind: EntryEventKind.SIGN_OFF_STALE, entryId: entry.id, sectionId: section.id, actorId: editor?.id ?? null });
  }
}

/** Who wrote the section's latest logged edit: the one who made its sign-offs stale (null once compacted away). */
async function lastEditor(em: EntityManager, sectionId: string): Promise<Actor | null> {
  const [editor] = await em.execute<Actor[]>('select u.id, u.name from section_updates su join users u on u.id = su.author_id where su.section_id = ? order by su.version desc limit 1', [sectionId]);
  return editor ?? null;
}
