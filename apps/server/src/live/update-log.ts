import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { EntryState } from '../common/enums.js';
import { refuseIfFrozen } from '../policy/frozen.js';
import { applyClientUpdate, UpdateRejected, type Sender } from './apply-update.js';
import { missingDependencies } from './dependencies.js';
import { GroupCommit, type VersionRow } from './group-commit.js';
import type { DocumentStore, LiveDocument } from './document-store.js';
import { sectionTopic, type PubSub } from './pubsub.js';
import { relayEdits, relayWithdrawal } from './relay.js';
import { checkSizeAfter, mightExceed } from './section-size.js';

export interface UpdateMeta {
  clientId: string;
  authorId: string | null;
  /** Log it only if the section is still at this version (the update was made from it); else VersionMoved. */
  baseVersion?: number;
  /** Refuse (SectionTooLarge) an update that would take the section's encoded document over this. */
  maxSectionBytes?: number;
  /** For a client's update, who sent it, for the suggestion check (apply-update.ts); the server's own writes have none. */
  sender?: Sender;
  /**
   * The transaction to log it in, for a write that must commit with the update or not at all
   * (accepting a suggestion closes its row and appends the audit in the same one): it runs
   * `work` in a transaction of its own making, and may write more there after it. Such an update
   * goes the slow way, alone.
   */
  within?: <T>(work: (tx: EntityManager) => Promise<T>) => Promise<T>;
}

/**
 * How long an update that builds on an edit the server does not have yet waits for it (an
 * edit still in flight: pipelined, or sent as a parallel request) before it is refused.
 */
export const DEPENDENCY_WAIT_MS = 3_000;

/**
 * How often a section with waiting updates reads its log while they wait: the edit they need
 * may be committed by another server process, which no commit of this one reports (its
 * broadcast, when heard, makes it read at once; the reads are for a broadcast not heard).
 */
const PARKED_POLL_MS = 100;

/** The update still lacks an edit it builds on, and may wait longer: park it (never leaves the log). */
class StillMissing extends Error {}

/** The section moved on from the version an update was made from. */
export class VersionMoved extends Error {
  constructor(readonly currentVersion: number) {
    super(`The section is at version ${currentVersion}.`);
  }
}

export interface AppendedUpdate {
  version: number;
  /** How many updates the log holds beyond the snapshot, to decide on compaction. */
  logLength: number;
  compactedAt: Date;
  /**
   * Whether the section has sign-offs, which an edit may make stale or current again
   * (sign-off/stale-sign-offs.ts): read in the same statement, so that the usual edit, to a section nobody has signed off,
   * costs no statement more.
   */
  signOffsWaiting: boolean;
  /** Relayed before its commit (relay.ts); if not, its caller relays it now. */
  relayed: boolean;
}

interface Waiting {
  update: Uint8Array;
  meta: UpdateMeta;
  done: (result: AppendedUpdate) => void;
  fail: (error: unknown) => void;
  /** When it reached the log, for the bounded wait on a missing dependency. */
  arrivedAt: number;
  /** Set once parked, for the retry at the end of its wait. */
  deadline?: NodeJS.Timeout;
  /** The section's withdrawal count when this was relayed before its commit (see isRelayed). */
  relayedIn?: number;
}

const SIGN_OFFS_WAITING = `exists (select 1 from sign_offs w where w.section_id = section_documents.section_id) as sign_offs_waiting`;

const BATCH = 200;
const NEXT_VERSION = `update section_documents set version = version + 1, updated_at = now() where section_id = ? returning version, snapshot_version, compacted_at, ${SIGN_OFFS_WAITING}`;
const LOG_UPDATE = 'insert into section_updates (section_id, version, update, client_id, author_id, created_at) values (?, ?, ?, ?, ?, now())';

const ENTRY_STATE = `select e.state from sections s join entries e on e.id = s.entry_id where s.id = ? for key share of e`;

/**
 * Appends clients' updates to sections' logs, acknowledging each only once committed.
 *
 * Group commit: updates to one section that arrive while its previous write is in flight
 * queue up and go together, in one statement, so that fifty people typing cost a few writes
 * a second instead of hundreds; and sections' batches ready at the same time share that
 * statement (group-commit.ts), so that a thousand people in two hundred sections do too. Each is first applied to the cached document, which checks
 * it; the statement then logs the batch only if no other process moved the section on.
 * Otherwise (or for an update the cache refused, which may only mean the cache was
 * behind), each goes the slow way: in a transaction that locks the section's row, brings
 * the document up to date from the log, applies and logs it; a refusal there is final.
 * Yjs cannot undo an update, so after any failure the cached document is dropped.
 *
 * An update that builds on an edit the server does not have yet is not applied: after the
 * slow way has checked the database, it waits (parked) until an edit to its section is
 * committed or DEPENDENCY_WAIT_MS have passed since it arrived, then goes again; only then is
 * it refused. An edit committed by another process is seen by reading the section's log every
 * PARKED_POLL_MS while anything waits (only then: the usual edit costs no read more). So edits a script sends without waiting for each answer (in parallel requests,
 * or overtaking one another on the way) are not lost when they arrive out of order.
 */
export class UpdateLog {
  private readonly queues = new Map<string, Waiting[]>();
  /** Updates waiting for an edit they build on, by section: tried again after each commit and at their deadline. */
  private readonly parked = new Map<string, Waiting[]>();
  /** Sections whose log is being read now and then, for what is parked (see pollWhileParked). */
  private readonly polled = new Set<string>();
  private commits = 0;
  private readonly groups: GroupCommit;
  /** Withdrawals published per section (only sections that had one): see isRelayed. */
  private readonly withdrawals = new Map<string, number>();

  constructor(
    private readonly orm: MikroORM,
    private readonly store: DocumentStore,
    private readonly pubsub?: PubSub,
    onGroupCommit?: (sections: number, updates: number) => void,
  ) {
    this.groups = new GroupCommit(orm, onGroupCommit);
  }

  append(sectionId: string, update: Uint8Array, meta: UpdateMeta): Promise<AppendedUpdate> {
    return new Promise((done, fail) => this.enqueue(sectionId, { update, meta, done: this.counted(done), fail, arrivedAt: Date.now() }));
  }

  private enqueue(sectionId: string, waiting: Waiting): void {
    const queue = this.queues.get(sectionId);
    if (queue) return void queue.push(waiting);
    this.queues.set(sectionId, [waiting]);
    void this.store.withLock(sectionId, () => this.drain(sectionId));
  }

  private counted(done: (result: AppendedUpdate) => void) {
    return (result: AppendedUpdate) => {
      this.commits++;
      done(result);
    };
  }

  private async drain(sectionId: string): Promise<void> {
    for (;;) {
      const queue = this.queues.get(sectionId)!;
      if (queue.length === 0) return void this.queues.delete(sectionId);
      const commitsBefore = this.commits;
      const batch = queue.splice(0, BATCH);
      const rest = await this.appendBatch(sectionId, batch).catch((error) => {
        this.store.forget(sectionId);
        this.failed(sectionId, batch, error);
        return [];
      });
      for (const waiting of rest) {
        // Parked before, and the edit it needs has not come since: no need to ask the database again.
        const cached = this.store.cached(sectionId);
        if (waiting.deadline && mayWait(waiting) && cached && missingDependencies(cached.doc, waiting.update)) {
          this.park(sectionId, waiting);
          continue;
        }
        await this.appendAlone(sectionId, waiting).then(waiting.done, (error) => {
          if (error instanceof StillMissing) return this.park(sectionId, waiting);
          this.store.forget(sectionId);
          this.failed(sectionId, [waiting], error);
        });
      }
      // Something was committed: what waited for it may go now, ahead of what came after it.
      const parked = this.parked.get(sectionId);
      if (parked && this.commits > commitsBefore) {
        this.parked.delete(sectionId);
        queue.unshift(...parked);
      }
    }
  }

  /**
   * Whether the update was relayed before its commit (relay.ts) and no withdrawal has come since.
   * A withdrawal sends every client back to the server's text, so each update of the section
   * still on its way counts as not relayed from then on: one failure is one withdrawal, however
   * many relayed updates fail with it, and what commits after it is relayed again once committed.
   */
  private isRelayed(sectionId: string, waiting: Waiting): boolean {
    return waiting.relayedIn !== undefined && waiting.relayedIn === (this.withdrawals.get(sectionId) ?? 0);
  }

  /** Refuses updates; if any was relayed, its section's subscribers hear that it is withdrawn. */
  private failed(sectionId: string, waiting: Waiting[], error: unknown): void {
    if (this.pubsub && waiting.some((w) => this.isRelayed(sectionId, w))) {
      this.withdrawals.set(sectionId, (this.withdrawals.get(sectionId) ?? 0) + 1);
      relayWithdrawal(this.pubsub, sectionId);
    }
    waiting.forEach((w) => w.fail(error));
  }

  /** Sets an update aside until an edit is committed to its section, or its wait is over (then it is tried a last time). */
  private park(sectionId: string, waiting: Waiting): void {
    this.parked.set(sectionId, [...(this.parked.get(sectionId) ?? []), waiting]);
    waiting.deadline ??= setTimeout(
      () => {
        const parked = this.parked.get(sectionId) ?? [];
        if (!parked.includes(waiting)) return; // already back in the queue
        const others = parked.filter((w) => w !== waiting);
        if (others.length) this.parked.set(sectionId, others);
        else this.parked.delete(sectionId);
        this.enqueue(sectionId, waiting);
      },
      waiting.arrivedAt + DEPENDENCY_WAIT_MS + 1 - Date.now(),
    ).unref();
    this.pollWhileParked(sectionId);
  }

  /**
   * While updates of the section are parked, reads its log when an edit of it is broadcast (by
   * any process) and every PARKED_POLL_MS; when another process has committed to it, the
   * parked updates go again, ahead of what came after them.
   */
  private pollWhileParked(sectionId: string): void {
    if (this.polled.has(sectionId)) return;
    this.polled.add(sectionId);
    const stopListening = this.pubsub?.listen(sectionTopic(sectionId), () => this.recheckParked(sectionId));
    const poll = setInterval(() => {
      if (this.parked.has(sectionId)) return this.recheckParked(sectionId);
      clearInterval(poll);
      stopListening?.();
      this.polled.delete(sectionId);
    }, PARKED_POLL_MS).unref();
  }

  /** Under the section's lock, one read when nothing is new. */
  private recheckParked(sectionId: string): void {
    if (!this.parked.has(sectionId)) return;
    void this.store
      .withLock(sectionId, async () => {
        const before = this.store.cached(sectionId)?.version ?? -1;
        const live = await this.store.current(this.orm.em.fork(), sectionId);
        const parked = this.parked.get(sectionId);
        if (!parked || live.version === before) return;
        this.parked.delete(sectionId);
        const queue = this.queues.get(sectionId);
        if (queue)
          queue.unshift(...parked); // its drain is next in line for the lock
        else parked.forEach((w) => this.enqueue(sectionId, w));
      })
      .catch(() => undefined); // the database unreachable: the deadline still refuses them
  }

  /** Fast path; returns the updates it could not take, for the slow path. */
  private async appendBatch(sectionId: string, batch: Waiting[]): Promise<Waiting[]> {
    const live = this.store.cached(sectionId);
    if (!live) return batch;
    const accepted: Waiting[] = [];
    /** Updates that build on edits the document lacks: not applied (Yjs would hold them as pending). */
    const missing: Waiting[] = [];
    let stopped: Waiting[] = [];
    const take = (waiting: Waiting): 'taken' | 'missing' | 'stop' | 'refused' => {
      // One made from another version than this goes the slow way, which says which it is now.
      const { baseVersion, maxSectionBytes, within } = waiting.meta;
      if (within || (baseVersion !== undefined && baseVersion !== live.version + accepted.length)) return 'stop';
      if (missingDependencies(live.doc, waiting.update)) return 'missing';
      const measure = mightExceed(live, waiting.update, maxSectionBytes);
      if (!tryApply(live, waiting.update, waiting.meta)) {
        this.store.forget(sectionId); // it may hold part of a refused update
        return 'stop';
      }
      try {
        if (measure) checkSizeAfter(live, maxSectionBytes!);
        else live.bytes += waiting.update.length;
      } catch (error) {
        this.store.forget(sectionId); // it holds the refused update
        this.failed(sectionId, [waiting], error);
        return 'refused';
      }
      accepted.push(waiting);
      return 'taken';
    };
    batch: for (const [i, waiting] of batch.entries()) {
      const outcome = take(waiting);
      if (outcome === 'stop' || outcome === 'refused') {
        stopped = batch.slice(outcome === 'stop' ? i : i + 1);
        break;
      }
      if (outcome === 'missing') {
        missing.push(waiting);
        continue;
      }
      // What waited for this edit may fit now (a script's edits that arrived out of order).
      for (let j = 0; j < missing.length;) {
        const retried = take(missing[j]);
        if (retried === 'missing') j++;
        else if (retried === 'stop' || retried === 'refused') {
          if (retried === 'refused') missing.splice(j, 1);
          stopped = batch.slice(i + 1);
          break batch;
        } else {
          missing.splice(j, 1);
          j = 0;
        }
      }
    }
    const rest = batch.filter((w) => missing.includes(w) || stopped.includes(w)); // the slow way, in the order they came
    if (accepted.length === 0) return rest;
    const base = live.version;
    const updates = accepted.map((w) => ({ update: w.update, clientId: w.meta.clientId, authorId: w.meta.authorId }));
    // Passed on now, while it is committed (relay.ts); the sender is answered once it is.
    if (this.pubsub) {
      const fresh = accepted.map((w) => !this.isRelayed(sectionId, w)); // (one back from the slow way may have gone already)
      relayEdits(
        this.pubsub,
        sectionId,
        updates.filter((_, i) => fresh[i]),
      );
      const withdrawals = this.withdrawals.get(sectionId) ?? 0;
      for (const [i, w] of accepted.entries()) if (fresh[i]) w.relayedIn = withdrawals;
    }
    // Logged in one statement with other sections' batches that are ready meanwhile (group-commit.ts).
    const outcome = await this.groups.append({ sectionId, base, updates });
    if ('failed' in outcome) throw outcome.failed;
    if ('notCurrent' in outcome) {
      this.store.forget(sectionId); // another process moved on, or the entry was submitted
      return batch.filter((w) => accepted.includes(w) || rest.includes(w));
    }
    const last = outcome.logged;
    live.version = last.version;
    live.lastUsed = Date.now();
    accepted.forEach((w, i) => w.done(appended({ ...last, version: base + i + 1 }, this.isRelayed(sectionId, w))));
    return rest;
  }

  private appendAlone(sectionId: string, waiting: Waiting): Promise<AppendedUpdate> {
    const { update, meta } = waiting;
    // Its own transaction rather than inBackgroundTransaction: the log is below the app's
    // services (it raises no entry events; its caller publishes the edit once acknowledged).
    // Or the caller's (`within`), which may write more before it commits. Either way, if it
    // rolls back, drain drops the cached document, which holds the update by then.
    const transaction = meta.within ?? (<T>(work: (tx: EntityManager) => Promise<T>) => this.orm.em.fork().transactional(work));
    let attempts = 0;
    return transaction(async (tx) => {
      // Run again (the caller's transaction retries after a deadlock): from the database, not
      // from the cached document the attempt before changed.
      if (attempts++ > 0) this.store.forget(sectionId);
      const [entry] = await tx.execute<{ state: EntryState }[]>(ENTRY_STATE, [sectionId]);
      refuseIfFrozen(entry, 'its text is frozen');
      const [row] = await tx.execute<VersionRow[]>(NEXT_VERSION, [sectionId]);
      if (meta.baseVersion !== undefined && meta.baseVersion !== row.version - 1) throw new VersionMoved(row.version - 1);
      const live = await this.store.current(tx, sectionId); // sees everything committed before our lock
      if (mayWait(waiting) && missingDependencies(live.doc, update)) throw new StillMissing(); // rolls back the version taken
      const measure = mightExceed(live, update, meta.maxSectionBytes);
      applyClientUpdate(live.doc, update, meta.clientId, meta.sender);
      // Over the limit: SectionTooLarge rolls back, and drain drops the document that holds it.
      if (measure) checkSizeAfter(live, meta.maxSectionBytes!);
      else live.bytes += update.length;
      await tx.execute(LOG_UPDATE, [sectionId, row.version, Buffer.from(update), meta.clientId, meta.authorId]);
      live.version = row.version;
      return appended(row, this.isRelayed(sectionId, waiting));
    });
  }
}

const mayWait = (waiting: Waiting) => Date.now() - waiting.arrivedAt < DEPENDENCY_WAIT_MS;

function appended(row: VersionRow, relayed: boolean): AppendedUpdate {
  return { version: row.version, logLength: row.version - row.snapshot_version, compactedAt: new Date(row.compacted_at), signOffsWaiting: row.sign_offs_waiting, relayed };
}

/** Applies to the cached document; false if refused, which may only mean the cache is behind. */
function tryApply(live: LiveDocument, update: Uint8Array, meta: UpdateMeta): boolean {
  try {
    applyClientUpdate(live.doc, update, meta.clientId, meta.sender);
    return true;
  } catch (error) {
    if (error instanceof UpdateRejected) return false;
    throw error;
  }
}
