import { randomUUID } from 'node:crypto';
import type { Context } from '../common/context.js';
import { badInput } from '../common/errors.js';
import { inTransaction } from '../common/unit-of-work.js';
import { Entry } from '../entries/entry.entity.js';
import { requireViewer } from '../policy/access.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { DIGEST, MAIL_KINDS, MailDelivery, MailKind } from './mail-kinds.js';
import { MailPreference } from './mail-preference.entity.js';
import { readUnsubscribe } from './unsubscribe-token.js';

/**
 * The kinds one may turn off or gather: every kind but the password reset, which goes only when
 * the person asks for it, at once, so that no choice (nor a click on an old reset mail's
 * unsubscribe link) can leave them locked out of their account.
 */
const CHOOSABLE_KINDS = MAIL_KINDS.filter((kind) => kind !== MailKind.PASSWORD_RESET);
const notChoosable = (field: string) => badInput(field, 'Password reset links are sent only when you ask for one, and at once: they cannot be turned off or gathered into a digest.');

/** One address's choice for every kind, in the vocabulary's order; AT_ONCE where none was made. */
export async function mailPreferencesOf(ctx: Context, address: string): Promise<{ kind: MailKind; delivery: MailDelivery }[]> {
  const chosen = await ctx.em.find(MailPreference, { address });
  return CHOOSABLE_KINDS.map((kind) => ({ kind, delivery: chosen.find((p) => p.kind === kind)?.delivery ?? MailDelivery.AT_ONCE }));
}

async function setDelivery(ctx: Context, address: string, kinds: MailKind[], delivery: MailDelivery): Promise<void> {
  await inTransaction(ctx, async ({ em }) => {
    for (const kind of kinds) {
      await em.execute(
        `insert into mail_preferences (id, address, kind, delivery, updated_at) values (?, ?, ?, ?, now())
          on conflict (address, kind) do update set delivery = excluded.delivery, updated_at = excluded.updated_at`,
        [randomUUID(), address, kind, delivery],
      );
    }
  });
}

export async function setMailPreference(ctx: Context, kind: MailKind, delivery: MailDelivery) {
  const { user } = requireViewer(ctx);
  if (kind === MailKind.PASSWORD_RESET) throw notChoosable('input.kind');
  await setDelivery(ctx, user.email, [kind], delivery);
  return mailPreferencesOf(ctx, user.email);
}

/**
 * An email's unsubscribe link: no sign-in, the signed token says which address and kind. A
 * digest's link stops the digest: every kind that went to it becomes never.
 */
export async function unsubscribe(ctx: Context, token: string): Promise<MailKind[]> {
  const what = readUnsubscribe(await ctx.app.mail.unsubscribeKey(), token);
  if (!what) throw badInput('input.token', 'This unsubscribe link is not one Quorum made, or it was cut short. Choose your emails on your account page instead.');
  if (what.kind === MailKind.PASSWORD_RESET) throw notChoosable('input.token');
  const kinds = what.kind === DIGEST ? (await mailPreferencesOf(ctx, what.address)).filter((p) => p.delivery === MailDelivery.DAILY_DIGEST).map((p) => p.kind) : [what.kind];
  await setDelivery(ctx, what.address, kinds, MailDelivery.NEVER);
  return kinds;
}

/** A lead sets (or clears) when the entry closes; reminders go 14, 7 and 2 days before (reminders.ts). */
export async function setEntryClosingDate(ctx: Context, entryId: string, closesAt: Date | null | undefined): Promise<Entry> {
  await authorizeEntry(ctx, entryId, 'entry.schedule');
  if (closesAt && Number.isNaN(closesAt.getTime())) throw badInput('input.closesAt', 'Enter a real date.');
  return inTransaction(ctx, async ({ em }) => {
    const entry = await em.findOneOrFail(Entry, entryId);
    entry.closesAt = closesAt ?? null;
    return entry;
  });
}
