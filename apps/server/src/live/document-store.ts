import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { docFromUpdate } from '@quorum/section-content';
import * as Y from 'yjs';

/** A PostgreSQL array literal: knex would spread a JS array into a list. Ids and numbers only. */
const pgArray = (values: readonly (string | number)[]) => `{${values.join(',')}}`;

export interface LiveDocument {
  doc: Y.Doc;
  /** Every update up to this version is in `doc`. */
  version: number;
  lastUsed: number;
  /**
   * About the size of the document's encoded state, from above: the stored snapshot plus every
   * update applied since (merged into a document, updates encode smaller than apart), measured
   * exactly at each compaction and when near QUORUM_MAX_SECTION_BYTES (see section-size.ts).
   */
  bytes: number;
}

interface StoredState {
  /** Present only when the cached document is older than the snapshot. */
  snapshot: Buffer | null;
  snapshotVersion: number;
  updates: { version: number; update: Buffer }[];
}

/**
 * The sections' Yjs documents held in memory, as a cache of what PostgreSQL holds: the
 * database is the truth (see UpdateLog for how writes keep the two in step), and a cached
 * document found behind is brought up to date from the log. Documents nobody has open are
 * dropped after `idleMs`.
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
   * The whole document as stored, for a new client of a section not cached here, when nothing was
   * logged after its snapshot (an idle section: the compaction after each pause keeps it so). The
   * snapshot is then already the answer, without building the document (for 10,000 words, about
   * 35 ms of decoding and 10 of encoding). Null otherwise: `current` builds it.
   */
  async storedWhole(em: EntityManager, sectionId: string): Promise<{ update: Uint8Array; version: number } | null> {
    if (this.docs.has(sectionId)) return null;
    // section_documents.version counts appends not yet committed too: equal, nothing follows the
    // snapshot. Otherwise its bytes stay in the database: `current` reads them with the log.
    const [row] = await em.execute<{ snapshot_version: number; snapshot: Buffer | null }[]>(
      'select snapshot_version, case when version = snapshot_version then snapshot end as snapshot from section_documents where section_id = ?',
      [sectionId],
    );
    if (!row?.snapshot) return null;
    return { update: new Uint8Array(row.snapshot), version: row.snapshot_version };
  }

  /** The cached document, if any; it may be behind the database. */
  cached(sectionId: string): LiveDocument | undefined {
    return this.docs.get(sectionId);
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
    for (;;) {
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
      const log = behind.length
        ? await this.readLog(
            em,
            behind,
            behind.map((id) => from[sectionIds.indexOf(id)]),
          )
        : { rows: [], compacted: false };
      // A compaction between the two reads deleted part of the log we were about to read: the
      // snapshot now holds it, so read again rather than build a document with a hole in it.
      if (log.compacted) continue;
      return sectionIds.map((id) => {
        const doc = byId.get(id)!;
        return { snapshot: doc.snapshot, snapshotVersion: doc.snapshot_version, updates: log.rows.filter((r) => r.section_id === id) };
      });
    }
  }

  /** The log after each `after`, and whether a section was compacted beyond it since (one statement, so one view). */
  private async readLog(em: EntityManager, sectionIds: string[], after: number[]) {
    const rows = await em.execute<{ section_id: string; snapshot_version: number; after: number; version: number | null; update: Buffer | null }[]>(
      `select k.id as section_id, d.snapshot_version, k.after, u.version, u.update
         from unnest(?::uuid[], ?::int[]) as k(id, after)
         join section_documents d on d.section_id = k.id
         left join section_updates u on u.section_id = k.id and u.version > k.after
        order by k.id, u.version`,
      [pgArray(sectionIds), pgArray(after)],
    );
    return {
      compacted: rows.some((r) => r.snapshot_version > r.after),
      rows: rows.filter((r) => r.version !== null) as { section_id: string; version: number; update: Buffer }[],
    };
  }

  private bringUpToDate(sectionId: string, cached: LiveDocument | undefined, state: StoredState): LiveDocument {
    let live = cached;
    if (!live || live.version < state.snapshotVersion) {
      live = { doc: docFromUpdate(new Uint8Array(state.snapshot!)), version: state.snapshotVersion, lastUsed: Date.now(), bytes: state.snapshot!.length };
      this.docs.set(sectionId, live);
    }
    const doc = live.doc;
    doc.transact(() => {
      for (const row of state.updates) {
        if (row.version <= live.version) continue;
        Y.applyUpdate(doc, new Uint8Array(row.update), 'log');
        live.bytes += row.update.length;
      }
    }, 'log');
    // Versions are only counted up to the last logged update: an uncommitted append of our
    // own (which already raised section_documents.version) is not in the document yet.
    live.version = Math.max(live.version, ...state.updates.map((u) => u.version));
    live.lastUsed = Date.now();
    return live;
  }
}
