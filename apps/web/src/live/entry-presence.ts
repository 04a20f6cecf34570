import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates, type Awareness } from 'y-protocols/awareness';
import type { ConnectionStore } from '../connection/connection-status';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { EntryPresenceQuery, PresenceUpdatedSubscription, UpdatePresenceMutation } from './operations';
import type { LiveTransport } from './transport';

/** Someone else in the entry, and the section they are in (null: the entry, no section). */
export interface PersonHere {
  clientId: string;
  userId: string;
  userName: string;
  sectionId: string | null;
}

interface Heard {
  clientId: string;
  userId: string;
  userName: string;
  sectionId?: string | null;
  awareness: string;
  left: boolean;
}

interface Known extends PersonHere {
  awareness: string;
  heardAt: number;
  /** Their Yjs awareness ids in the section this tab shows, to take their cursors away. */
  yjsIds: number[];
}

// The server forgets a client after 30 s of silence: speak well within that.
const HEARTBEAT_MS = 12_000;
const GONE_AFTER_MS = 35_000;
// Cursor moves come with every keystroke; a few a second are plenty.
const THROTTLE_MS = 200;

/**
 * Who is in an entry and where, over `updatePresence` and `presenceUpdated`. It also carries
 * the editor's Yjs awareness (cursor, name, colour) between people in the same section.
 */
export class EntryPresence {
  private readonly known = new Map<string, Known>();
  private people: PersonHere[] = [];
  private current: { sectionId: string; awareness: Awareness } | null = null;
  private stopAwareness?: () => void;
  private throttle?: ReturnType<typeof setTimeout>;
  private disposed = false;
  private readonly listeners = new Set<() => void>();
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly transport: LiveTransport,
    private readonly connection: ConnectionStore,
    private readonly entryId: string,
    private readonly clientId: string,
  ) {
    this.stops.push(transport.subscribe(PresenceUpdatedSubscription, { entryId }, ({ presenceUpdated }) => this.hear(presenceUpdated)));
    let status = connection.get();
    this.stops.push(
      connection.subscribe(() => {
        const next = connection.get();
        if (next === 'connected' && status !== 'connected') this.start();
        status = next;
      }),
    );
    const heartbeat = setInterval(() => {
      this.forgetQuiet();
      this.send();
    }, HEARTBEAT_MS);
    this.stops.push(() => clearInterval(heartbeat));
    if (status === 'connected') this.start();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getPeople = () => this.people;

  /** The section this tab shows now, with its editor's awareness; null when none. */
  setSection(sectionId: string | null, awareness: Awareness | null): void {
    this.stopAwareness?.();
    this.stopAwareness = undefined;
    if (this.current) this.forgetCursors(this.current.awareness);
    this.current = sectionId && awareness ? { sectionId, awareness } : null;
    if (this.current) {
      const onUpdate = (_: unknown, origin: unknown) => origin === 'local' && this.sendSoon();
      awareness!.on('update', onUpdate);
      this.stopAwareness = () => awareness!.off('update', onUpdate);
      for (const person of this.known.values()) this.showCursor(person);
    }
    this.send();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.send(true);
    clearTimeout(this.throttle);
    this.stopAwareness?.();
    this.stops.forEach((stop) => stop());
    this.listeners.clear();
  }

  /** On (re)connecting: say where we are, and learn who is here (events were missed meanwhile). */
  private start(): void {
    this.send();
    this.transport.request(EntryPresenceQuery, { entryId: this.entryId }).then(
      ({ entry }) => {
        const here = new Set(entry.presence.map((p) => p.clientId));
        for (const clientId of this.known.keys()) if (!here.has(clientId)) this.forget(clientId);
        entry.presence.forEach((p) => this.hear(p));
      },
      () => {}, // the next reconnect tries again
    );
  }

  private sendSoon(): void {
    this.throttle ??= setTimeout(() => {
      this.throttle = undefined;
      this.send();
    }, THROTTLE_MS);
  }

  private send(leaving = false): void {
    if (this.connection.get() !== 'connected') return;
    const current = this.current;
    const awareness = current && current.awareness.getLocalState() !== null ? toBase64(encodeAwarenessUpdate(current.awareness, [current.awareness.clientID])) : '';
    const input = { entryId: this.entryId, clientId: this.clientId, sectionId: current?.sectionId ?? null, awareness, leaving };
    // Presence is best effort: the next heartbeat repairs a lost one.
    this.transport.request(UpdatePresenceMutation, { input }).catch(() => {});
  }

  private hear(heard: Heard): void {
    if (heard.clientId === this.clientId) return;
    if (heard.left) return this.forget(heard.clientId);
    const before = this.known.get(heard.clientId);
    const person: Known = {
      clientId: heard.clientId,
      userId: heard.userId,
      userName: heard.userName,
      sectionId: heard.sectionId ?? null,
      awareness: heard.awareness,
      heardAt: Date.now(),
      yjsIds: before?.yjsIds ?? [],
    };
    this.known.set(heard.clientId, person);
    this.showCursor(person);
    if (!before || before.sectionId !== person.sectionId || before.userName !== person.userName) this.changed();
  }

  /** Shows their cursor if they are in this tab's section, and takes it away if they left it. */
  private showCursor(person: Known): void {
    const current = this.current;
    if (!current) return;
    if (person.sectionId !== current.sectionId || !person.awareness) {
      if (person.yjsIds.length) removeAwarenessStates(current.awareness, person.yjsIds, 'remote');
      person.yjsIds = [];
      return;
    }
    const ids: number[] = [];
    const collect = ({ added, updated }: { added: number[]; updated: number[] }) => ids.push(...added, ...updated);
    current.awareness.on('update', collect);
    try {
      applyAwarenessUpdate(current.awareness, fromBase64(person.awareness), 'remote');
    } catch {
      // A malformed awareness update from another client only costs its cursor.
    } finally {
      current.awareness.off('update', collect);
    }
    if (ids.length) person.yjsIds = [...new Set([...person.yjsIds, ...ids])];
  }

  private forgetCursors(awareness: Awareness): void {
    for (const person of this.known.values()) {
      if (person.yjsIds.length) removeAwarenessStates(awareness, person.yjsIds, 'remote');
      person.yjsIds = [];
    }
  }

  private forget(clientId: string): void {
    const person = this.known.get(clientId);
    if (!person) return;
    this.known.delete(clientId);
    if (this.current && person.yjsIds.length) removeAwarenessStates(this.current.awareness, person.yjsIds, 'remote');
    this.changed();
  }

  /** In case a departure was missed (it is sent once): anyone silent for too long has gone. */
  private forgetQuiet(): void {
    const now = Date.now();
    for (const person of [...this.known.values()]) if (now - person.heardAt > GONE_AFTER_MS) this.forget(person.clientId);
  }

  private changed(): void {
    this.people = [...this.known.values()].map(({ clientId, userId, userName, sectionId }) => ({ clientId, userId, userName, sectionId }));
    this.listeners.forEach((listener) => listener());
  }
}
