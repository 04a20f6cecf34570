import type { EntryAction } from '@quorum/domain';
import type { Context } from '../common/context.js';
import { EntryState } from '../common/enums.js';
import { conflict } from '../common/errors.js';
import { Entry } from '../entries/entry.entity.js';
import { authorizeEntry } from '../policy/entry.policy.js';

/**
 * Every evidence write goes through here: the policy's check for `action`, then the entry
 * must not be submitted, since a submitted entry's content is frozen (design notes) and the
 * evidence is part of what was submitted.
 */
export async function authorizeEvidenceWrite(ctx: Context, entryId: string, action: EntryAction): Promise<void> {
  await authorizeEntry(ctx, entryId, action);
  const entry = await ctx.em.findOneOrFail(Entry, entryId);
  if (entry.state === EntryState.SUBMITTED) throw conflict('This entry has been submitted, so its evidence can no longer change.');
}
