import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A random secret for a cookie, token or invitation link, and the hash we store instead of it. */
export function newSecret(prefix = ''): { secret: string; hash: string } {
  const secret = prefix + randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

/** High-entropy secrets need no slow hash: SHA-256 is enough and allows lookup by hash. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** argon2id (Algorithm.Argon2id is a const enum, which isolated modules cannot read: its value is 2). */
export const hashPassword = (password: string) => hash(password, { algorithm: 2 });

// Verifying against a real hash for unknown emails keeps log-in time the same either way,
// so response time does not tell whether an address has an account.
const decoy = hashPassword('not-a-real-password-only-a-decoy');

/** False for an account without a password (single sign-on), after the same work as a wrong one. */
export async function checkPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  const ok = await verify(passwordHash ?? (await decoy), password).catch(() => false);
  return passwordHash != null && ok;
}
