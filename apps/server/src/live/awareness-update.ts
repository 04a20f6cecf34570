import * as decoding from 'lib0/decoding';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The Yjs clientIDs a base64 y-protocols awareness update describes (varUint count, then per
 * entry varUint clientID, varUint clock, varString JSON state), or undefined when it is not
 * one. '' (no awareness) describes none. Read here only to check whose cursors it touches;
 * it is still relayed as sent.
 */
export function awarenessClientIds(awareness: string): number[] | undefined {
  if (!BASE64.test(awareness)) return undefined; // Node's base64 decoding would skip bad characters
  try {
    const decoder = decoding.createDecoder(new Uint8Array(Buffer.from(awareness, 'base64')));
    if (!decoding.hasContent(decoder)) return [];
    const ids: number[] = [];
    for (let count = decoding.readVarUint(decoder); count > 0; count--) {
      const clientId = decoding.readVarUint(decoder);
      decoding.readVarUint(decoder); // clock
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
      if (clientId > 0xffffffff || typeof state !== 'object' || Array.isArray(state)) return undefined; // Yjs ids are uint32; a state is an object or null
      ids.push(clientId);
    }
    return decoding.hasContent(decoder) ? undefined : ids;
  } catch {
    return undefined; // cut short, bad number or bad JSON
  }
}
