import type { Context } from '../common/context.js';
import { notFound, unauthenticated } from '../common/errors.js';
import { authorizeSection } from '../sections/section.service.js';
import { requireViewer } from './access.js';

/** How long an open subscription trusts its last check: events go out without one meanwhile. */
const TRUST_MS = 2_000;

/** Stands in for an event once its subscriber may no longer see the stream: the resolver throws `error`. */
export class AccessEnded {
  constructor(readonly error: unknown) {}
}

/**
 * A subscription's events for as long as its subscriber may see them. Access can end while a
 * subscription is open (a member removed, a session logged out, a token revoked): before an
 * event goes out, `check` runs again if the last one is more than two seconds old (so that
 * fifty people typing cost no statement each). Once it throws, the subscriber gets that error
 * in place of the event, and the stream ends.
 */
export function whileAllowed<T>(events: AsyncIterableIterator<T>, check: () => Promise<void>): AsyncIterableIterator<T | AccessEnded> {
  let checkedAt = Date.now(); // when subscribing
  let ended = false;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (ended) return this.return!();
      const next = await events.next();
      if (next.done || Date.now() - checkedAt < TRUST_MS) return next;
      try {
        await check();
        checkedAt = Date.now();
        return next;
      } catch (error) {
        ended = true;
        return { done: false, value: new AccessEnded(error) };
      }
    },
    async return() {
      await events.return?.();
      return { done: true, value: undefined };
    },
    async throw(error) {
      await events.return?.();
      throw error;
    },
  };
}

/** In a subscription's resolver: the event, or the error that ended the subscriber's access. */
export function eventOrEnd<T>(event: T | AccessEnded): T {
  if (event instanceof AccessEnded) throw event.error;
  return event;
}

/** Throws once the session or token behind an open WebSocket has ended (logged out, revoked, expired). */
async function checkSignedIn(ctx: Context): Promise<void> {
  if (ctx.stillSignedIn && !(await ctx.stillSignedIn())) throw unauthenticated('Your session has ended (logged out, expired or its token revoked): log in again.');
}

/** For subscriptions to a section: still signed in, and still allowed to read it. */
export async function checkStillReadsSection(ctx: Context, sectionId: string): Promise<void> {
  await checkSignedIn(ctx);
  await authorizeSection(ctx, sectionId, 'entry.read');
}

/** For subscriptions to an entry: still signed in, and still a member. */
export async function checkStillMember(ctx: Context, entryId: string): Promise<void> {
  await checkSignedIn(ctx);
  const { user } = requireViewer(ctx);
  const rows = await ctx.app.live.orm.em.fork().execute('select 1 from memberships where entry_id = ? and user_id = ?', [entryId, user.id]);
  if (rows.length === 0) throw notFound('Entry');
}
