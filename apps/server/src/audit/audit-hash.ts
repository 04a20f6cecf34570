import { createHash, createHmac } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { canonicalJSON } from '@quorum/section-content';

/** QUORUM_AUDIT_KEY, and the id under which records keyed with it say so (never the key itself). */
export interface AuditKey {
  id: string;
  secret: string;
}

export function auditKey(secret: string): AuditKey {
  return { id: createHmac('sha256', secret).update('quorum audit key id').digest('hex').slice(0, 16), secret };
}

// One key per database connection (the ORM's configuration, shared by its forks), so that the
// writers of records (sign-off, membership, log-in...) need not pass it along, and two servers
// in one process (tests) may use different keys.
const keys = new WeakMap<object, AuditKey>();

export function useAuditKey(orm: MikroORM, key: AuditKey | undefined): void {
  if (key) keys.set(orm.config, key);
  else keys.delete(orm.config);
}

export const auditKeyOf = (em: EntityManager): AuditKey | undefined => keys.get(em.config);

/** What a record's hash covers, as stored. */
export interface ChainedFields {
  entryId: string;
  seq: number;
  action: string;
  actorId: string | null;
  actorName: string | null;
  summary: string;
  data: unknown;
  createdAt: Date;
  prevHash: string;
  /** The key the hash is keyed with (HMAC-SHA256); null for a plain SHA-256 anyone can recompute. */
  keyId: string | null;
}

/**
 * The hash of a record: SHA-256 of its canonical JSON, or with `key` an HMAC-SHA256, which
 * nobody without the key can recompute. An unkeyed record's JSON has no keyId, as before keys
 * existed, so that records written then still verify.
 */
export function chainHash(fields: ChainedFields, key?: AuditKey): string {
  const { keyId, ...rest } = fields;
  if (keyId !== (key?.id ?? null)) throw new Error('chainHash: the record’s keyId is not the key’s id.');
  const canonical = canonicalJSON({ ...rest, createdAt: fields.createdAt.toISOString(), ...(keyId ? { keyId } : {}) });
  return key ? createHmac('sha256', key.secret).update(canonical).digest('hex') : createHash('sha256').update(canonical).digest('hex');
}

/**
 * A value as PostgreSQL will give it back, so that the hash covers what is stored: a lone
 * UTF-16 surrogate becomes U+FFFD (as any UTF-8 encoding makes it), a value goes through JSON
 * as a jsonb column stores it (dates as text, undefined dropped), uuids in lower case. NUL
 * cannot be stored in text or jsonb at all: refused loudly rather than written as a record
 * that would never verify. Callers' inputs are refused at the API's boundary before this
 * (common/storable-strings.ts); this covers every other path (seeding, jobs, future fields).
 */
export function storedText(text: string, field: string): string {
  if (text.includes('\u0000')) throw new Error(`An audit record cannot hold a NUL character (in ${field}): PostgreSQL cannot store it.`);
  // What the database driver does when it encodes the text as UTF-8 (String.prototype.toWellFormed).
  return Buffer.from(text, 'utf8').toString('utf8');
}

export function storedJson(value: unknown, field = 'data'): unknown {
  const plain: unknown = JSON.parse(JSON.stringify(value ?? {}));
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return storedText(v, field);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, inner]) => [storedText(k, field), walk(inner)]));
    return v;
  };
  return walk(plain);
}
