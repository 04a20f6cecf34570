import { createHash, randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import pLimit from 'p-limit';

/** A random secret for a cookie, token or invitation link, and the hash we store instead of it. */
export function newSecret(prefix = ''): { secret: string; hash: string } {
  const secret = prefix + randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

/** High-entropy secrets need no slow hash: SHA-256 is enough and allows lookup by hash. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

// Each argon2 hash takes 19 MiB (its default memory cost, OWASP's minimum) on a thread of
// libuv's pool of four, and the allocator keeps that memory once used: at most one hash per core
// at a time, as hashes are CPU-bound and more at once finish no sooner, so that a burst of
// log-ins costs a 2-core server 38 MB rather than 76 (the peak issue 16's memory goal counts).
// Module-level, as what it guards is the process's (docs/architecture.md, "State with an owner").
const hashing = pLimit(Math.min(4, availableParallelism()));

/** argon2id (Algorithm.Argon2id is a const enum, which isolated modules cannot read: its value is 2). */
export const hashPassword = (password: string) => hashing(() => hash(password, { algorithm: 2 }));

// Verifying against a real hash for unknown emails keeps log-in time the same either way,
// so response time does not tell whether an address has an account.
const decoy = hashPassword('not-a-real-password-only-a-decoy');

/** False for an account without a password (single sign-on), after the same work as a wrong one. */
export async function checkPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  const against = passwordHash ?? (await decoy);
  const ok = await hashing(() => verify(against, password)).catch(() => false);
  return passwordHash != null && ok;
}
