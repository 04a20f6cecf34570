import { Cursor } from '@mikro-orm/core';
import { ROLE_LABELS } from '@quorum/domain';
import { acceptedDoc, acceptOne, rejectOne, SUGGESTION_ID, suggestionAuthor, suggestionsIn, toProseMirrorDoc, withAllAccepted, type SuggestionSummary } from '@quorum/section-content';
import { AuditAction } from '../audit/audit-event.entity.js';
import { appendAudit } from '../audit/audit.service.js';
import { User } from '../auth/user.entity.js';
import { Comment } from '../comments/comment.entity.js';
import { pageSize, readCursor, type Page } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { conflict, notFound } from '../common/errors.js';
import { inTransaction, type Transaction } from '../common/unit-of-work.js';
import { writeSectionDoc } from '../live/section-live.service.js';
import { EntryEventKind } from '../notifications/entry-events.js';
import { notify } from '../notifications/notification.service.js';
import { requireViewer } from '../policy/access.js';
import { refuseIfFrozen } from '../policy/frozen.js';
import type { Section } from '../sections/section.entity.js';
import { sectionFor } from '../sections/section.service.js';
import { SectionSuggestion } from './section-suggestion.entity.js';
import { memberIdsOf, resolutionDrafts } from './suggestion-notifications.js';
import { suggestionAt } from './suggestion-thread.js';
import { isAuthorOf } from './suggestion-record.js';
import type { ResolveSuggestionInput, ResolveSuggestionsInput } from './dto/suggestion.inputs.js';
import type { ResolveSuggestionsPayload, Suggestion } from './suggestion.types.js';

/*
 * Suggestions (docs/architecture.md, Suggestions): the marks are in the section's Yjs document;
 * this reads them with who made them, and accepts or rejects them with the library's commands
 * on a ProseMirror document of the section, written back as an ordinary edit.
 */

/** Every pending suggestion of the section, in the order they appear in the text. */
async function pendingOf(ctx: Context, section: Section): Promise<Suggestion[]> {
  const live = await ctx.app.live.store.current(ctx.em, section.id);
  const summaries = suggestionsIn(toProseMirrorDoc(live.doc));
  if (summaries.length === 0) return [];
  const keys = summaries.map((s) => s.id);
  const [rows, threads] = await Promise.all([
    ctx.em.find(SectionSuggestion, { section: section.id, key: { $in: keys } }),
    ctx.em.find(Comment, { section: section.id, thread: null, anchorStart: { $ne: null }, resolvedAt: null, deletedAt: null }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
  ]);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const threadOf = new Map<string, Comment>();
  for (const thread of threads) {
    const key = suggestionAt(live.doc, thread.anchorStart!);
    if (key && !threadOf.has(key)) threadOf.set(key, thread);
  }
  const authorIds = [...new Set(summaries.map((s) => suggestionAuthor(s.id)).filter((id): id is string => id !== null))];
  const authors = await ctx.loaders.user.loadMany(authorIds);
  const authorById = new Map(authors.filter((u): u is User => u instanceof User).map((u) => [u.id, u]));
  return summaries.map((s) => toSuggestion(s, byKey.get(s.id), authorById.get(suggestionAuthor(s.id) ?? ''), threadOf.get(s.id)));
}

function toSuggestion(s: SuggestionSummary, row: SectionSuggestion | undefined, author: User | undefined, thread: Comment | undefined): Suggestion {
  return {
    id: s.id,
    author: author ?? null,
    role: row?.role ?? null,
    kind: s.kind,
    text: s.kind === 'DELETE' ? s.deleted : s.inserted,
    insertedText: s.inserted,
    deletedText: s.deleted,
    createdAt: row?.createdAt ?? null,
    thread: thread ?? null,
  };
}

const validCursor = (values: unknown[]) => values.length === 1 && typeof values[0] === 'string' && SUGGESTION_ID.test(values[0]);

/** A page of the section's pending suggestions, in text order (the cursor holds the last one's id). */
export async function suggestionsPage(ctx: Context, section: Section, first: number, after?: string | null, authorId?: string | null): Promise<Page<Suggestion>> {
  const limit = pageSize(first);
  const afterKey = after ? (readCursor(after, validCursor)[0] as string) : null;
  const all = (await pendingOf(ctx, section)).filter((s) => !authorId || isAuthorOf(s.id, authorId));
  const start = afterKey ? all.findIndex((s) => s.id === afterKey) + 1 : 0;
  const nodes = all.slice(start, start + limit);
  const edges = nodes.map((node) => ({ cursor: Cursor.encode([node.id]), node }));
  return { edges, nodes, totalCount: all.length, pageInfo: { hasNextPage: start + limit < all.length, endCursor: edges.at(-1)?.cursor ?? null } };
}

type Resolution = 'ACCEPTED' | 'REJECTED';

/**
 * Its author may type on under the same id after an editor read it (an outside review had a
 * listed " Indeed" accepted with a sentence added elsewhere since): the words read must still be its words.
 */
function refuseIfChanged(now: SuggestionSummary, seen: ResolveSuggestionInput) {
  const changed = (seen.insertedText != null && seen.insertedText !== now.inserted) || (seen.deletedText != null && seen.deletedText !== now.deleted);
  if (changed) throw conflict('This suggestion has changed since you read it: read it again before accepting or rejecting it.', { insertedText: now.inserted, deletedText: now.deleted });
}

/**
 * Accepts or rejects the chosen suggestions: the library's commands on the section's
 * ProseMirror document, written back as one edit (connected editors receive it live; the
 * sign-offs it makes stale are settled as after any edit) in one transaction with the
 * suggestions' rows closed, the audit appended and each author notified (once for the batch);
 * the entry is told once it commits, and a revision saved.
 */
async function resolve(
  ctx: Context,
  sectionId: string,
  how: Resolution,
  choose: (all: SuggestionSummary[]) => SuggestionSummary[],
  one: boolean,
  seen?: ResolveSuggestionInput,
): Promise<ResolveSuggestionsPayload> {
  const section = await sectionFor(ctx, sectionId, 'section.edit');
  refuseIfFrozen(section.entry, 'its text is frozen');
  const { user } = requireViewer(ctx);
  const live = await ctx.app.live.store.current(ctx.em, section.id);
  const doc = toProseMirrorDoc(live.doc);
  const all = suggestionsIn(doc);
  const chosen = choose(all);
  if (one && chosen.length === 0) throw notFound('Suggestion');
  if (one && seen) refuseIfChanged(chosen[0], seen);
  if (chosen.length === 0) return { section, suggestionIds: [] };
  const keys = chosen.map((s) => s.id);
  // Worked out on the text as it is written, not as read above: what others typed meanwhile
  // stays (writeSectionDoc), and a suggestion made meanwhile stays pending, never taken in unseen.
  const resolved = (now: typeof doc) => {
    const pending = suggestionsIn(now);
    if (pending.length === keys.length && pending.every((s) => keys.includes(s.id))) return how === 'ACCEPTED' ? withAllAccepted(now) : acceptedDoc(now);
    let next = now;
    for (const key of keys) next = how === 'ACCEPTED' ? acceptOne(next, key) : rejectOne(next, key);
    return next;
  };
  const rows = await ctx.em.find(SectionSuggestion, { section: section.id, key: { $in: keys } }, { populate: ['author'] });
  const members = await memberIdsOf(ctx, section.entry.id);
  const field = one ? 'input.suggestionId' : 'input.sectionId';
  const authors = [...new Set(rows.map((r) => `${r.author.name}${r.role ? ` (${ROLE_LABELS[r.role].toLowerCase()})` : ''}`))];
  const verb = how === 'ACCEPTED' ? 'accepted' : 'rejected';
  const summary = `${user.name} ${verb} ${keys.length === 1 ? 'a suggestion' : `${keys.length} suggestions`}${authors.length ? ` by ${authors.join(', ')}` : ''} in “${section.title}”.`;
  const record = async ({ em, events }: Transaction) => {
    const now = new Date();
    for (const row of rows) {
      const mine = await em.findOneOrFail(SectionSuggestion, row.id);
      Object.assign(mine, { resolvedAt: now, resolution: how, resolvedBy: em.getReference(User, user.id) });
    }
    await appendAudit(em, section.entry.id, {
      action: how === 'ACCEPTED' ? AuditAction.SUGGESTION_ACCEPTED : AuditAction.SUGGESTION_REJECTED,
      actor: user,
      summary,
      data: { sectionId: section.id, suggestionIds: keys, authorIds: [...new Set(keys.map(suggestionAuthor))] },
    });
    notify(em, resolutionDrafts(user, section, keys, how, members));
    const kind = how === 'ACCEPTED' ? EntryEventKind.SUGGESTION_ACCEPTED : EntryEventKind.SUGGESTION_REJECTED;
    events.push({ kind, entryId: section.entry.id, sectionId: section.id, suggestionId: keys.length === 1 ? keys[0] : null, actorId: user.id });
  };
  // The edit and the record of it commit together, or neither does: a failure leaves the text,
  // the rows and the audit as they were.
  await writeSectionDoc(ctx, section.id, resolved, `${how === 'ACCEPTED' ? 'accept' : 'reject'}:${user.id}`, how === 'ACCEPTED' ? 'accept' : 'reject', field, (logEdit) =>
    inTransaction(ctx, async (tx) => {
      const logged = await logEdit(tx.em);
      await record(tx);
      return logged;
    }),
  );
  return { section, suggestionIds: keys };
}

export const resolveSuggestion = (ctx: Context, input: ResolveSuggestionInput, how: Resolution) =>
  resolve(ctx, input.sectionId, how, (all) => all.filter((s) => s.id === input.suggestionId), true, input);

export const resolveSuggestions = (ctx: Context, input: ResolveSuggestionsInput, how: Resolution) =>
  resolve(ctx, input.sectionId, how, (all) => (input.authorId ? all.filter((s) => isAuthorOf(s.id, input.authorId!)) : all), false);
