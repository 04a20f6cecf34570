import * as Y from 'yjs';
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
 * Refuses an update that could take the document over `limit` bytes (its encoded state, what
 * `sectionSync` sends a new editor). `live.bytes` is kept as an upper bound (the stored
 * snapshot plus every update since), so the usual keystroke costs an addition; the document
 * is encoded, to measure it exactly, only when the bound nears the limit.
 */
export function checkSectionSize(live: LiveDocument, update: Uint8Array, limit: number | undefined): void {
  if (limit === undefined || live.bytes + update.length <= limit) return;
  live.bytes = Y.encodeStateAsUpdate(live.doc).length;
  if (live.bytes + update.length > limit) throw new SectionTooLarge(live.bytes, limit);
}

export function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
