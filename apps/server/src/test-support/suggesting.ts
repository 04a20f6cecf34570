import { docFromUpdate, editedDoc, replaceContentUpdate, toProseMirrorDoc } from '@quorum/section-content';
import type { ApiClient } from './api-client.js';
import { LIVE_SYNC } from './operations.js';

let n = 0;
/** A new suggestion id of `userId`'s, as the web app makes them: "<userId>~<random>". */
export const suggestionIdOf = (userId: string) => `${userId}~t${Date.now().toString(36)}${++n}`;

/**
 * What a browser editor on the section's current text sends for `change` (a ProseMirror
 * transaction on the editor's state), as a base64 update: in Suggesting mode, with ids of that
 * person's, when `asUserId` is given; typed directly otherwise.
 */
export async function editorUpdate(client: ApiClient, sectionId: string, change: Parameters<typeof editedDoc>[1], asUserId?: string): Promise<string> {
  const sync = (await client.ok(LIVE_SYNC, { s: sectionId })).sectionSync;
  const doc = docFromUpdate(new Uint8Array(Buffer.from(sync.update, 'base64')));
  const next = editedDoc(toProseMirrorDoc(doc), change, asUserId ? () => suggestionIdOf(asUserId) : undefined);
  return Buffer.from(replaceContentUpdate(doc, next)).toString('base64');
}
