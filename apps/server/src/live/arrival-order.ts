/**
 * Edits sent on one WebSocket reach the update log in the order they arrived. graphql-ws
 * runs a connection's operations side by side, and each first checks its sender's access,
 * which now and then reads the database (after a few seconds of trust): the operations that
 * found it cached would overtake the one that read it, and an edit that overtook the edit it
 * builds on was refused. So each connection's edits take turns until they are queued in the
 * log (not until committed: they are still committed together, see UpdateLog).
 */
const lastOf = new WeakMap<object, Promise<unknown>>();

/** Runs `work` once every earlier `work` of the same connection has settled; at once without one (HTTP). */
export function inArrivalOrder<T>(connection: object | undefined, work: () => Promise<T>): Promise<T> {
  if (!connection) return work();
  const previous = lastOf.get(connection) ?? Promise.resolve();
  const next = previous.then(work, work);
  lastOf.set(
    connection,
    next.catch(() => undefined),
  );
  return next;
}
