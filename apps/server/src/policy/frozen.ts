import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../common/context.js';
import { EntryState } from '../common/enums.js';
import { conflict } from '../common/errors.js';
import { Entry } from '../entries/entry.entity.js';

/**
 * A submitted entry's content is frozen (docs/architecture.md, "Where authorization lives"): its text, evidence, sign-offs and
 * sign-off slots. `what` finishes the sentence, e.g. "its text is frozen".
 */
export function refuseIfFrozen(entry: Pick<Entry, 'state'>, what: string): void {
  if (entry.state === EntryState.SUBMITTED) {
    throw conflict(`This entry has been submitted, so ${what}. The lead can reopen it.`, { state: entry.state });
  }
}

/** Reads the entry (through the request's EntityManager) and refuses if it is frozen. */
export async function assertNotFrozen(ctx: Context, entryId: string, what: string): Promise<Entry> {
  const entry = await ctx.em.findOneOrFail(Entry, entryId);
  refuseIfFrozen(entry, what);
  return entry;
}

/** Inside a transaction: locks the entry row (ordering workflow moves and sign-offs) and refuses if frozen. */
export async function lockUnfrozenEntry(em: EntityManager, entryId: string, what: string): Promise<Entry> {
  const entry = await em.findOneOrFail(Entry, entryId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  refuseIfFrozen(entry, what);
  return entry;
}
