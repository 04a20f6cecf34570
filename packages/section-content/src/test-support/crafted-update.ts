import * as Y from 'yjs';

/** lib0's variable-length unsigned integer, as Yjs's V1 encoding writes counts, clients and clocks. */
function varUint(n: number): number[] {
  const bytes: number[] = [];
  while (n > 0x7f) {
    bytes.push(0x80 | (n & 0x7f));
    n = Math.floor(n / 128);
  }
  bytes.push(n);
  return bytes;
}

/**
 * A V1 update of `structs` (as Y.decodeUpdate gives them, possibly altered, or built by hand)
 * with an empty delete set: what a client that does not play by the rules could send.
 */
export function encodeStructs(structs: Array<Y.Item | Y.GC | Y.Skip>): Uint8Array {
  const byClient = new Map<number, Array<Y.Item | Y.GC | Y.Skip>>();
  for (const s of structs) byClient.set(s.id.client, [...(byClient.get(s.id.client) ?? []), s]);
  const parts: number[] = varUint(byClient.size);
  for (const [client, list] of byClient) {
    list.sort((a, b) => a.id.clock - b.id.clock);
    parts.push(...varUint(list.length), ...varUint(client), ...varUint(list[0].id.clock));
    const encoder = new Y.UpdateEncoderV1();
    for (const s of list) s.write(encoder, 0);
    parts.push(...encoder.toUint8Array());
  }
  parts.push(0); // no deletions
  return Uint8Array.from(parts);
}
