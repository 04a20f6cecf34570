import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { docFromUpdate } from '@quorum/section-content';
import * as Y from 'yjs';
import { applyClientUpdate, UpdateRejected } from './apply-update.js';

interface AppendRow {
  version: number;
  snapshot_version: number;
  compacted_at: Date;
}

// One statement, so atomic without a transaction: it logs the update only if the section is
// still at the version the cached document holds, i.e. no other process appended meanwhile.
const APPEND_IF_CURRENT = `
  with next as (
    update section_documents set version = version + 1, updated_at = now()
     where section_id = ? and version = ?
     returning section_id, version, snapshot_version, compacted_at)
  insert into section_updates (section_id, version, update, client_id, author_id, created_at)
  select section_id, version, ?, ?, ?, now() from next
  returning version, (select snapshot_version from next), (select compacted_at from next)`;
const NEXT_VERSION =
  'update section_documents set version = version + 1, updated_at = now() where section_id = ? returning version, snapshot_version, compacted_at';
const LOG_UPDATE = 'insert into section_updates (section_id, version, update, client_id, author_id, created_at) values (?, ?, ?, ?, ?, now())';

/** A PostgreSQL array literal: knex would spread a JS array into a list. Ids and numbers only. */
const pgArray = (values: readonly (string | number)[]) => `{${values.join(',')}}`;

export interface LiveDocument {
  doc: Y.Doc;
  /** Every update up to this version is in `doc`. */
  version: number;
  lastUsed: number;
}

interface StoredState {
  /** Present only when the cached document is older than the snapshot. */
  snapshot: Buffer | null;
  snapshotVersion: number;
  updates: { version: number; update: Buffer }[];
}

export interface AppendedUpdate {
  version: number;
  /** How many updates the log holds beyond the snapshot, to decide on compaction. */
  logLength: number;
  compactedAt: Date;
}

/**
 * The sections' Yjs documents held in memory, as a cache of what PostgreSQL holds. The
 * database is the truth: writes lock the section's row, bring the cached document up to
 * date from the log, apply, log and commit; a failure drops the cached document, which is
 * reloaded next time. Documents nobody has open are dropped after `idleMs`.
 */
export class DocumentStore {
  private readonly docs = new Map<string, LiveDocument>();
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly openCount = new Map<string, number>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly idleMs = 60_000,
  ) {
    this.sweeper = setInterval(() => this.sweep(), Math.min(idleMs, 30_000)).unref();
  }

  /** Runs `work` after every earlier piece of work on the same section in this process. */
  withLock<T>(sectionId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(sectionId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.locks.set(sectionId, settled);
    void settled.then(() => this.locks.get(sectionId) === settled && this.locks.delete(sectionId));
    return next;
  }

  /** The document, up to date with the database. */
  async current(em: EntityManager, sectionId: string): Promise<LiveDocument> {
    return (await this.currentMany(em, [sectionId]))[0];
  }

  /** Several documents, up to date, in two queries whatever their number. */
  async currentMany(em: EntityManager, sectionIds: readonly string[]): Promise<LiveDocument[]> {
    const known = sectionIds.map((id) => this.docs.get(id)?.version ?? -1);
    const states = await this.readStates(em, sectionIds, known);
    return sectionIds.map((id, i) => this.bringUpToDate(id, this.docs.get(id), states[i]));
  }

  /**
   * Appends a client's update, resolving only after the commit. Under this process's lock
   * for the section:
   * - fast path, when the cached document is current: apply the update to it, then one
   *   statement takes the next version *if no other process moved it* and logs the update;
   * - otherwise, in a transaction: take the next version (which locks the row), bring the
   *   document up to date from the log, apply, log and commit.
   * Yjs cannot undo an update, so on any failure the cached document is dropped and
   * reloaded next time.
   */
  append(sectionId: string, update: Uint8Array, meta: { clientId: string; authorId: string | null }): Promise<AppendedUpdate> {
    return this.withLock(sectionId, async () => {
      try {
        const cached = this.docs.get(sectionId);
        if (cached && this.tryApply(cached, update, meta.clientId)) {
          const [row] = await this.orm.em.fork().execute<AppendRow[]>(APPEND_IF_CURRENT, [sectionId, cached.version, ...this.logValues(update, meta)]);
          if (row) return this.appended(cached, row);
        }
        // Another process moved the section on (or the cache lacked what the update builds
        // on): start again from the database, where a refusal is final.
        this.docs.delete(sectionId);
        return await this.orm.em.fork().transactional(async (tx) => {
          const [row] = await tx.execute<AppendRow[]>(NEXT_VERSION, [sectionId]);
          const live = await this.current(tx, sectionId); // sees everything committed before our lock
          applyClientUpdate(live.doc, update, meta.clientId);
          await tx.execute(LOG_UPDATE, [sectionId, row.version, ...this.logValues(update, meta)]);
          return this.appended(live, row);
        });
      } catch (error) {
        this.docs.delete(sectionId); // it may hold an update that was not committed
        throw error;
      }
    });
  }

  /** Applies to the cached document; false if refused, which may only mean the cache is behind. */
  private tryApply(live: LiveDocument, update: Uint8Array, origin: string): boolean {
    try {
      applyClientUpdate(live.doc, update, origin);
      return true;
    } catch (error) {
      if (error instanceof UpdateRejected) return false;
      throw error;
    }
  }

  private logValues(update: Uint8Array, meta: { clientId: string; authorId: string | null }) {
    return [Buffer.from(update), meta.clientId, meta.authorId];
  }

  private appended(live: LiveDocument, row: AppendRow): AppendedUpdate {
    live.version = row.version;
    live.lastUsed = Date.now();
    return { version: row.version, logLength: row.version - row.snapshot_version, compactedAt: new Date(row.compacted_at) };
  }

  /** A subscriber opened the section: keep its document in memory while anyone has it open. */
  open(sectionId: string): () => void {
    this.openCount.set(sectionId, (this.openCount.get(sectionId) ?? 0) + 1);
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      const left = (this.openCount.get(sectionId) ?? 1) - 1;
      if (left > 0) this.openCount.set(sectionId, left);
      else this.openCount.delete(sectionId);
    };
  }

  /** Forgets a cached document, e.g. after a compaction replaced the log. */
  forget(sectionId: string): void {
    this.docs.delete(sectionId);
  }

  get size(): number {
    return this.docs.size;
  }

  sweep(now = Date.now()): void {
    for (const [id, live] of this.docs) {
      if (!this.openCount.has(id) && now - live.lastUsed > this.idleMs && !this.locks.has(id)) this.docs.delete(id);
    }
  }

  close(): void {
    clearInterval(this.sweeper);
    this.docs.clear();
  }

  /** The stored snapshot (only when needed) and the log after `knownVersion`. */
  private async readStates(em: EntityManager, sectionIds: readonly string[], known: number[]): Promise<StoredState[]> {
    // A snapshot travels only for a document not cached, or cached older than the snapshot.
    const docs = await em.execute<{ section_id: string; version: number; snapshot_version: number; snapshot: Buffer | null }[]>(
      `select d.section_id, d.version, d.snapshot_version, case when d.snapshot_version > k.known then d.snapshot end as snapshot
         from section_documents d join unnest(?::uuid[], ?::int[]) as k(id, known) on k.id = d.section_id`,
      [pgArray(sectionIds), pgArray(known)],
    );
    const byId = new Map(docs.map((d) => [d.section_id, d]));
    const from = sectionIds.map((id, i) => {
      const doc = byId.get(id);
      if (!doc) throw new Error(`section ${id} has no document`);
      return Math.max(known[i], doc.snapshot_version);
    });
    const behind = sectionIds.filter((id, i) => byId.get(id)!.version > from[i]);
    const rows = behind.length
      ? await em.execute<{ section_id: string; version: number; update: Buffer }[]>(
          `select u.section_id, u.version, u.update from section_updates u join unnest(?::uuid[], ?::int[]) as k(id, after)
             on k.id = u.section_id and u.version > k.after order by u.section_id, u.version`,
          [pgArray(behind), pgArray(behind.map((id) => from[sectionIds.indexOf(id)]))],
        )
      : [];
    return sectionIds.map((id) => {
      const doc = byId.get(id)!;
      return { snapshot: doc.snapshot, snapshotVersion: doc.snapshot_version, updates: rows.filter((r) => r.section_id === id) };
    });
  }

  private bringUpToDate(sectionId: string, cached: LiveDocument | undefined, state: StoredState): LiveDocument {
    let live = cached;
    if (!live || live.version < state.snapshotVersion) {
      live = { doc: docFromUpdate(new Uint8Array(state.snapshot!)), version: state.snapshotVersion, lastUsed: Date.now() };
      this.docs.set(sectionId, live);
    }
    const doc = live.doc;
    doc.transact(() => {
      for (const row of state.updates) if (row.version > live.version) Y.applyUpdate(doc, new Uint8Array(row.update), 'log');
    }, 'log');
    // Versions are only counted up to the last logged update: an uncommitted append of our
    // own (which already raised section_documents.version) is not in the document yet.
    live.version = Math.max(live.version, ...state.updates.map((u) => u.version));
    live.lastUsed = Date.now();
    return live;
  }
}
