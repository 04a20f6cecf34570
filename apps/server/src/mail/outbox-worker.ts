import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppServices } from '../common/context.js';
import { logError } from '../common/log.js';
import type { Config } from '../config.js';
import { User } from '../auth/user.entity.js';
import { Clock } from './clock.js';
import { composeMail } from './compose.js';
import { DIGEST, MailDelivery, type MailKind } from './mail-kinds.js';
import { MailPreference } from './mail-preference.entity.js';
import { Mailer, SendFailure } from './mailer.js';
import { OutboxMail, type OutboxStatus } from './outbox-mail.entity.js';
import { useMail } from './outbox.js';
import { sendClosingReminders } from './reminders.js';
import { signingKey, signUnsubscribe } from './unsubscribe-token.js';

/** Rows claimed at once by one process. */
const BATCH = 20;
/** Refusals before a mail is given up (FAILED): with the default 30 s doubling up to six hours, about two days. */
const MAX_ATTEMPTS = 16;
const MAX_RETRY_MS = 6 * 3600_000;
/**
 * The closing-date reminders and the digest are looked for this often (and by `runOnce`): they
 * are a matter of days and of an hour, and a rare read keeps a test or benchmark that counts
 * statements (StartOptions.onQuery) from meeting one.
 */
const HOUSEKEEPING_MS = 10 * 60_000;
/** Kinds whose link holds a secret: the path is dropped once the mail has gone. */
const SECRET_LINKS = new Set<string>(['PASSWORD_RESET', 'MEMBER_INVITED']);

/** A settled mail's data without the secret links it held: its own, or a digest's items'. */
function withoutSecrets(kind: string, data: OutboxMail['data']): OutboxMail['data'] {
  const { path, items, ...rest } = data;
  return {
    ...rest,
    ...(SECRET_LINKS.has(kind) ? {} : { path }),
    ...(items ? { items: items.map(({ path: itemPath, ...item }) => (SECRET_LINKS.has(item.kind) ? item : { ...item, path: itemPath })) } : {}),
  };
}

/**
 * Addresses that can never receive mail (RFC 2606 and 6761 names: the demo team's
 * @demo.quorum.test): their mail is skipped, not retried.
 */
const undeliverable = (address: string) => /\.(test|invalid|example|localhost)$/i.test(address.split('@')[1] ?? '');

/**
 * The mail outbox's worker, one per process, owned by AppServices (started and stopped in
 * app.ts). Exactly once from the app's side: a row is claimed (status SENDING, until a lease
 * ends) with FOR UPDATE SKIP LOCKED, so two processes never both take it; it is marked SENT only
 * after the SMTP server accepted it. A process killed before it sent leaves the row PENDING (or
 * its claim ends), and whichever process reads the outbox next sends it. The one case left is
 * the SMTP server's: a process killed after the server accepted a message but before it wrote
 * SENT sends it again when the lease ends (twice the send timeout).
 */
export class MailWorker {
  readonly clock = new Clock();
  private readonly mailer: Mailer | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private lastHousekeeping = 0;
  private key: Promise<Buffer> | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly config: Config,
    private readonly services: () => AppServices,
  ) {
    this.mailer = config.mail ? new Mailer(config.mail) : undefined;
    useMail(orm, !!config.mail);
  }

  /** Whether mail is sent at all (QUORUM_SMTP_URL set); without, links are shared by hand. */
  get enabled(): boolean {
    return !!this.mailer;
  }

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    this.mailer?.close();
  }

  /** The key unsubscribe links are signed with (unsubscribe-token.ts), read once. */
  unsubscribeKey(): Promise<Buffer> {
    this.key ??= signingKey(this.orm.em.fork()).catch((error) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  /**
   * One round now (tests, after moving the clock): closing-date reminders, the digest if one
   * is due, and every mail due. Waits for a round under way rather than running beside it.
   */
  async runOnce(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.round(true).finally(() => (this.running = undefined));
    return this.running;
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      if (this.running) return this.schedule(this.pollMs);
      this.running = this.round(false)
        .catch((error) => logError('The mail outbox could not be read', error))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.pollMs);
        });
    }, ms);
    this.timer.unref();
  }

  private get pollMs() {
    return this.config.mail?.pollMs ?? HOUSEKEEPING_MS;
  }

  private async round(everything: boolean): Promise<void> {
    const now = this.clock.now();
    if (everything || Date.now() - this.lastHousekeeping >= HOUSEKEEPING_MS) {
      this.lastHousekeeping = Date.now();
      await sendClosingReminders(this.services(), now);
      if (this.mailer) await this.gatherDigests(now);
    }
    if (!this.mailer) return;
    for (let claimed = await this.claim(now); claimed.length > 0 && !this.stopped; claimed = await this.claim(this.clock.now())) {
      for (const id of claimed) await this.deliver(id);
    }
  }

  /** Takes due rows (and rows whose claim ran out: their process died) for this process alone. */
  private async claim(now: Date): Promise<string[]> {
    const lease = new Date(now.getTime() + 2 * this.config.mail!.sendTimeoutMs);
    const rows = await this.orm.em.fork().execute<{ id: string }[]>(
      `update mail_outbox set status = 'SENDING', claimed_until = ?, attempts = attempts + 1
        where id in (select id from mail_outbox
          where (status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?)
          order by next_attempt_at limit ${BATCH} for update skip locked)
        returning id`,
      [lease, now, now],
    );
    return rows.map((r) => r.id);
  }

  /** Marks a claimed row; only while it is still this process's claim. */
  private async finish(id: string, status: OutboxStatus, set: Record<string, unknown> = {}): Promise<void> {
    const em = this.orm.em.fork();
    await em.nativeUpdate(OutboxMail, { id, status: 'SENDING' }, { status, claimedUntil: null, ...set });
  }

  private async deliver(id: string): Promise<void> {
    const em = this.orm.em.fork();
    const mail = await em.findOne(OutboxMail, id, { populate: ['user', 'entry'] });
    if (!mail) return;
    const address = mail.toAddress ?? mail.user?.email;
    // A link's secret is of no more use once the mail is settled, whichever way (sent, skipped, given up): never kept.
    const secretPath = mail.data.path;
    const settled = { data: withoutSecrets(mail.kind, mail.data) };
    if (!address || undeliverable(address)) return this.finish(id, 'SKIPPED', settled);
    // A reset link goes whenever the person asks for one: choosing "never" (or the link's unsubscribe) must not lock them out of their account.
    if (mail.kind !== DIGEST && mail.kind !== 'PASSWORD_RESET') {
      const preference = await em.findOne(MailPreference, { address, kind: mail.kind });
      if (preference?.delivery === MailDelivery.NEVER) return this.finish(id, 'SKIPPED', settled);
      if (preference?.delivery === MailDelivery.DAILY_DIGEST) return this.finish(id, 'HELD');
    }
    const publicUrl = this.config.publicUrl;
    const actor = mail.data.actorId ? await em.findOne(User, mail.data.actorId) : null;
    // A reset cannot be turned off (it goes only when asked for): its mail offers no link that would fail.
    const unsubscribeLink = mail.kind === 'PASSWORD_RESET' ? null : `${publicUrl}/unsubscribe/${signUnsubscribe(await this.unsubscribeKey(), { address, kind: mail.kind })}`;
    const composed = composeMail({
      kind: mail.kind,
      entryTitle: mail.entry?.title ?? null,
      actorName: actor?.name ?? null,
      link: `${publicUrl}${secretPath ?? '/'}`,
      unsubscribeLink,
      items: mail.data.items?.map((item) => ({ kind: item.kind, entryTitle: item.entryTitle, link: `${publicUrl}${item.path ?? '/'}` })),
    });
    try {
      await this.mailer!.send(address, composed, unsubscribeLink, `<${mail.id}@${new URL(publicUrl).hostname}>`);
    } catch (error) {
      const reason = error instanceof SendFailure ? error.message : String(error);
      if (mail.attempts >= MAX_ATTEMPTS) {
        logError(`A ${mail.kind} mail was given up after ${mail.attempts} attempts`, error);
        return this.finish(id, 'FAILED', { lastError: reason, ...settled });
      }
      const wait = Math.min(MAX_RETRY_MS, this.config.mail!.retryMs * 2 ** (mail.attempts - 1));
      return this.finish(id, 'PENDING', { lastError: reason, nextAttemptAt: new Date(this.clock.now().getTime() + wait) });
    }
    await this.finish(id, 'SENT', { sentAt: new Date(), lastError: null, ...settled });
  }

  /**
   * Once a day at QUORUM_MAIL_DIGEST_HOUR: each address's held mail becomes one digest, in one
   * transaction with the day's row, which only one process can write (the others find it).
   */
  private async gatherDigests(now: Date): Promise<void> {
    const due = new Date(now);
    due.setHours(this.config.mail!.digestHour, 0, 0, 0);
    if (now < due) due.setDate(due.getDate() - 1);
    const day = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
    await this.orm.em.fork().transactional(async (em) => {
      const claimed = await em.execute<unknown[]>(`insert into mail_digest_runs (day) values (?) on conflict (day) do nothing returning day`, [day]);
      if (claimed.length === 0) return;
      const held = await em.execute<{ id: string; kind: MailKind; user_id: string | null; to_address: string | null; data: { path?: string }; title: string | null }[]>(
        `select m.id, m.kind, m.user_id, m.to_address, m.data, e.title from mail_outbox m left join entries e on e.id = m.entry_id
          where m.status = 'HELD' order by m.created_at for update of m skip locked`,
      );
      const byRecipient = new Map<string, typeof held>();
      for (const row of held) {
        const key = row.user_id ? `u:${row.user_id}` : `a:${row.to_address}`;
        byRecipient.set(key, [...(byRecipient.get(key) ?? []), row]);
      }
      for (const rows of byRecipient.values()) {
        em.create(OutboxMail, {
          kind: DIGEST,
          user: rows[0].user_id ? em.getReference(User, rows[0].user_id) : null,
          toAddress: rows[0].to_address,
          data: { path: '/', items: rows.map((r) => ({ kind: r.kind, entryTitle: r.title, path: r.data.path ?? '/' })) },
        });
      }
      // The digest carries the held mails' links from here: a secret one (an invitation's) is not kept twice.
      if (held.length > 0)
        await em.execute(`update mail_outbox set status = 'DIGESTED', data = case when kind = any(?) then data - 'path' else data end where id = any(?::uuid[])`, [
          `{${[...SECRET_LINKS].join(',')}}`,
          `{${held.map((r) => r.id).join(',')}}`,
        ]);
    });
  }
}
