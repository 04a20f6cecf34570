import { DeadlockException, FlushMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { publishEntryEvents, type EntryEventData } from '../notifications/entry-events.js';
import type { AppServices, Context } from './context.js';
import type { Loaders } from './loaders.js';

/** What a write works with: the transaction's EntityManager, and the events it raises. */
export interface Transaction {
  em: EntityManager;
  /** Published once the transaction has committed; never if it rolls back. */
  events: EntryEventData[];
  /** Runs `step` once the transaction has committed, after the events (a revocation, a cookie): never if it rolls back. */
  afterCommit(step: () => unknown): void;
}

/**
 * The after-commit hook of the transaction an EntityManager belongs to, for helpers that are
 * handed only `em` (notify() is called from many writes with their `em`): weakly held, so an
 * EntityManager's entry goes with it.
 */
const openTransactions = new WeakMap<EntityManager, { app: AppServices; afterCommit: Transaction['afterCommit'] }>();

/** Runs `step(app)` once `em`'s transaction has committed; never if it rolls back. Does nothing outside inTransaction. */
export function afterCommitOf(em: EntityManager, step: (app: AppServices) => unknown): void {
  const open = openTransactions.get(em);
  open?.afterCommit(() => step(open.app));
}

/**
 * The EntityManager of one request: it never flushes by itself (FlushMode.COMMIT), so that a read
 * never writes. With MikroORM's default (AUTO), a find flushed any entity changed in memory first
 * (an API token's last use, recorded by authenticate), on the request's EntityManager, while the
 * query's other fields read beside it: on a PostgreSQL server their statements went into that
 * flush's transaction and failed once it had ended. Writes go through inTransaction, whose
 * EntityManager flushes as AUTO.
 */
export function requestEntityManager(orm: MikroORM): EntityManager {
  return orm.em.fork({ flushMode: FlushMode.COMMIT });
}

/**
 * The one way a mutation writes (docs/architecture.md, "Writes"), as Vendure's @Transaction with
 * its event bus: `work` runs in one transaction, flushed at its end, and the events it pushes are
 * published after the commit. A failed mutation leaves the database as it was and tells nobody.
 * While it runs, the request's loaders are closed: the embedded database has one connection,
 * which the transaction holds, so a loader read inside would wait for itself (read before).
 * Work that calls other work joins its transaction.
 */
export async function inTransaction<T>(ctx: Context, work: (tx: Transaction) => Promise<T>): Promise<T> {
  if (ctx.transaction) return work(ctx.transaction);
  const loaders = ctx.loaders;
  ctx.loaders = CLOSED_LOADERS;
  try {
    return await commit(ctx.em, ctx.app, (tx) => {
      ctx.transaction = tx;
      return work(tx);
    });
  } finally {
    ctx.transaction = undefined;
    ctx.loaders = loaders;
  }
}

/** The same for work that no request started (compaction, settling sign-offs after an edit), on an EntityManager of its own. */
export function inBackgroundTransaction<T>(app: AppServices, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return commit(app.live.orm.em.fork(), app, work);
}

/** How often a transaction PostgreSQL aborted to break a deadlock is run again before its error stands. */
const DEADLOCK_ATTEMPTS = 3;

async function commit<T>(em: EntityManager, app: AppServices, work: (tx: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const events: EntryEventData[] = [];
    const steps: (() => unknown)[] = [];
    try {
      const afterCommit = (step: () => unknown) => steps.push(step);
      const result = await em.transactional(
        (transactionEm) => {
          openTransactions.set(transactionEm, { app, afterCommit });
          return work({ em: transactionEm, events, afterCommit });
        },
        // Inside a write, a find sees what the write has persisted so far (the request's own EntityManager never flushes by itself).
        { flushMode: FlushMode.AUTO },
      );
      await publishEntryEvents(app, events);
      for (const step of steps) await step();
      return result;
    } catch (error) {
      // Two writers that lock the same rows in another order: PostgreSQL aborts one whole
      // transaction (nothing of it is kept, nothing was published), which may simply run again,
      // as PostgreSQL's documentation advises. The other has gone ahead by then.
      if (!(error instanceof DeadlockException) || attempt >= DEADLOCK_ATTEMPTS) throw error;
    }
  }
}

const CLOSED_LOADERS = new Proxy({} as Loaders, {
  get(_target, name) {
    throw new Error(`ctx.loaders.${String(name)} was read inside a transaction, which on the embedded database would wait for the connection the transaction holds: read it before inTransaction.`);
  },
});
