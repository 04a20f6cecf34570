import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findCursorPage, pageSize, readCursor, type Page } from '../common/connection.js';
import { AuditAction, AuditEvent } from './audit-event.entity.js';
import { auditKeyOf, chainHash, storedJson, storedText, type AuditKey, type ChainedFields } from './audit-hash.js';

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
  key_id: string | null;
}

/** A stored record's hash recomputed from its columns; undefined when it is keyed with a key other than `key`. */
function hashOfRow(row: AuditRow, key: AuditKey | undefined): string | undefined {
  if (row.key_id !== null && row.key_id !== key?.id) return undefined;
  const fields: ChainedFields = {
    entryId: row.entry_id,
    seq: row.seq,
    action: row.action,
    actorId: row.actor_id,
    actorName: row.actor_name,
    summary: row.summary,
    data: row.data,
    createdAt: new Date(row.created_at),
    prevHash: row.prev_hash,
    keyId: row.key_id,
  };
  return chainHash(fields, row.key_id === null ? undefined : key);
}

/**
 * Appends a record to an entry's log, inside the caller's transaction (so it is written with
 * the change it records, or not at all). A transaction-scoped advisory lock per entry orders
 * concurrent appends, and the unique (entry, seq) backs it up: the chain never forks.
 * The hash is computed on the values in the form PostgreSQL stores them, then checked again
 * on the row as the database returns it: a record that would not verify is not written (the
 * caller's change fails with it) instead of making the log look tampered with ever after.
 */
export async function appendAudit(em: EntityManager, entryId: string, record: AuditRecord): Promise<void> {
  const key = auditKeyOf(em);
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`audit:${entryId.toLowerCase()}`]);
  const [head] = await em.execute<{ seq: number; hash: string }[]>('select seq, hash from audit_events where entry_id = ? order by seq desc limit 1', [entryId]);
  const fields: ChainedFields = {
    // uuids as PostgreSQL stores them (lower case): internal paths write here too, not only the API behind its boundary.
    entryId: entryId.toLowerCase(),
    seq: (head?.seq ?? 0) + 1,
    action: record.action,
    actorId: record.actor?.id.toLowerCase() ?? null,
    actorName: record.actor ? storedText(record.actor.name, 'actorName') : null,
    summary: storedText(record.summary, 'summary'),
    data: storedJson(record.data),
    createdAt: new Date(),
    prevHash: head?.hash ?? GENESIS_HASH,
    keyId: key?.id ?? null,
  };
  const hash = chainHash(fields, key);
  const [stored] = await em.execute<AuditRow[]>(
    'insert into audit_events (id, entry_id, seq, action, actor_id, actor_name, summary, data, created_at, prev_hash, hash, key_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *',
    [randomUUID(), fields.entryId, fields.seq, fields.action, fields.actorId, fields.actorName, fields.summary, JSON.stringify(fields.data), fields.createdAt, fields.prevHash, hash, fields.keyId],
  );
  if (hashOfRow(stored, key) !== hash) throw new Error(`Audit record ${fields.seq} of entry ${fields.entryId} would not verify as stored (its ${record.action} was not recorded).`);
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
  /** The audit key this check used (null: none set). */
  keyId: string | null;
  /** Records whose links hold but whose hash this check cannot vouch for (see `unvouched`). */
  unvouchedCount: number;
}

/** Consecutive records written under the same scheme that the check cannot vouch for. */
interface Unvouched {
  from: number;
  to: number;
  keyId: string | null;
}

const seqs = (ranges: Unvouched[]) => ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`)).join(', ');
const records = (ranges: Unvouched[]) => (ranges.length === 1 && ranges[0].from === ranges[0].to ? `Record ${seqs(ranges)} was` : `Records ${seqs(ranges)} were`);

/** Which records the key in use cannot vouch for, and why, in sentences. */
function unvouchedProblem(ranges: Unvouched[], key: AuditKey | undefined): string {
  const unkeyed = ranges.filter((r) => r.keyId === null);
  const sentences = unkeyed.length
    ? [`${records(unkeyed)} written without the audit key (before QUORUM_AUDIT_KEY was set, or rewritten by someone without it): the links hold, but the key cannot vouch for the contents.`]
    : [];
  for (const keyId of new Set(ranges.flatMap((r) => (r.keyId === null ? [] : [r.keyId])))) {
    const under = ranges.filter((r) => r.keyId === keyId);
    sentences.push(
      key
        ? `${records(under)} written with another audit key (id ${keyId}): the current key cannot check the contents, only the links.`
        : `${records(under)} written with the audit key id ${keyId}, and QUORUM_AUDIT_KEY is not set: the contents cannot be checked, only the links.`,
    );
  }
  return sentences.join(' ');
}

/**
 * Walks an entry's log in order, in batches, recomputing each hash: reports the first record
 * that is missing (a gap in `seq`), does not follow the one before (`prevHash`), or whose
 * contents no longer match its hash. Removing records from the end leaves a shorter valid
 * chain: compare `headSeq`/`headHash` with a value kept elsewhere (an export prints it).
 *
 * With an audit key, a record is vouched for only by its HMAC under that key: anyone able to
 * write to the database can recompute a plain SHA-256 chain. Records without it (written
 * before the key was set, or forged) or under another key are reported, and the log is then
 * not `valid`, even if every link holds. Without a key, plain SHA-256 records are checked as
 * before, and keyed ones (whose HMAC cannot be recomputed) are reported.
 */
export async function verifyAuditChain(em: EntityManager, entryId: string): Promise<AuditCheck> {
  const key = auditKeyOf(em);
  let prevHash = GENESIS_HASH;
  let expected = 1;
  const unvouched: Unvouched[] = [];
  const unvouchedCount = () => unvouched.reduce((sum, r) => sum + r.to - r.from + 1, 0);
  const broken = (row: AuditRow, problem: string, seq = row.seq): AuditCheck => ({
    valid: false,
    checkedCount: expected - 1,
    headSeq: expected - 1,
    headHash: prevHash,
    brokenAtSeq: seq,
    brokenEventId: row.id,
    problem,
    keyId: key?.id ?? null,
    unvouchedCount: unvouchedCount(),
  });
  for (;;) {
    const rows = await em.execute<AuditRow[]>('select * from audit_events where entry_id = ? and seq >= ? order by seq limit 500', [entryId, expected]);
    for (const row of rows) {
      if (row.seq !== expected) return broken(row, `Record ${expected} is missing: the log jumps from record ${expected - 1} to record ${row.seq}.`, expected);
      if (row.prev_hash !== prevHash) return broken(row, `Record ${row.seq} does not follow record ${row.seq - 1}: its prevHash is not that record’s hash.`);
      const hash = hashOfRow(row, key);
      if (hash !== undefined && hash !== row.hash) {
        const keyed = row.key_id === null ? '' : ' (keyed with the audit key: altered, or forged by someone without the key)';
        return broken(row, `Record ${row.seq} has been altered: its contents no longer match its hash${keyed}.`);
      }
      // A plain SHA-256 is vouched for only when no key is set (the README says what that protects against).
      if (hash === undefined || (key && row.key_id === null)) {
        const last = unvouched.at(-1);
        if (last && last.to === row.seq - 1 && last.keyId === row.key_id) last.to = row.seq;
        else unvouched.push({ from: row.seq, to: row.seq, keyId: row.key_id });
      }
      prevHash = row.hash;
      expected++;
    }
    if (rows.length < 500) break;
  }
  const sound = { checkedCount: expected - 1, headSeq: expected - 1, headHash: prevHash, brokenAtSeq: null, brokenEventId: null, keyId: key?.id ?? null, unvouchedCount: unvouchedCount() };
  if (unvouched.length > 0) return { ...sound, valid: false, problem: unvouchedProblem(unvouched, key) };
  return { ...sound, valid: true, problem: null };
}

/** The latest record of an entry's log (its chain's head), for exports to print; null before the first. */
export async function auditHead(em: EntityManager, entryId: string): Promise<{ seq: number; hash: string; keyId: string | null } | null> {
  const [head] = await em.execute<{ seq: number; hash: string; key_id: string | null }[]>('select seq, hash, key_id from audit_events where entry_id = ? order by seq desc limit 1', [entryId]);
  return head ? { seq: head.seq, hash: head.hash, keyId: head.key_id } : null;
}

/** The largest `seq` (an int column): a cursor past it is not one this API gave out. */
const SEQ_MAX = 2 ** 31 - 1;

/** A page of an entry's log, newest first, by `seq` (records written in the same millisecond keep their order). */
export async function auditLogPage(em: EntityManager, entryId: string, first: number, after?: string): Promise<Page<AuditEvent>> {
  const limit = pageSize(first);
  if (after !== undefined) readCursor(after, (v) => v.length === 1 && Number.isInteger(v[0]) && (v[0] as number) >= 1 && (v[0] as number) <= SEQ_MAX);
  return findCursorPage(em, AuditEvent, { entryId }, limit, after, { seq: 'desc' });
}
