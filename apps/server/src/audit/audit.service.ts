import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canonicalJSON } from '@quorum/section-content';
import { badInput } from '../common/errors.js';
import { pageSize, type Page } from '../common/connection.js';
import { AuditAction, AuditEvent } from './audit-event.entity.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface Actor {
  id: string;
  name: string;
}

export interface AuditRecord {
  action: AuditAction;
  /** Null for the system (e.g. an automatic workflow move nobody asked for). */
  actor: Actor | null;
  summary: string;
  data?: Record<string, unknown>;
}

interface ChainedFields {
  entryId: string;
  seq: number;
  action: string;
  actorId: string | null;
  actorName: string | null;
  summary: string;
  data: unknown;
  createdAt: Date;
  prevHash: string;
}

/** SHA-256 of a record's contents in canonical JSON, including the hash of the record before it. */
export function auditHash(r: ChainedFields): string {
  const canonical = canonicalJSON({ ...r, createdAt: r.createdAt.toISOString() });
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends a record to an entry's log, inside the caller's transaction (so it is written with
 * the change it records, or not at all). A transaction-scoped advisory lock per entry orders
 * concurrent appends, and the unique (entry, seq) backs it up: the chain never forks.
 */
export async function appendAudit(em: EntityManager, entryId: string, record: AuditRecord): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`audit:${entryId}`]);
  const [head] = await em.execute<{ seq: number; hash: string }[]>('select seq, hash from audit_events where entry_id = ? order by seq desc limit 1', [entryId]);
  const fields: ChainedFields = {
    entryId,
    seq: (head?.seq ?? 0) + 1,
    action: record.action,
    actorId: record.actor?.id ?? null,
    actorName: record.actor?.name ?? null,
    summary: record.summary,
    data: record.data ?? {},
    createdAt: new Date(),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  await em.insert(AuditEvent, { id: randomUUID(), ...fields, action: record.action, data: fields.data as Record<string, unknown>, hash: auditHash(fields) });
}

/**
 * Token and log-in events belong to a person, not an entry. They go into the log of every
 * entry the person is a member of at the time, so that each entry's log (read by its lead
 * and managers) shows the security events of everyone who could act on it, and each log
 * stays one self-contained chain that can be verified alone.
 */
export async function recordUserEvent(em: EntityManager, user: Actor, record: Omit<AuditRecord, 'actor'>): Promise<void> {
  const entries = await em.execute<{ entry_id: string }[]>('select entry_id from memberships where user_id = ? order by entry_id', [user.id]);
  for (const { entry_id } of entries) await appendAudit(em, entry_id, { ...record, actor: user });
}

export interface AuditCheck {
  valid: boolean;
  checkedCount: number;
  headSeq: number;
  headHash: string;
  brokenAtSeq: number | null;
  brokenEventId: string | null;
  problem: string | null;
}

interface AuditRow {
  id: string;
  entry_id: string;
  seq: number;
  action: string;
  actor_id: string | null;
  actor_name: string | null;
  summary: string;
  data: unknown;
  created_at: Date;
  prev_hash: string;
  hash: string;
}

/**
 * Walks an entry's log in order, in batches, recomputing each hash: reports the first record
 * that is missing (a gap in `seq`), does not follow the one before (`prevHash`), or whose
 * contents no longer match its hash. Removing records from the end leaves a shorter valid
 * chain: compare `headSeq`/`headHash` with a value kept elsewhere to detect that.
 */
export async function verifyAuditChain(em: EntityManager, entryId: string): Promise<AuditCheck> {
  let prevHash = GENESIS_HASH;
  let expected = 1;
  const broken = (row: AuditRow, problem: string, seq = row.seq): AuditCheck => ({
    valid: false,
    checkedCount: expected - 1,
    headSeq: expected - 1,
    headHash: prevHash,
    brokenAtSeq: seq,
    brokenEventId: row.id,
    problem,
  });
  for (;;) {
    const rows = await em.execute<AuditRow[]>('select * from audit_events where entry_id = ? and seq >= ? order by seq limit 500', [entryId, expected]);
    for (const row of rows) {
      if (row.seq !== expected) return broken(row, `Record ${expected} is missing: the log jumps from record ${expected - 1} to record ${row.seq}.`, expected);
      if (row.prev_hash !== prevHash) return broken(row, `Record ${row.seq} does not follow record ${row.seq - 1}: its prevHash is not that record’s hash.`);
      const hash = auditHash({
        entryId: row.entry_id,
        seq: row.seq,
        action: row.action,
        actorId: row.actor_id,
        actorName: row.actor_name,
        summary: row.summary,
        data: row.data,
        createdAt: new Date(row.created_at),
        prevHash: row.prev_hash,
      });
      if (hash !== row.hash) return broken(row, `Record ${row.seq} has been altered: its contents no longer match its hash.`);
      prevHash = row.hash;
      expected++;
    }
    if (rows.length < 500) break;
  }
  return { valid: true, checkedCount: expected - 1, headSeq: expected - 1, headHash: prevHash, brokenAtSeq: null, brokenEventId: null, problem: null };
}

/** A page of an entry's log, newest first, by `seq` (records written in the same millisecond keep their order). */
export async function auditLogPage(em: EntityManager, entryId: string, first: number, after?: string): Promise<Page<AuditEvent>> {
  const limit = pageSize(first);
  const before = after === undefined ? undefined : decodeSeqCursor(after);
  const [rows, totalCount] = await Promise.all([
    em.find(AuditEvent, before === undefined ? { entryId } : { entryId, seq: { $lt: before } }, { orderBy: { seq: 'desc' }, limit: limit + 1 }),
    em.count(AuditEvent, { entryId }),
  ]);
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: Buffer.from(`seq:${node.seq}`).toString('base64url'), node }));
  return { edges, nodes, totalCount, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}

function decodeSeqCursor(cursor: string): number {
  const match = /^seq:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('after', 'after is not a cursor this API gave out.');
  return Number(match[1]);
}
