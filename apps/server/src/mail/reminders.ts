import type { EntityManager } from '@mikro-orm/postgresql';
import { roleCan } from '@quorum/domain';
import type { AppServices } from '../common/context.js';
import { EntryState } from '../common/enums.js';
import { logError } from '../common/log.js';
import { inBackgroundTransaction } from '../common/unit-of-work.js';
import { Entry } from '../entries/entry.entity.js';
import { Membership } from '../entries/membership.entity.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { entryApproval } from '../sign-off/approval.js';

/** Reminders go this many days before an entry closes. */
export const REMINDER_DAYS = [14, 7, 2] as const;
const DAY_MS = 86400_000;

/**
 * Closing-date reminders: for each entry that closes within 14 days and is not submitted, the
 * nearest threshold passed (14, 7 or 2 days) is reminded of once, to those with something
 * pending; a threshold skipped (a date set 5 days ahead) is not sent late. The reminder's row
 * (closing_reminders) is written in the transaction that notifies, so that it goes exactly once
 * however many processes look; a changed closing date is reminded of afresh.
 */
export async function sendClosingReminders(app: AppServices, now: Date): Promise<void> {
  const em = app.live.orm.em.fork();
  const entries = await em.find(Entry, { closesAt: { $gt: now, $lte: new Date(now.getTime() + REMINDER_DAYS[0] * DAY_MS) }, state: { $ne: EntryState.SUBMITTED } });
  for (const entry of entries) {
    const left = entry.closesAt!.getTime() - now.getTime();
    const threshold = [...REMINDER_DAYS].reverse().find((days) => left <= days * DAY_MS)!;
    await inBackgroundTransaction(app, async ({ em }) => {
      const claimed = await em.execute<unknown[]>(`insert into closing_reminders (entry_id, closes_at, days_before) values (?, ?, ?) on conflict do nothing returning entry_id`, [
        entry.id,
        entry.closesAt,
        threshold,
      ]);
      if (claimed.length === 0) return;
      const days = Math.max(1, Math.ceil(left / DAY_MS));
      const people = await pendingPeople(em, app, entry);
      notify(
        em,
        people.map((userId) => ({
          userId,
          entryId: entry.id,
          kind: NotificationKind.CLOSING_DATE_NEAR,
          message: `“${entry.title}” closes in ${days} day${days === 1 ? '' : 's'}, on ${entry.closesAt!.toUTCString().slice(0, 16)}, and something of yours is still pending.`,
        })),
      );
    }).catch((error) => logError('A closing-date reminder could not be sent', error));
  }
}

/**
 * Who has something pending: the leads (the entry is not submitted yet); in a draft, whoever may
 * write it; in review, whoever could fill a sign-off slot that no current approval holds, in a
 * section they have not approved as it now reads.
 */
async function pendingPeople(em: EntityManager, app: AppServices, entry: Entry): Promise<string[]> {
  const members = await em.find(Membership, { entry: entry.id });
  const people = new Set(members.filter((m) => m.role === 'LEAD').map((m) => m.user.id));
  if (entry.state === EntryState.DRAFT) {
    for (const m of members) if (roleCan(m.role, 'section.edit')) people.add(m.user.id);
  } else {
    const approval = await entryApproval(em, app.live.store, entry.id);
    for (const { approval: section } of approval.sections) {
      const open = section.slots.filter((hold) => !hold.heldBy);
      for (const m of members) {
        const approvedHere = section.current.some((s) => s.signer.id === m.user.id && s.meaning === 'APPROVE');
        if (!approvedHere && roleCan(m.role, 'signOff.give') && open.some((hold) => hold.slot.roles.includes(m.role))) people.add(m.user.id);
      }
    }
  }
  return [...people];
}
