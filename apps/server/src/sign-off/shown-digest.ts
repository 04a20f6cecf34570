import { createHmac, randomBytes } from 'node:crypto';
import type { AppServices, Context } from '../common/context.js';

/**
 * The evidence digest as the API shows it (`Section.evidenceDigest`, `SignOff.evidenceDigest`)
 * and takes it back (`signOffSection`'s `evidenceDigest`): keyed, HMAC-SHA256 with a key made
 * once per database. Why: the plain digest (evidence-digest.ts) is SHA-256 over a metric's rows,
 * its values included, and a member who may not see every value (WITHHELD cells) knows or can
 * guess every other input, so they could try each small count until the hash matched, and read
 * the hidden figure back. Keyed, a digest can be compared, not recomputed. The stored digest stays
 * plain (sign-offs and their staleness compare it as before).
 *
 * The key lives beside the unsubscribe links' signing key (`mail_keys`, a row per key, made by
 * whichever process first needs it), so every process and every restart shows the same digest.
 */
const KEY_NAME = 'evidence-digest';
const keys = new WeakMap<AppServices, Promise<Buffer>>();

/** The key, read once per process. Read it before a transaction: the embedded database's one connection would wait for itself. */
export function evidenceKey(ctx: Context): Promise<Buffer> {
  let key = keys.get(ctx.app);
  if (!key) {
    key = readKey(ctx);
    keys.set(ctx.app, key);
    key.catch(() => keys.delete(ctx.app)); // a failed read is tried again next time
  }
  return key;
}

async function readKey(ctx: Context): Promise<Buffer> {
  const em = ctx.em.fork();
  await em.execute(`insert into mail_keys (name, secret) values (?, ?) on conflict (name) do nothing`, [KEY_NAME, randomBytes(32).toString('hex')]);
  const [row] = await em.execute<{ secret: string }[]>(`select secret from mail_keys where name = ?`, [KEY_NAME]);
  return Buffer.from(row.secret, 'hex');
}

/** The digest as shown and compared: 64 hex characters, like the plain one. */
export function shownDigest(key: Buffer, digest: string): string {
  return createHmac('sha256', key).update(digest).digest('hex');
}
