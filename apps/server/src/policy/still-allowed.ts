import type { Role } from '@quorum/domain';
import type { Context } from '../common/context.js';
import { notFound, unauthenticated, type DomainError } from '../common/errors.js';
import { requireViewer } from './access.js';
import { authorizeRole } from './entry.policy.js';
import type { Revocation } from './revocations.js';

/** Stands in for an event once its subscriber may no longer see the stream: the resolver throws `error`. */
export class AccessEnded {
  constructor(readonly error: unknown) {}
}

/** What a subscription opened, once its subscriber's access was checked. */
export interface OpenedStream<T> {
  /** The entry whose membership the stream depends on. */
  entryId: string;
  events: AsyncIterableIterator<T>;
  /** What the subscriber asked for, for the NOT_FOUND once they lose the entry (default "Entry"). */
  asked?: string;
  /**
   * For a stream that tells its subscriber of their own removal and ends after it (entryEvents):
   * that event goes out unchecked, the removal's revocation does not cut the stream short of it
   * (it may arrive first), and the stream ends once it has gone out.
   */
  isOwnRemoval?: (event: T) => boolean;
}

/**
 * A subscription's events for as long as its subscriber may see them. Access is ended by
 * pushed revocations (policy/revocations.ts), not polled: a removal from the entry ends the
 * stream with NOT_FOUND, a role change re-checks it at once, and the end of the connection's
 * session or token (policy/connection-access.ts) ends it with UNAUTHENTICATED, all within
 * moments and whether or not events are flowing. The subscriber gets that error in place of
 * an event, and the stream ends. `open` checks access and opens the stream; revocations that
 * arrive while it does so count too.
 *
 * Safety net: before an event goes out, access is read again if the last read is older than
 * QUORUM_SESSION_RECHECK_SECONDS, because revocations published while Redis was unreachable
 * reach only their own process.
 */
export async function whileAllowed<T>(ctx: Context, open: () => Promise<OpenedStream<T>>): Promise<AsyncIterableIterator<T | AccessEnded>> {
  const { revocations, config } = ctx.app;
  const since = revocations.mark();
  const { entryId, events, asked = 'Entry', isOwnRemoval } = await open();
  const userId = requireViewer(ctx).userId;
  const check = async () => {
    await checkSignedIn(ctx);
    await checkStillReads(ctx, entryId, asked);
  };

  let ended: AccessEnded | undefined;
  /** Wakes the `next` waiting for an event, when access ends meanwhile. */
  let wake: (() => void) | undefined;
  const end = (error: unknown) => {
    if (ended) return;
    ended = new AccessEnded(error);
    wake?.();
  };
  const concerns = (r: Revocation) => (r.kind === 'MEMBERSHIP_ENDED' || r.kind === 'ROLE_CHANGED') && r.userId === userId && r.entryId === entryId;
  const stopWatching = revocations.watch(since, (revocation) => {
    if (!concerns(revocation)) return;
    if (revocation.kind === 'MEMBERSHIP_ENDED' && !isOwnRemoval) end(notFound(asked));
    if (revocation.kind === 'ROLE_CHANGED') check().catch(end); // every role reads today; a matrix that changes may differ
  });
  const stopConnection = ctx.connection?.whenEnded(end);
  let checkedAt = Date.now();
  let endDelivered = false;
  let ownRemovalDelivered = false;

  const finish = async () => {
    stopWatching();
    stopConnection?.();
    await events.return?.();
  };
  // Kept by hand: it races the next event against access ending, and `return` must release the
  // listeners at once; an async generator's `return` waits for the event it is awaiting, and
  // Repeater (@repeaterjs/repeater) is not a dependency of the server.
  const stream: AsyncIterableIterator<T | AccessEnded> = {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (ownRemovalDelivered) {
        await finish();
        return { done: true, value: undefined };
      }
      if (!ended) {
        // A promise of its own each time: one that never settles would gather a reaction per event.
        const woken = new Promise<undefined>((resolve) => (wake = () => resolve(undefined)));
        const next = await Promise.race([events.next(), woken]);
        wake = undefined;
        if (next?.done) {
          await finish(); // the stream ended by itself: stop watching for it
          return next;
        }
        if (next && !ended) {
          if (isOwnRemoval?.(next.value)) {
            ownRemovalDelivered = true;
            return next;
          }
          if (Date.now() - checkedAt < config.sessionRecheckMs) return next;
          try {
            await check();
            checkedAt = Date.now();
            return next;
          } catch (error) {
            end(error);
          }
        }
      }
      await finish();
      if (endDelivered) return { done: true, value: undefined };
      endDelivered = true;
      return { done: false, value: ended! };
    },
    async return() {
      await finish();
      return { done: true, value: undefined };
    },
    async throw(error) {
      await finish();
      throw error;
    },
  };
  return stream;
}

/** In a subscription's resolver: the event, or the error that ended the subscriber's access. */
export function eventOrEnd<T>(event: T | AccessEnded): T {
  if (event instanceof AccessEnded) throw event.error;
  return event;
}

/** Throws once the session or token behind an open WebSocket has ended (logged out, revoked, expired). */
async function checkSignedIn(ctx: Context): Promise<void> {
  const ended: DomainError | undefined = ctx.connection?.ended;
  if (ended) throw ended;
  if (ctx.stillSignedIn && !(await ctx.stillSignedIn())) throw unauthenticated('Your session has ended (logged out, expired or its token revoked): log in again.');
}

/** Read afresh (not through the request's loaders, which keep what they read): still a member, in a role that reads. */
async function checkStillReads(ctx: Context, entryId: string, asked: string): Promise<void> {
  const { user } = requireViewer(ctx);
  const rows = await ctx.app.live.orm.em.fork().execute<{ role: Role }[]>('select role from memberships where entry_id = ? and user_id = ?', [entryId, user.id]);
  if (rows.length === 0) throw notFound(asked);
  authorizeRole(ctx, rows[0].role, 'entry.read');
}
