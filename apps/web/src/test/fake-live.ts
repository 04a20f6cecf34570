import type { DocumentNode } from 'graphql';
import * as Y from 'yjs';
import { ApplySectionUpdateMutation, EntryPresenceQuery, PresenceUpdatedSubscription, SectionRelaySubscription, SectionSyncQuery, UpdatePresenceMutation } from '../live/operations';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { CONTENT_FIELD } from '../live/live-section';
import { LiveError, type LiveTransport } from '../live/transport';

export interface PresenceEvent {
  clientId: string;
  userId: string;
  userName: string;
  sectionId: string | null;
  awareness: string;
  left: boolean;
}

type Listener = { document: DocumentNode; variables: Record<string, unknown>; onData: (data: never) => void };

/**
 * The live API in memory, as the server answers it: a Yjs document per section, edits
 * refused when they depend on what the server lacks, events to subscribers. Tests can hold
 * answers back (`hold`), refuse the next edit (`refuseNext`) and inspect what was sent.
 */
export class FakeLiveServer implements LiveTransport {
  readonly docs = new Map<string, Y.Doc>();
  readonly applied: { sectionId: string; update: Uint8Array; clientId: string }[] = [];
  readonly presenceSent: Record<string, unknown>[] = [];
  private listeners = new Set<Listener>();
  private refusals: LiveError[] = [];
  private held: (() => void)[] | null = null;
  private version = 0;

  doc(sectionId: string): Y.Doc {
    let doc = this.docs.get(sectionId);
    if (!doc) this.docs.set(sectionId, (doc = new Y.Doc()));
    return doc;
  }

  /** The section's text as the server has it (each block's text, one per line). */
  text(sectionId: string): string {
    return this.doc(sectionId)
      .getXmlFragment(CONTENT_FIELD)
      .toArray()
      .map((node) =>
        node instanceof Y.XmlElement
          ? node
              .toArray()
              .map((t) => t.toString().replace(/<[^>]+>/g, ''))
              .join('')
          : '',
      )
      .join('\n');
  }

  /** Another client's edit: a paragraph with `text` at the end, broadcast as the server would. */
  writeParagraph(sectionId: string, text: string, clientId = 'someone-else'): void {
    this.version++;
    this.relay(sectionId, appendParagraph(this.doc(sectionId), text), clientId);
  }

  /**
   * Another client's edit relayed, then withdrawn (its commit failed): the server's document
   * never takes it, and subscribers hear WITHDRAWN.
   */
  relayThenWithdraw(sectionId: string, text: string, clientId = 'someone-else'): void {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc(sectionId)));
    this.relay(sectionId, appendParagraph(copy, text), clientId);
    this.broadcast(SectionRelaySubscription, { sectionId }, { sectionRelay: { __typename: 'SectionRelayEvent', kind: 'WITHDRAWN', update: null, clientId: null } });
  }

  private relay(sectionId: string, update: string, clientId: string): void {
    this.broadcast(SectionRelaySubscription, { sectionId }, { sectionRelay: { __typename: 'SectionRelayEvent', kind: 'EDIT', update, clientId } });
  }

  refuseNext(code: string, message = 'Refused.'): void {
    this.refusals.push(new LiveError(code, message));
  }

  /** Holds answers until `release`, as a slow network would. */
  hold(): void {
    this.held ??= [];
  }

  release(): void {
    const held = this.held ?? [];
    this.held = null;
    held.forEach((answer) => answer());
  }

  hearPresence(event: PresenceEvent): void {
    this.broadcast(PresenceUpdatedSubscription, { entryId: 'e1' }, { presenceUpdated: { __typename: 'Presence', ...event } });
  }

  request<R>(document: DocumentNode, variables: Record<string, unknown>): Promise<R> {
    return new Promise((resolve, reject) => {
      const answer = () => {
        try {
          resolve(this.answer(document, variables) as R);
        } catch (error) {
          reject(error);
        }
      };
      if (this.held) this.held.push(answer);
      else queueMicrotask(answer);
    });
  }

  subscribe<R>(document: DocumentNode, variables: Record<string, unknown>, onData: (data: R) => void): () => void {
    const listener = { document, variables, onData: onData as (data: never) => void };
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private answer(document: DocumentNode, variables: Record<string, unknown>): unknown {
    if (document === SectionSyncQuery) {
      const doc = this.doc(variables.sectionId as string);
      const vector = variables.stateVector ? fromBase64(variables.stateVector as string) : undefined;
      return {
        sectionSync: { __typename: 'SectionSync', update: toBase64(Y.encodeStateAsUpdate(doc, vector)), stateVector: toBase64(Y.encodeStateVector(doc)), version: this.version },
        section: { __typename: 'Section', id: variables.sectionId, contentBytesLimit: 2 * 1024 * 1024 },
      };
    }
    if (document === ApplySectionUpdateMutation) {
      const input = variables.input as { sectionId: string; update: string; clientId: string };
      const refusal = this.refusals.shift();
      if (refusal) throw refusal;
      const doc = this.doc(input.sectionId);
      const update = fromBase64(input.update);
      // Tried on a copy first: a refused update leaves the stored state as it was.
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      Y.applyUpdate(copy, update);
      if (copy.store.pendingStructs || copy.store.pendingDs)
        throw new LiveError('BAD_USER_INPUT', 'The update depends on edits the server does not have: sync the section (sectionSync) and send the difference.');
      Y.applyUpdate(doc, update);
      this.applied.push({ ...input, update });
      this.version++;
      this.relay(input.sectionId, input.update, input.clientId);
      return { applySectionUpdate: { __typename: 'ApplySectionUpdatePayload', version: this.version } };
    }
    if (document === UpdatePresenceMutation) {
      this.presenceSent.push(variables.input as Record<string, unknown>);
      return { updatePresence: { __typename: 'UpdatePresencePayload', presence: { __typename: 'Presence', clientId: (variables.input as { clientId: string }).clientId } } };
    }
    if (document === EntryPresenceQuery) return { entry: { __typename: 'Entry', id: variables.entryId, presence: [] } };
    throw new Error('The fake live server does not answer that operation.');
  }

  private broadcast(document: DocumentNode, variables: Record<string, unknown>, data: unknown): void {
    // Those listening when it was sent: a section started again while it is heard subscribes afresh, as over a real connection.
    for (const listener of [...this.listeners]) {
      if (listener.document === document && JSON.stringify(listener.variables) === JSON.stringify(variables)) listener.onData(data as never);
    }
  }
}

/** Adds a paragraph of `text` at the end of `doc` (as an editor would); the base64 update that does it. */
export function appendParagraph(doc: Y.Doc, text: string): string {
  const before = Y.encodeStateVector(doc);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(CONTENT_FIELD).push([paragraph]);
  return toBase64(Y.encodeStateAsUpdate(doc, before));
}
