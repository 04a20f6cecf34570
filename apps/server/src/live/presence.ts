import { randomUUID } from 'node:crypto';
import { awarenessClientIds } from './awareness-update.js';
import type { PubSub } from './pubsub.js';

/** Who is in an entry, where, and their editor's awareness (cursor, name, colour) as Yjs encodes it. */
export interface PresenceState {
  entryId: string;
  clientId: string;
  userId: string;
  userName: string;
  sectionId: string | null;
  /** Base64 y-protocols awareness update, relayed untouched. */
  awareness: string;
  lastSeenAt: number;
  /** True on the event that says this client has gone. */
  left: boolean;
  /** The server process that heard from the client; it alone announces the client's expiry. */
  origin: string;
}

export const PRESENCE_TOPIC = 'presence';

/**
 * Keeps the table of who is present, in every process, from the presence events all
 * processes publish. A client that has not been heard from for `timeoutMs` has gone: the
 * process that heard it last says so, so subscribers everywhere learn it once.
 *
 * A clientId belongs to the person first heard with it, until it leaves or goes quiet:
 * another person's event for it (an arrival, a move or a departure) is ignored. Every
 * process applies this rule to the events in the order pub/sub delivers them (one order for
 * all, through one Redis channel), so all agree on the holder even when two processes
 * accepted rival announcements at the same moment.
 *
 * The same goes for the Yjs clientIDs an awareness update describes (the editors' cursors):
 * each belongs to the presence clientId first heard with it, until that presence leaves or
 * goes quiet, so nobody can move, rename or remove another person's cursor.
 */
export class PresenceTracker {
  readonly processId = randomUUID();
  private readonly byEntry = new Map<string, Map<string, PresenceState>>();
  /** Per entry, which presence clientId each Yjs awareness clientID belongs to. */
  private readonly yjsOwners = new Map<string, Map<number, string>>();
  /** The events this process's table took; subscriptions pass on only these (see `accepted`). */
  private readonly taken = new WeakSet<PresenceState>();
  private readonly stopListening: () => void;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly pubsub: PubSub,
    private readonly timeoutMs = 30_000,
  ) {
    this.stopListening = pubsub.listen(PRESENCE_TOPIC, (state: PresenceState) => this.record(state));
    this.sweeper = setInterval(() => void this.sweep(), Math.min(5_000, timeoutMs / 2)).unref();
  }

  announce(state: Omit<PresenceState, 'lastSeenAt' | 'origin'>): Promise<PresenceState> {
    const full = { ...state, lastSeenAt: Date.now(), origin: this.processId };
    return this.pubsub.publish(PRESENCE_TOPIC, full).then(() => full);
  }

  /** Who holds a clientId in an entry now, if anyone. */
  holderOf(entryId: string, clientId: string, now = Date.now()): string | undefined {
    const held = this.byEntry.get(entryId)?.get(clientId);
    return held && now - held.lastSeenAt < this.timeoutMs ? held.userId : undefined;
  }

  /** Whether any of these Yjs clientIDs belongs to a presence clientId other than `clientId` (still present). */
  yjsIdsHeldByOthers(entryId: string, clientId: string, yjsIds: number[], now = Date.now()): boolean {
    const owners = this.yjsOwners.get(entryId);
    return yjsIds.some((id) => {
      const owner = owners?.get(id);
      return owner !== undefined && owner !== clientId && this.holderOf(entryId, owner, now) !== undefined;
    });
  }

  /**
   * Whether the table took this event (its listener runs before any subscription's, as it
   * listened first, and every listener gets the same object): a subscription passes on only
   * these, so nobody sees another person's clientId taken over, even for a moment.
   */
  accepted(state: PresenceState): boolean {
    return this.taken.has(state);
  }

  /** Those present in an entry now. */
  list(entryId: string, now = Date.now()): PresenceState[] {
    return [...(this.byEntry.get(entryId)?.values() ?? [])].filter((p) => now - p.lastSeenAt < this.timeoutMs);
  }

  async sweep(now = Date.now()): Promise<void> {
    for (const [entryId, clients] of this.byEntry) {
      for (const state of clients.values()) {
        if (now - state.lastSeenAt < this.timeoutMs) continue;
        clients.delete(state.clientId);
        this.releaseYjsIds(entryId, state.clientId);
        if (state.origin === this.processId) await this.pubsub.publish(PRESENCE_TOPIC, { ...state, left: true, lastSeenAt: now });
      }
      if (clients.size === 0) this.byEntry.delete(entryId);
    }
  }

  close(): void {
    clearInterval(this.sweeper);
    this.stopListening();
  }

  private record(state: PresenceState): void {
    const holder = this.holderOf(state.entryId, state.clientId);
    if (holder !== undefined && holder !== state.userId) return; // someone else's clientId
    const yjsIds = awarenessClientIds(state.awareness);
    if (!yjsIds || this.yjsIdsHeldByOthers(state.entryId, state.clientId, yjsIds)) return; // someone else's cursor
    this.taken.add(state);
    const clients = this.byEntry.get(state.entryId) ?? new Map<string, PresenceState>();
    if (state.left) {
      clients.delete(state.clientId);
      this.releaseYjsIds(state.entryId, state.clientId);
    } else {
      clients.set(state.clientId, state);
      const owners = this.yjsOwners.get(state.entryId) ?? new Map<number, string>();
      for (const id of yjsIds) owners.set(id, state.clientId);
      if (owners.size) this.yjsOwners.set(state.entryId, owners);
    }
    if (clients.size) this.byEntry.set(state.entryId, clients);
    else this.byEntry.delete(state.entryId);
  }

  private releaseYjsIds(entryId: string, clientId: string): void {
    const owners = this.yjsOwners.get(entryId);
    if (!owners) return;
    for (const [id, owner] of owners) if (owner === clientId) owners.delete(id);
    if (owners.size === 0) this.yjsOwners.delete(entryId);
  }
}
