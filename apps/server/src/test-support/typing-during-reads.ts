import type { Team } from './factories.js';
import { APPLY } from './operations.js';
import { editorUpdate } from './suggesting.js';
import type { TestServer } from './test-server.js';

/**
 * Runs `action` while a nurse types into the section each time the server reads it from a
 * module whose name appears in the read's stack (e.g. 'figure.service'): a word lands between
 * that read and the write that follows, as it would from a live editor. Reads under the
 * section's lock (compaction's, and the update log's as it logs the write) are left alone: a
 * word typed there would wait for the lock that read holds. Returns the words typed (at most three).
 */
export async function typeDuringReads(server: TestServer, team: Team, sectionId: string, caller: string, action: () => Promise<unknown>): Promise<string[]> {
  const store = server.services.live.store;
  const current = store.current.bind(store);
  const nurse = team.members.NURSE.client;
  const typed: string[] = [];
  let typing = false;
  store.current = async (em, id) => {
    // Async stack frames name the caller, so only its reads are interrupted.
    const stack = new Error().stack ?? '';
    if (id === sectionId && !typing && typed.length < 3 && stack.includes(caller) && !/compaction|update-log/.test(stack)) {
      typing = true;
      const word = `Typed${typed.length} `;
      const update = await editorUpdate(nurse, sectionId, (s) => s.tr.insertText(word, 1));
      await nurse.ok(APPLY, { i: { sectionId, update, clientId: 'nurse' } });
      typed.push(word.trim());
      typing = false;
    }
    return current(em, id);
  };
  try {
    await action();
  } finally {
    store.current = current;
  }
  return typed;
}
