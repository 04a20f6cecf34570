import * as Y from 'yjs';

/**
 * Whether an update builds on edits `doc` does not have yet: a gap in a client's clocks, an
 * item placed next to (or inside) an item the document lacks, or a deletion of one. Yjs would
 * hold such an update back as pending; the update log waits a moment for the edit it needs
 * (still in flight from the same script) instead of refusing it at once. Reads the update
 * only (microseconds for a keystroke's update); a malformed one counts as complete, so that
 * the usual check refuses it.
 */
export function missingDependencies(doc: Y.Doc, update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return false;
  }
  // What the document has, plus what the update itself brings that follows on from it.
  const known = new Map<number, number>();
  const has = (client: number) => known.get(client) ?? Y.getState(doc.store, client);
  const byClock = [...decoded.structs].sort((a, b) => a.id.client - b.id.client || a.id.clock - b.id.clock);
  for (const struct of byClock) {
    if (struct instanceof Y.Skip) continue; // a hole the update leaves: what follows it is not contiguous
    const { client, clock } = struct.id;
    if (clock > has(client)) return true; // a gap in this client's edits
    known.set(client, Math.max(has(client), clock + struct.length));
  }
  const lacks = (id: Y.ID | null | undefined) => id instanceof Y.ID && id.clock >= has(id.client);
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Item && (lacks(struct.origin) || lacks(struct.rightOrigin) || lacks(struct.parent as Y.ID | null))) return true;
  }
  for (const [client, deletions] of decoded.ds.clients) {
    if (deletions.some((d) => d.clock + d.len > has(client))) return true;
  }
  return false;
}
