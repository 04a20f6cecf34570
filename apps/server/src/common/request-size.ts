/**
 * The largest request body (HTTP) or message (WebSocket) accepted, in bytes: room for the
 * largest Yjs update (QUORUM_MAX_UPDATE_BYTES) once base64-encoded (4/3 of it), with margin
 * for the rest of the request. By default, with 1 MiB updates, exactly 2 MiB, as the README says.
 */
export function maxRequestBytes(maxUpdateBytes: number): number {
  return Math.ceil(maxUpdateBytes * 1.5) + 512 * 1024;
}
