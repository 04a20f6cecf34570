import { useMutation, useQuery } from '@apollo/client/react';
import type { Role } from '@quorum/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMe } from '../auth/use-session';
import { useEntryEvents, type EntryEvent } from '../activity/use-entry-events';
import { useOnReconnect } from '../connection/use-on-reconnect';
import type { CommentAnchorInput, CommentPartsFragment, CommentThreadFragment, EntryCommentsQuery } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import {
  AddCommentMutation,
  DeleteCommentMutation,
  EditCommentMutation,
  EntryCommentsQuery as EntryComments,
  ReopenCommentMutation,
  ReplyToCommentMutation,
  ResolveCommentMutation,
  SectionThreadsQuery,
} from './operations';

export type Thread = CommentThreadFragment;
// Without the fragment's name marker: a thread (unmasked CommentThread) is shown as a comment too.
export type CommentItem = Omit<CommentPartsFragment, ' $fragmentName'>;
type Entry = EntryCommentsQuery['entry'];

const NO_THREADS: Thread[] = [];
/** The API's largest page: how many threads of one kind "show all" brings. */
export const ALL_THREADS = 100;

/**
 * Open threads as they sit beside the text: those on the whole section first (newest first),
 * then those on passages in the order of the text (as where their passages started when last
 * read), then those whose passage was deleted.
 */
export function inTextOrder(threads: Thread[]): Thread[] {
  const rank = (t: Thread) => (!t.anchor ? -1 : (t.anchor.from ?? Number.MAX_SAFE_INTEGER));
  // Array.prototype.sort is stable: equal ranks keep the API's newest-first order.
  return [...threads].sort((a, b) => rank(a) - rank(b));
}

/** A passage cut short enough to say aloud. */
export const shortQuote = (quote: string, max = 60) => {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};

/** What someone else did, in words for the live region; null for what is not worth interrupting for. */
export function describeEvent(event: EntryEvent, entry: Entry, currentSectionId: string): string | null {
  const section = entry.sections.find((s) => s.id === event.sectionId);
  if (!section) return null;
  const here = section.id === currentSectionId;
  const thread = [...section.openThreads.nodes, ...section.resolvedThreads.nodes].find((t) => t.id === event.threadId);
  const where = !here ? `in “${section.title}”` : thread?.anchor ? `on “${shortQuote(thread.anchor.quote)}”` : 'on this section';
  const actor = entry.members.find((m) => m.user.id === event.actorId)?.user.name ?? 'Someone';
  switch (event.kind) {
    case 'COMMENT_ADDED':
      return `New comment from ${actor} ${where}`;
    case 'COMMENT_REPLIED':
      return `New reply from ${actor} to the comment ${where}`;
    case 'COMMENT_RESOLVED':
      return here ? `${actor} resolved the comment ${where}` : null;
    case 'COMMENT_REOPENED':
      return here ? `${actor} reopened the comment ${where}` : null;
    default:
      return null;
  }
}

/**
 * A section's comment threads, kept live: every comment event in the entry reads them again
 * (events carry ids, not content), and others' new comments and replies are said through the
 * live region. After the connection comes back, they are read again for what was missed.
 * The newest 20 open and 20 resolved come with the entry; `showAll` brings up to 100 of a kind.
 */
export function useSectionComments(entryId: string, sectionId: string) {
  const announce = useAnnounce();
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(EntryComments, { variables: { id: entryId }, fetchPolicy: 'cache-and-network' });
  const [all, setAll] = useState({ open: false, resolved: false });
  useEffect(() => setAll({ open: false, resolved: false }), [sectionId]);
  const more = useQuery(SectionThreadsQuery, {
    variables: { id: sectionId, openFirst: all.open ? ALL_THREADS : 1, resolvedFirst: all.resolved ? ALL_THREADS : 1 },
    skip: !all.open && !all.resolved,
    fetchPolicy: 'cache-and-network',
  });
  const current = useRef({ sectionId, meId: me?.id, more });
  current.current = { sectionId, meId: me?.id, more };
  const refetchAll = useCallback(async () => {
    const { more } = current.current;
    const [result] = await Promise.all([refetch(), more.data || more.loading ? more.refetch() : undefined]);
    return result.data?.entry;
  }, [refetch]);

  useEntryEvents(entryId, async (event) => {
    if (!event.kind.startsWith('COMMENT_')) return;
    let entry: Entry | undefined;
    try {
      entry = await refetchAll();
    } catch {
      return; // the query's own error shows in the panel
    }
    if (!entry || event.actorId === current.current.meId) return;
    const message = describeEvent(event, entry, current.current.sectionId);
    if (message) announce(message);
  });

  useOnReconnect(() => void refetchAll().catch(() => {}));

  const entry = data?.entry;
  const section = entry?.sections.find((s) => s.id === sectionId);
  const roles = useMemo(() => new Map<string, Role>((entry?.members ?? []).map((m) => [m.user.id, m.role])), [entry?.members]);
  // Whom a comment can mention: the rest of the team.
  const people = useMemo(() => (entry?.members ?? []).filter((m) => m.user.id !== me?.id).map((m) => ({ id: m.user.id, name: m.user.name, role: m.role })), [entry?.members, me?.id]);
  const wider = more.data?.section.id === sectionId ? more.data.section : undefined;
  return {
    open: (all.open && wider ? wider.openThreads : section?.openThreads)?.nodes ?? NO_THREADS,
    resolved: (all.resolved && wider ? wider.resolvedThreads : section?.resolvedThreads)?.nodes ?? NO_THREADS,
    /** How many there are in all: only the newest 20 of each come, unless all are asked for. */
    openCount: section?.openThreads.totalCount ?? 0,
    resolvedCount: section?.resolvedThreads.totalCount ?? 0,
    /** Brings up to ALL_THREADS threads of a kind; resolves once they are shown. */
    showAll: useCallback((kind: 'open' | 'resolved') => setAll((was) => ({ ...was, [kind]: true })), []),
    roles,
    people,
    meId: me?.id ?? null,
    canComment: !!entry?.abilities.canComment,
    canResolveAny: !!entry?.abilities.canEdit,
    loading: loading && !data,
    error: data ? undefined : error,
  };
}

// The entry's first pages; threads shown beyond them (showAll) follow on the comment event
// that every change brings (useSectionComments). Naming SectionThreads here would fetch it
// even while skipped.
const REFETCH = { refetchQueries: ['EntryComments'], awaitRefetchQueries: true };

/** Starting, answering, resolving, reopening, editing and deleting comments; each reads the threads again. */
export function useCommentActions(sectionId: string) {
  const [addComment] = useMutation(AddCommentMutation, REFETCH);
  const [replyToComment] = useMutation(ReplyToCommentMutation, REFETCH);
  const [resolveComment] = useMutation(ResolveCommentMutation, REFETCH);
  const [reopenComment] = useMutation(ReopenCommentMutation, REFETCH);
  const [editComment] = useMutation(EditCommentMutation, REFETCH);
  const [deleteComment] = useMutation(DeleteCommentMutation, REFETCH);
  return {
    add: useCallback(
      (body: string, anchor?: CommentAnchorInput, mentionedUserIds: string[] = []) =>
        addComment({ variables: { input: { sectionId, body, anchor, ...(mentionedUserIds.length ? { mentionedUserIds } : {}) } } }),
      [addComment, sectionId],
    ),
    reply: useCallback(
      (commentId: string, body: string, mentionedUserIds: string[] = []) => replyToComment({ variables: { input: { commentId, body, ...(mentionedUserIds.length ? { mentionedUserIds } : {}) } } }),
      [replyToComment],
    ),
    resolve: useCallback((commentId: string) => resolveComment({ variables: { input: { commentId } } }), [resolveComment]),
    reopen: useCallback((commentId: string) => reopenComment({ variables: { input: { commentId } } }), [reopenComment]),
    edit: useCallback(
      (commentId: string, body: string, mentionedUserIds: string[] = []) => editComment({ variables: { input: { commentId, body, ...(mentionedUserIds.length ? { mentionedUserIds } : {}) } } }),
      [editComment],
    ),
    remove: useCallback((commentId: string) => deleteComment({ variables: { input: { commentId } } }), [deleteComment]),
  };
}

export type CommentActions = ReturnType<typeof useCommentActions>;
