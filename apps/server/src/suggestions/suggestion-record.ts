import { suggestionAuthor, suggestionIdsOfStructs } from '@quorum/section-content';
import type { Role } from '@quorum/domain';
import * as Y from 'yjs';
import type { Context } from '../common/context.js';
import { logError } from '../common/log.js';
import { EntryEventKind, publishEntryEvents } from '../notifications/entry-events.js';

/** The suggestion ids an update marks text with (its new `insertion` / `deletion` formatting). */
export const suggestionKeysIn = (update: Uint8Array): string[] => suggestionIdsOfStructs(Y.decodeUpdate(update).structs);

// Only keys not seen before in the section are new; the author is the key's own (the live
// check let through only the sender's new keys), and their role is known when it is the sender.
const RECORD = `
  insert into section_suggestions (id, section_id, key, author_id, role, created_at)
  select gen_random_uuid(), ?, k, u.id, case when u.id = ?::uuid then ? end, now()
    from unnest(?::text[]) as k join users u on u.id = split_part(k, '~', 1)::uuid
  on conflict (section_id, key) do nothing
  returning key`;

/**
 * After a client's update is committed: records who made the suggestions it brings that the
 * section had not seen, and tells the entry (SUGGESTION_MADE). A failure here loses no edit:
 * the suggestion then shows without its role and time.
 */
export async function recordSuggestions(ctx: Context, access: { sectionId: string; entryId: string; role: Role }, userId: string, update: Uint8Array): Promise<void> {
  const keys = suggestionKeysIn(update);
  if (keys.length === 0) return;
  try {
    const rows = await ctx.em.execute<{ key: string }[]>(RECORD, [access.sectionId, userId, access.role, `{${keys.map((k) => `"${k}"`).join(',')}}`]);
    await publishEntryEvents(
      ctx.app,
      rows.map((row) => ({ kind: EntryEventKind.SUGGESTION_MADE, entryId: access.entryId, sectionId: access.sectionId, suggestionId: row.key, actorId: userId })),
    );
  } catch (error) {
    logError('suggestions not recorded', error);
  }
}

/** Whether `key` is one of `authorId`'s suggestions. */
export const isAuthorOf = (key: string, authorId: string) => suggestionAuthor(key) === authorId.toLowerCase();
