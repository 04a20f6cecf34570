import { roleCan, type Role, type SignOffSlotDefinition } from '@quorum/domain';
import { decodeCursor, pageSize, toPage, type Page } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { EntryState } from '../common/enums.js';
import type { Entry } from '../entries/entry.entity.js';
import { Membership } from '../entries/membership.entity.js';
import { requireViewer } from '../policy/access.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import type { Section } from '../sections/section.entity.js';
import type { SectionApproval } from '../sign-off/approval.js';
import { SignOffMeaning } from '../sign-off/sign-off.enums.js';
import { statusOf } from '../sign-off/sign-off.service.js';
import { pendingSuggestions } from './pending-suggestions.js';
import type { ThreadComment } from './waiting.loaders.js';
import { WaitingKind, type WaitingItem } from './waiting.types.js';

/** An item's id: its kind and the id of what it is about (see WaitingItem.id); what cursors carry beside the time. */
const ITEM_ID = /^[A-Z_]+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Where each kind is dealt with: the same places notifications link to (mail/outbox.ts notificationPath, the web app's notificationHref). */
const paths = {
  review: (entryId: string, sectionId: string) => `/entries/${entryId}/review/${sectionId}`,
  thread: (entryId: string, sectionId: string, threadId: string) => `/entries/${entryId}/sections/${sectionId}#thread-${threadId}`,
  text: (entryId: string, sectionId: string) => `/entries/${entryId}/sections/${sectionId}#section-heading`,
  section: (entryId: string, sectionId: string) => `/entries/${entryId}/sections/${sectionId}`,
};

/**
 * What waits for the viewer, newest first, in every entry of theirs that is not submitted (or in
 * `entryId` only: NOT_FOUND unless a member). Computed from the request's loaders: a fixed
 * number of statements however many entries and sections (sections, sign-offs, documents,
 * evidence, members, threads, edit times, authors). Pending suggestions are read from the documents.
 */
export async function waitingFor(ctx: Context, first: number, after: string | undefined, entryId: string | undefined): Promise<Page<WaitingItem>> {
  const { user } = requireViewer(ctx);
  const limit = pageSize(first);
  const cursor = after ? decodeCursor(after, ITEM_ID) : undefined;
  const memberships = entryId
    ? [await authorizeEntry(ctx, entryId, 'entry.read')]
    : await ctx.em.find(Membership, { user: user.id, entry: { state: { $ne: EntryState.SUBMITTED } } }, { populate: ['entry'], strategy: 'joined' });
  const open = memberships.filter((m) => m.entry.state !== EntryState.SUBMITTED); // a submitted entry is frozen: nothing waits in it
  const items = await itemsOf(ctx, user.id, open);
  items.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0));
  const rest = cursor ? items.filter((i) => i.createdAt < cursor.createdAt || (i.createdAt.getTime() === cursor.createdAt.getTime() && i.id < cursor.id)) : items;
  return toPage(rest.slice(0, limit + 1), limit, items.length);
}

/** Every section of the entries read at once, so that each loader makes one statement for all of them. */
async function itemsOf(ctx: Context, userId: string, memberships: Membership[]): Promise<WaitingItem[]> {
  const sectionsOf = await ctx.loaders.sectionsOfEntry.loadMany(memberships.map((m) => m.entry.id));
  const sections = memberships.flatMap((m, i) => unwrap(sectionsOf[i]).map((section) => ({ section, entry: m.entry, role: m.role })));
  const ids = sections.map((s) => s.section.id);
  const [approvals, views, threads, editedAt, documents] = await Promise.all([
    statusOf(
      ctx,
      sections.map((s) => s.section),
    ),
    ctx.loaders.sectionViews.loadMany(ids),
    ctx.loaders.viewerThreadsOfSection.loadMany(ids),
    ctx.loaders.sectionEditedAt.loadMany(ids),
    ctx.loaders.liveDocument.loadMany(ids),
  ]);
  const items: WaitingItem[] = [];
  const waitingThreads: { entry: Entry; section: Section; threadId: string; kind: WaitingKind; comment: ThreadComment }[] = [];
  for (const [i, { section, entry, role }] of sections.entries()) {
    const since = unwrap(editedAt[i]) ?? entry.createdAt;
    items.push(...signOffItems(entry, section, approvals[i], userId, role, since));
    const { wordCount } = unwrap(views[i]);
    if (wordCount > section.wordLimit && roleCan(role, 'section.edit')) {
      items.push({
        id: `${WaitingKind.OVER_WORD_LIMIT}:${section.id}`,
        kind: WaitingKind.OVER_WORD_LIMIT,
        entry,
        section,
        message: `“${section.title}” is ${wordCount - section.wordLimit} words over its limit of ${section.wordLimit}.`,
        path: paths.text(entry.id, section.id),
        createdAt: since,
      });
    }
    const suggested = pendingSuggestions(unwrap(documents[i])).filter((s) => s.authorId !== userId).length;
    if (suggested > 0 && roleCan(role, 'section.edit')) {
      items.push({
        id: `${WaitingKind.SUGGESTIONS_PENDING}:${section.id}`,
        kind: WaitingKind.SUGGESTIONS_PENDING,
        entry,
        section,
        message: `“${section.title}” has ${suggested === 1 ? 'a suggestion' : `${suggested} suggestions`} to accept or reject.`,
        path: paths.section(entry.id, section.id),
        createdAt: since,
      });
    }
    for (const thread of groupThreads(unwrap(threads[i]))) {
      const waiting = threadWaiting(thread, userId);
      if (waiting) waitingThreads.push({ entry, section, threadId: thread[0].threadId, ...waiting });
    }
  }
  const authors = await ctx.loaders.user.loadMany(waitingThreads.map((t) => t.comment.authorId));
  for (const [i, { entry, section, threadId, kind, comment }] of waitingThreads.entries()) {
    const author = unwrap(authors[i])?.name ?? 'Someone';
    items.push({
      id: `${kind}:${threadId}`,
      kind,
      entry,
      section,
      message: kind === WaitingKind.MENTIONED ? `${author} mentioned you in a comment on “${section.title}”.` : `${author} replied in a thread you took part in on “${section.title}”.`,
      path: paths.thread(entry.id, section.id, threadId),
      createdAt: comment.createdAt,
    });
  }
  return items;
}

/** My approval that went stale, or a slot waiting for my sign-off (in review: a draft is not asked for sign-off yet). */
function signOffItems(entry: Entry, section: Section, approval: SectionApproval, userId: string, role: Role, since: Date): WaitingItem[] {
  const mine = approval.stale.find((s) => s.signer.id === userId && s.meaning === SignOffMeaning.APPROVE);
  if (mine && roleCan(role, 'signOff.give')) {
    return [
      {
        id: `${WaitingKind.APPROVAL_STALE}:${section.id}`,
        kind: WaitingKind.APPROVAL_STALE,
        entry,
        section,
        message: `“${section.title}” changed after you approved it: your approval no longer counts until you sign it off again.`,
        path: paths.review(entry.id, section.id),
        createdAt: mine.staleNotifiedAt ?? since,
      },
    ];
  }
  const slot = entry.state === EntryState.DRAFT ? null : slotAwaiting(approval, userId, role);
  if (!slot) return [];
  return [
    {
      id: `${WaitingKind.SIGN_OFF_NEEDED}:${section.id}`,
      kind: WaitingKind.SIGN_OFF_NEEDED,
      entry,
      section,
      message: `“${section.title}” needs your sign-off as ${slot.label}.`,
      path: paths.review(entry.id, section.id),
      createdAt: since,
    },
  ];
}

/**
 * The slot I could fill that no current approval holds, in a section I have not signed as it now
 * reads (a current approval or change request of mine is my word given): my sign-off is awaited.
 * (The closing-date reminders, mail/reminders.ts, also count a change request of theirs as pending.)
 */
export function slotAwaiting(approval: SectionApproval, userId: string, role: Role): SignOffSlotDefinition | null {
  if (!roleCan(role, 'signOff.give') || approval.current.some((s) => s.signer.id === userId)) return null;
  return approval.slots.find((hold) => !hold.heldBy && hold.slot.roles.includes(role))?.slot ?? null;
}

function groupThreads(comments: ThreadComment[]): ThreadComment[][] {
  const threads = new Map<string, ThreadComment[]>();
  for (const c of comments) threads.set(c.threadId, [...(threads.get(c.threadId) ?? []), c]);
  return [...threads.values()];
}

/**
 * A thread (its comments oldest first) waits for me when someone mentioned me after I last wrote
 * in it, or when I took part and someone else wrote last.
 */
export function threadWaiting(thread: ThreadComment[], userId: string): { kind: WaitingKind; comment: ThreadComment } | null {
  const myLast = thread.findLastIndex((c) => c.authorId === userId);
  const mention = thread.findLastIndex((c, i) => i > myLast && c.authorId !== userId && c.mentionIds.includes(userId));
  if (mention >= 0) return { kind: WaitingKind.MENTIONED, comment: thread[mention] };
  const last = thread[thread.length - 1];
  if (myLast >= 0 && last.authorId !== userId) return { kind: WaitingKind.REPLY_AWAITED, comment: last };
  return null;
}

function unwrap<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}
