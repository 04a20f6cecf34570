import type { EntryAction } from '@quorum/domain';
import type { Context } from '../common/context.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { assertNotFrozen } from '../policy/frozen.js';

/**
 * Every evidence write goes through here: the policy's check for `action`, then the entry
 * must not be submitted, since a submitted entry's content is frozen (policy/frozen.ts) and the
 * evidence is part of what was submitted.
 */
export async function authorizeEvidenceWrite(ctx: Context, entryId: string, action: EntryAction, asked = 'Entry'): Promise<void> {
  await authorizeEntry(ctx, entryId, action, asked);
  await assertNotFrozen(ctx, entryId, 'its evidence can no longer change');
}
