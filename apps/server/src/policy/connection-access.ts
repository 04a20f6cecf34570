import type { DomainError } from '../common/errors.js';
import type { Viewer } from '../common/context.js';
import { unauthenticated } from '../common/errors.js';
import type { Revocation, Revocations } from './revocations.js';

/** setTimeout's longest delay; a session that lasts longer is caught by the safety-net re-check. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export const sessionEnded = () => unauthenticated('Your session has ended (logged out or expired): log in again.');
export const tokenRevoked = () => unauthenticated('The API token is not valid, or has been revoked.');

/** Whether `revocation` ends the session or token `viewer` came with, and with which error. */
function endedBy(revocation: Revocation, viewer: Viewer): DomainError | undefined {
  switch (revocation.kind) {
    case 'SESSION_ENDED':
      return revocation.sessionId === viewer.sessionId ? sessionEnded() : undefined;
    case 'SESSIONS_ENDED':
      return viewer.sessionId && revocation.userId === viewer.user.id ? sessionEnded() : undefined;
    case 'TOKEN_REVOKED':
      return revocation.tokenId === viewer.token?.id ? tokenRevoked() : undefined;
    default:
      return undefined;
  }
}

/**
 * An open WebSocket's hold on the session or token it was opened with. It ends when that
 * session is logged out or that token revoked, on any server process (the revocation is pushed
 * to this one), or when the session expires: from then on every operation on the connection is
 * refused and its subscriptions end, with UNAUTHENTICATED.
 */
export class ConnectionAccess {
  ended?: DomainError;
  private readonly onEnded = new Set<(error: DomainError) => void>();
  private readonly stopWatching: () => void;
  private readonly expiry?: NodeJS.Timeout;

  /** `since`: the revocations' mark taken before `viewer` was read. */
  constructor(revocations: Revocations, since: number, viewer: Viewer) {
    this.stopWatching = revocations.watch(since, (revocation) => {
      const error = endedBy(revocation, viewer);
      if (error) this.end(error);
    });
    const expiresInMs = viewer.sessionExpiresAt ? viewer.sessionExpiresAt.getTime() - Date.now() : undefined;
    if (expiresInMs !== undefined && expiresInMs < LONGEST_TIMER_MS) {
      this.expiry = setTimeout(() => this.end(sessionEnded()), Math.max(0, expiresInMs)).unref();
    }
  }

  end(error: DomainError): void {
    if (this.ended) return;
    this.ended = error;
    this.close();
    for (const handler of this.onEnded) handler(error);
    this.onEnded.clear();
  }

  /** Calls `handler` once the access ends (at once if it has); the returned function stops that. */
  whenEnded(handler: (error: DomainError) => void): () => void {
    if (this.ended) {
      handler(this.ended);
      return () => undefined;
    }
    this.onEnded.add(handler);
    return () => this.onEnded.delete(handler);
  }

  /** When the connection closes: stop watching. */
  close(): void {
    this.stopWatching();
    clearTimeout(this.expiry);
  }
}
