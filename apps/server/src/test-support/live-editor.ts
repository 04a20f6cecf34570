import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import * as Y from 'yjs';
import { graphqlWsClient, iterate, subscribe } from './ws-client.js';
import { APPLY, LIVE_EDITOR_SECTION_RELAY, LIVE_EDITOR_SECTION_SYNC } from './operations.js';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/**
 * A simulated browser editor on one section, over a real WebSocket: it listens to
 * `sectionRelay`, catches up with `sectionSync`, and sends its own edits with
 * `applySectionUpdate` on the same connection, one at a time, merging what queued
 * meanwhile. Offline, it keeps editing; back online, it sends whatever the server lacks.
 */
export class LiveEditor {
  readonly doc = new Y.Doc();
  readonly clientId: string;
  /** Updates the server acknowledged, to check none is ever lost. */
  readonly acknowledged: Uint8Array[] = [];
  /** Why sends failed (refused, or the connection went), for a test's failure message. */
  readonly failures: string[] = [];
  private client?: Client;
  private stopListening?: () => void;
  private queue: Uint8Array[] = [];
  private sending?: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly sectionId: string,
    private readonly cookie: string,
    name: string,
  ) {
    this.clientId = `${name}-${this.doc.clientID}`;
    this.doc.getXmlFragment('content');
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      this.queue.push(update);
      if (this.client) void this.flush();
    });
  }

  get online(): boolean {
    return this.client !== undefined;
  }

  async connect(): Promise<void> {
    const client = graphqlWsClient(this.url, { cookie: this.cookie, origin: this.url });
    this.client = client;
    let ready!: () => void;
    const subscribed = new Promise<void>((resolve) => (ready = resolve));
    this.stopListening = subscribe(
      client,
      LIVE_EDITOR_SECTION_RELAY,
      { s: this.sectionId },
      {
        next: ({ data }) => {
          const event = data?.sectionRelay;
          // The browser starts again from the server's text; no test here expects one, so it is reported as a failure.
          if (event?.kind === 'WITHDRAWN') this.failures.push('Edits relayed to this editor were withdrawn.');
          else if (event?.update && event.clientId !== this.clientId) Y.applyUpdate(this.doc, bytes(event.update), 'remote');
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    client.on('connected', () => setTimeout(ready, 50)); // let the subscribe message go first
    await subscribed;
    // Catch up, then send all the server lacks: this covers edits made offline, and any
    // edit whose acknowledgement was lost with the connection.
    const sync = await this.run(LIVE_EDITOR_SECTION_SYNC, {
      s: this.sectionId,
      v: b64(Y.encodeStateVector(this.doc)),
    });
    Y.applyUpdate(this.doc, bytes(sync.sectionSync.update), 'remote');
    const missing = Y.encodeStateAsUpdate(this.doc, bytes(sync.sectionSync.stateVector));
    const { structs, ds } = Y.decodeUpdate(missing);
    this.queue = structs.length || ds.clients.size ? [missing] : [];
    await this.flush();
  }

  disconnect(): void {
    this.stopListening?.();
    void this.client?.dispose();
    this.client = undefined;
  }

  /** Types a paragraph of `words` at the end of the text and waits until the server has acknowledged it. */
  async appendParagraph(words: string): Promise<void> {
    const paragraph = new Y.XmlElement('paragraph');
    this.doc.getXmlFragment('content').push([paragraph]);
    paragraph.insert(0, [new Y.XmlText(words)]);
    await this.flush();
  }

  /** Resolves once every queued edit has been acknowledged (while online). */
  async flush(): Promise<void> {
    while (this.sending) await this.sending;
    if (!this.client || this.queue.length === 0) return;
    const update = Y.mergeUpdates(this.queue);
    this.queue = [];
    let sent = false;
    this.sending = this.run(APPLY, {
      i: { sectionId: this.sectionId, update: b64(update), clientId: this.clientId },
    }).then(
      () => void ((sent = true), this.acknowledged.push(update)),
      (error: unknown) => {
        this.failures.push(error instanceof Error ? error.message : String(error));
        this.queue.unshift(update); // not acknowledged: it goes again with the next edit or reconnect
      },
    );
    await this.sending;
    this.sending = undefined;
    if (sent && this.queue.length) await this.flush();
  }

  private async run<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
    const result = await iterate(this.client!, document, variables).next();
    const value = result.value as { data?: TData | null; errors?: readonly { message: string }[] };
    if (value.errors?.length) throw new Error(value.errors[0].message);
    return value.data!;
  }
}
