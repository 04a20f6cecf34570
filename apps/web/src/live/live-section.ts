import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { ConnectionStore } from '../connection/connection-status';
import { ApplySectionUpdateMutation, SectionRelaySubscription, SectionSyncQuery } from './operations';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { fragmentText, unsavedWords, type SetAside } from './set-aside';
import { LiveError, type LiveTransport } from './transport';

/** The origin of updates that came from the server, so that they are not sent back. */
export const REMOTE = 'remote';
/** Tiptap's Collaboration extension reads and writes this fragment; the server does too. */
export const CONTENT_FIELD = 'content';

export interface LiveSectionState {
  /** The first catch-up has been applied: the document shows what the server has. */
  ready: boolean;
  /** Local edits the server has not acknowledged yet (kept while offline, sent on return). */
  unsent: number;
  /** Why edits are not being saved, in plain words; null while all is well. */
  error: string | null;
  /** Edits the server refused for good, set aside when the section started again from its text (set-aside.ts). */
  setAside?: SetAside | null;
}

/** What a section that starts again after a refusal (or a withdrawal) carries from the one it replaces. */
export interface Refused {
  reason: string;
  /** The text as this browser had it, refused edits included; null when nothing typed here was left unsaved. */
  typed: string | null;
  /** Words set aside before and still offered, kept on when there is nothing new to offer. */
  shown?: SetAside | null;
}

/** Said when the server withdraws edits it relayed (their commit failed) while this browser had words not yet saved. */
export const WITHDRAWN_REASON = 'Changes made a moment ago could not be saved after all, so this section now shows the saved text.';

interface Pending {
  update: Uint8Array;
  edits: number;
}

const RETRY_AFTER_MS = 3000;

/** Bytes in words, as the server's messages put them. */
export function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * What a refusal means for the person typing, and whether trying again can help ('edit': with
 * the next edit, which may make room, e.g. deleting what was just pasted).
 */
function explain(error: unknown): { message: string; retry: 'sync' | 'later' | 'never' | 'edit' } {
  const { code, message, extensions } = error instanceof LiveError ? error : new LiveError('NETWORK', '');
  if (code === 'BAD_USER_INPUT' && typeof extensions.contentBytesLimit === 'number') {
    return {
      message: `This section is full: it can hold ${describeBytes(extensions.contentBytesLimit)}, and your latest changes would take it over, so they have not been saved. Delete some text (for example what you just pasted) and they will be saved without it.`,
      retry: 'edit',
    };
  }
  switch (code) {
    case 'BAD_USER_INPUT':
      return { message: `Your latest changes could not be saved: ${message}`, retry: 'sync' };
    case 'FORBIDDEN':
      // The server says why: the role ("As a patient representative on this entry you cannot …"),
      // or the suggestion check (e.g. someone else's suggestion may not be changed).
      return { message: message ? `${message} Your changes have not been saved.` : 'Your role in this entry does not let you edit this section, so your changes have not been saved.', retry: 'never' };
    case 'NOT_FOUND':
      return { message: 'This section could not be found. You may have been removed from the entry. Your changes have not been saved.', retry: 'never' };
    case 'UNAUTHENTICATED':
      return { message: 'You have been logged out. Log in again in another tab to save your changes; keep this page open.', retry: 'later' };
    case 'CONFLICT':
      return { message: `Your changes have not been saved. ${message}`, retry: 'never' };
    case 'RATE_LIMITED':
      return { message: 'You are sending changes faster than the server accepts them. Quorum will try again in a moment.', retry: 'later' };
    default:
      return { message: 'Your latest changes have not been saved yet. Quorum will keep trying.', retry: 'later' };
  }
}

/**
 * One section's Yjs document, kept in step with the server over the live transport: remote
 * updates come in through `sectionRelay` (as soon as the server has checked them; a WITHDRAWN
 * event starts the section again from the server's text); local ones go out through `applySectionUpdate`,
 * one at a time, queued ones merged; after any (re)connection `sectionSync` catches up and the
 * difference the server lacks goes out. Mirrors the server's tested Node client
 * (apps/server/src/test-support/live-editor.ts).
 */
export class LiveSection {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly clientId: string;
  /** The most the section's document may hold, in bytes (the server's QUORUM_MAX_SECTION_BYTES), once synced. */
  sizeLimit: number | null = null;
  private queue: Pending[] = [];
  private inFlight = 0;
  private needsSync = true;
  private refusedAfterSync = false;
  /**
   * Set when the server refused edits for good: this document can no longer be saved, and the
   * section registry (live-sections.ts) replaces it with one that starts from the server's text.
   */
  refused: Refused | null = null;
  private running = false;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private state: LiveSectionState = { ready: false, unsent: 0, error: null };
  private readonly listeners = new Set<() => void>();
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly transport: LiveTransport,
    private readonly connection: ConnectionStore,
    readonly sectionId: string,
    public canEdit: boolean,
    tabId: string,
    /** The refusal this section starts again after, if any: its unsaved words are worked out once synced. */
    private readonly after: Refused | null = null,
  ) {
    this.clientId = `${tabId}-${this.doc.clientID}`;
    this.doc.getXmlFragment(CONTENT_FIELD);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      // Roles that cannot edit get a live read-only view; nothing of theirs is sent.
      if (origin === REMOTE || !this.canEdit) return;
      this.queue.push({ update, edits: 1 });
      this.publish();
      this.kick();
    });
    this.stops.push(
      transport.subscribe(SectionRelaySubscription, { sectionId }, ({ sectionRelay: event }) => (event.kind === 'WITHDRAWN' ? this.withdrawn() : this.receive(event.update ?? '', event.clientId))),
    );
    let status = connection.get();
    this.stops.push(
      connection.subscribe(() => {
        const next = connection.get();
        // Whatever happened while away (missed updates, lost acknowledgements), catch up first.
        if (next === 'connected' && status !== 'connected') this.needsSync = true;
        status = next;
        this.kick();
      }),
    );
    this.kick();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getState = () => this.state;

  /** The writer has read (or copied) what was set aside. */
  dismissSetAside(): void {
    this.state = { ...this.state, setAside: null };
    this.publish();
  }

  dispose(): void {
    clearTimeout(this.retryTimer);
    this.stops.forEach((stop) => stop());
    this.listeners.clear();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /**
   * Edits relayed to this document were not committed after all (the server's relay.ts): it may
   * hold words the server does not, so the registry (live-sections.ts) starts the section again
   * from the server's text, setting aside what was typed here and not yet saved, if anything.
   */
  private withdrawn(): void {
    if (this.refused) return;
    if (this.state.unsent > 0) this.startAgain(WITHDRAWN_REASON, fragmentText(this.doc.getXmlFragment(CONTENT_FIELD)));
    // Still catching up after starting again: the words of that start are yet to be offered.
    else if (!this.state.ready && this.after?.typed != null) this.startAgain(this.after.reason, this.after.typed);
    else this.startAgain(WITHDRAWN_REASON, null);
    this.publish();
  }

  /** Marks this document as one that can no longer be saved, for the registry to replace (live-sections.ts). */
  private startAgain(reason: string, typed: string | null): void {
    this.refused = { reason, typed, shown: this.state.ready ? this.state.setAside : this.after?.shown };
  }

  private receive(update: string, from: string | null): void {
    if (from === this.clientId) return;
    Y.applyUpdate(this.doc, fromBase64(update), REMOTE);
    // An update that depends on one we missed (say, between a reconnect and resubscribing)
    // waits in Yjs's pending store: fetch what is missing.
    if (this.doc.store.pendingStructs || this.doc.store.pendingDs) {
      this.needsSync = true;
      this.kick();
    }
  }

  private kick(): void {
    if (this.running || this.connection.get() !== 'connected') return;
    void this.run();
  }

  /** The one lane for talking to the server: a catch-up or a send at a time, never both. */
  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.connection.get() === 'connected') {
        if (this.needsSync) await this.sync();
        else if (this.queue.length && this.canEdit && !this.refused) await this.send();
        else break;
      }
    } catch (error) {
      this.fail(error);
    } finally {
      this.running = false;
    }
  }

  private async sync(): Promise<void> {
    this.needsSync = false;
    try {
      const { sectionSync, section } = await this.transport.request(SectionSyncQuery, { sectionId: this.sectionId, stateVector: toBase64(Y.encodeStateVector(this.doc)) });
      this.sizeLimit = section?.contentBytesLimit ?? null;
      Y.applyUpdate(this.doc, fromBase64(sectionSync.update), REMOTE);
      // Everything the server lacks, which covers what was typed offline and any edit whose
      // acknowledgement was lost with the connection; it replaces the queue, which it includes.
      const missing = Y.encodeStateAsUpdate(this.doc, fromBase64(sectionSync.stateVector));
      const { structs, ds } = Y.decodeUpdate(missing);
      const edits = this.queue.reduce((sum, p) => sum + p.edits, 0);
      this.queue = structs.length || ds.clients.size ? [{ update: missing, edits: Math.max(edits, 1) }] : [];
      // Still owing the server something after a refusal: the next refusal of it is for good.
      if (!this.queue.length) this.refusedAfterSync = false;
      const setAside =
        this.state.ready || !this.after
          ? this.state.setAside
          : this.after.typed != null
            ? { reason: this.after.reason, unsaved: unsavedWords(fragmentText(this.doc.getXmlFragment(CONTENT_FIELD)), this.after.typed) }
            : (this.after.shown ?? undefined);
      this.state = { ...this.state, ready: true, error: null, setAside };
      this.publish();
    } catch (error) {
      this.needsSync = true;
      throw error;
    }
  }

  private async send(): Promise<void> {
    const batch = this.queue.splice(0);
    const pending: Pending = { update: Y.mergeUpdates(batch.map((p) => p.update)), edits: batch.reduce((sum, p) => sum + p.edits, 0) };
    this.inFlight = pending.edits;
    try {
      await this.transport.request(ApplySectionUpdateMutation, { input: { sectionId: this.sectionId, update: toBase64(pending.update), clientId: this.clientId } });
      this.refusedAfterSync = false;
      if (this.state.error) this.state = { ...this.state, error: null };
    } catch (error) {
      // Not acknowledged: it goes again, first, with whatever is typed meanwhile.
      this.queue.unshift(pending);
      throw error;
    } finally {
      this.inFlight = 0;
      this.publish();
    }
  }

  private fail(error: unknown): void {
    const { message, retry } = explain(error);
    const network = error instanceof LiveError && error.code === 'NETWORK';
    if (retry === 'sync' && !this.refusedAfterSync) {
      // The server lacks something this edit builds on: catch up and send the difference, once.
      this.refusedAfterSync = true;
      this.needsSync = true;
      queueMicrotask(() => this.kick());
      return;
    }
    // Refused for good, or again after catching up: nothing typed from here on could be saved
    // either, since it builds on what was refused. Start again from the server's text.
    if ((retry === 'never' || retry === 'sync') && !network && this.queue.length) {
      this.startAgain(message, fragmentText(this.doc.getXmlFragment(CONTENT_FIELD)));
    }
    // A dropped connection is the header's news; the next `connected` resumes the work.
    if (!network) this.state = { ...this.state, error: message };
    this.publish();
    if (retry === 'later' || (retry === 'sync' && network)) {
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => this.kick(), RETRY_AFTER_MS);
    }
  }

  private publish(): void {
    const unsent = this.inFlight + this.queue.reduce((sum, p) => sum + p.edits, 0);
    if (unsent !== this.state.unsent) this.state = { ...this.state, unsent };
    this.listeners.forEach((listener) => listener());
  }
}
