import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DIGEST, MAIL_KINDS, type MailKind } from './mail-kinds.js';

/** What an unsubscribe link turns off: one kind for one address, or (from a digest) the digest. */
export interface Unsubscribe {
  address: string;
  kind: MailKind | typeof DIGEST;
}

/**
 * The key unsubscribe links are signed with (HMAC-SHA256): made once, by whichever process
 * first needs it, and kept in the database so that every process, and every restart, reads the
 * same. A link is then good without signing in, and cannot be made for someone else's address.
 */
export async function signingKey(em: EntityManager): Promise<Buffer> {
  await em.execute(`insert into mail_keys (name, secret) values ('unsubscribe', ?) on conflict (name) do nothing`, [randomBytes(32).toString('hex')]);
  const [row] = await em.execute<{ secret: string }[]>(`select secret from mail_keys where name = 'unsubscribe'`);
  return Buffer.from(row.secret, 'hex');
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, 24);

export function signUnsubscribe(key: Buffer, what: Unsubscribe): string {
  const payload = `${what.address}\n${what.kind}`;
  return `${Buffer.from(payload).toString('base64url')}.${mac(key, payload).toString('base64url')}`;
}

/** The link's meaning, or undefined when it was not made by us (or was altered). */
export function readUnsubscribe(key: Buffer, token: string): Unsubscribe | undefined {
  const [body, signature] = token.split('.');
  if (!body || !signature) return undefined;
  const payload = Buffer.from(body, 'base64url').toString();
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const [address, kind] = payload.split('\n');
  if (!address || !(kind === DIGEST || (MAIL_KINDS as string[]).includes(kind))) return undefined;
  return { address, kind: kind as Unsubscribe['kind'] };
}
