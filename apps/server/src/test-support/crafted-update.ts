import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { ApiClient } from './api-client.js';
import { LIVE_SYNC } from './operations.js';

/**
 * A V1 update of `structs` (as Y.decodeUpdate gives them, possibly altered, or built by hand)
 * with an empty delete set: what a client that does not play by the rules could send.
 */
export function encodeStructs(structs: Array<Y.Item | Y.GC | Y.Skip>): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const byClient = new Map<number, Array<Y.Item | Y.GC | Y.Skip>>();
  for (const s of structs) byClient.set(s.id.client, [...(byClient.get(s.id.client) ?? []), s]);
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, list] of byClient) {
    list.sort((a, b) => a.id.clock - b.id.clock);
    encoding.writeVarUint(encoder.restEncoder, list.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, list[0].id.clock);
    for (const s of list) s.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0); // no deletions
  return encoder.toUint8Array();
}

/** A client's copy of the section as it syncs it, under a chosen Yjs client id; `update()` is what it changed since, in base64. */
export async function craftingClient(client: ApiClient, sectionId: string, clientID: number) {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, Buffer.from((await client.ok(LIVE_SYNC, { s: sectionId })).sectionSync.update, 'base64'));
  const since = Y.encodeStateVector(doc);
  return { doc, fragment: doc.getXmlFragment('content'), update: () => Y.encodeStateAsUpdate(doc, since) };
}

export const base64 = (update: Uint8Array) => Buffer.from(update).toString('base64');
