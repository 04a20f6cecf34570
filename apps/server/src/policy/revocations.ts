import { randomUUID } from 'node:crypto';
import type { PubSub } from '../live/pubsub.js';
import { logError } from '../common/log.js';

/**
 * Something that ends or narrows someone's access, published once it is committed, to every
 * server process (through Redis with REDIS_URL), so that what was open on the strength of that
 * access ends at once instead of at the next poll: subscriptions (policy/still-allowed.ts),
 * WebSocket connections (policy/connection-access.ts) and what live editing trusts about a
 * role (sections/section-access.ts).
 */
export type Revocation =
  /** Removed from the entry, or left it. */
  | { kind: 'MEMBERSHIP_ENDED'; userId: string; entryId: string }
  /** Still a member, in another role: whatever was trusted about the old one goes. */
  | { kind: 'ROLE_CHANGED'; userId: string; entryId: string }
  /** One browser session logged out. */
  | { kind: 'SESSION_ENDED'; sessionId: string }
  /** Every browser session of a person logged out ("everywhere"). */
  | { kind: 'SESSIONS_ENDED'; userId: string }
  | { kind: 'TOKEN_REVOKED'; tokenId: string };

const TOPIC = 'revocations';
/** Kept for watchers that began reading access before they started watching (see `mark`). */
const RECENT_MS = 60_000;

type Received = { seq: number; at: number; revocation: Revocation };

/** A server process's one listener on the revocations topic, handing each revocation to whoever watches. */
export class Revocations {
  /** So that this process skips its own messages coming back: it applied them when publishing. */
  private readonly origin = randomUUID();
  private readonly watchers = new Set<(revocation: Revocation) => void>();
  private readonly recent: Received[] = [];
  private seq = 0;
  private readonly stopListening: () => void;

  constructor(private readonly pubsub: PubSub) {
    this.stopListening = pubsub.listen(TOPIC, (message: { origin?: string; revocation?: Revocation }) => {
      if (message?.origin !== this.origin && message?.revocation) this.receive(message.revocation);
    });
  }

  /**
   * After the change is committed: applied in this process before this resolves (so that its
   * own next request sees it), and sent to the others. With Redis away it reaches only this
   * process; the others' safety-net re-checks (QUORUM_SESSION_RECHECK_SECONDS) catch up.
   */
  async publish(revocation: Revocation): Promise<void> {
    this.receive(revocation);
    await this.pubsub.publish(TOPIC, { origin: this.origin, revocation });
  }

  /**
   * Take a mark BEFORE reading someone's access, and pass it to `watch` once what depends on
   * that access is set up: a revocation that arrived in between is handed over too, so that
   * none falls between the read and the watching.
   */
  mark(): number {
    return this.seq;
  }

  /** Calls `handler` for every revocation after `since` (a `mark`), until the returned function is called. */
  watch(since: number, handler: (revocation: Revocation) => void): () => void {
    for (const received of this.recent) if (received.seq > since) handler(received.revocation);
    this.watchers.add(handler);
    return () => this.watchers.delete(handler);
  }

  close(): void {
    this.stopListening();
    this.watchers.clear();
  }

  private receive(revocation: Revocation): void {
    const now = Date.now();
    this.recent.push({ seq: ++this.seq, at: now, revocation });
    while (this.recent.length > 0 && (now - this.recent[0].at > RECENT_MS || this.recent.length > 10_000)) this.recent.shift();
    for (const watcher of [...this.watchers]) {
      try {
        watcher(revocation);
      } catch (error) {
        logError('A revocation could not be applied', error);
      }
    }
  }
}
