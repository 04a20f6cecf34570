import * as Y from 'yjs';
import { apiError } from '../common/errors.js';
import type { LiveDocument } from './document-store.js';

/** An update refused because it would take its section over QUORUM_MAX_SECTION_BYTES. */
export class SectionTooLarge extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      `This edit would make the section larger than its limit of ${describeBytes(limit)} (it is ${describeBytes(bytes)} now), so it was not saved. ` +
        'Shorten the section, or move tables of figures into evidence, before adding more.',
    );
  }
}

/**
 * Whether an update might take the document over `limit` bytes (its encoded state, what
 * `sectionSync` sends a new editor); if so, the caller applies it and then calls
 * `checkSizeAfter`. `live.bytes` is an upper bound (the stored snapshot plus every update
 * since), so the usual keystroke costs an addition; only when the bound nears the limit is the
 * document encoded to measure it exactly (2 to 40 ms for a 10,000-word section, by how it was
 * typed). An update's own length overstates what it adds when it also deletes (replacing a
 * passage with a shorter one), hence the measure after applying rather than a refusal here.
 */
export function mightExceed(live: LiveDocument, update: Uint8Array, limit: number | undefined): boolean {
  if (limit === undefined || live.bytes + update.length <= limit) return false;
  live.bytes = Y.encodeStateAsUpdate(live.doc).length;
  return live.bytes + update.length > limit;
}

/**
 * After applying an update that `mightExceed`: its exact size, or SectionTooLarge. Yjs cannot
 * undo an update, so on refusal the caller drops the cached document, to be read again from
 * the database, where nothing of the update was written.
 */
export function checkSizeAfter(live: LiveDocument, limit: number): void {
  const before = live.bytes;
  const after = Y.encodeStateAsUpdate(live.doc).length;
  if (after > limit) throw new SectionTooLarge(before, limit);
  live.bytes = after;
}

/** BAD_USER_INPUT on `field`, with the size and the limit, so that an editor can tell a size refusal apart. */
export function sectionTooLargeError(error: SectionTooLarge, field: string) {
  return apiError('BAD_USER_INPUT', error.message, { field, contentBytes: error.bytes, contentBytesLimit: error.limit });
}

export function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
