/**
 * How many edits, in all open sections, the server has not acknowledged: the header shows it
 * beside the connection state. Kept apart from the editor code so that the header does not
 * pull Yjs into every page.
 */
let count = 0;
const listeners = new Set<() => void>();

export const unsentEdits = {
  get: () => count,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  set(next: number) {
    if (next === count) return;
    count = next;
    listeners.forEach((listener) => listener());
  },
};
