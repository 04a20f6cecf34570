import type { EditorState, Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentFragment, docFromUpdate, editedDoc, encodeDoc, prepareSuggestionCheck, replaceContentUpdate, toProseMirrorDoc } from './index.js';

/*
 * KNOWN BUG (marked it.fails): a suggester's legitimate edit is refused when someone who may
 * edit changed the same spot concurrently (found by apps/server's suggesting-convergence
 * property test, most often after she edited offline, when every edit of hers is concurrent).
 * The check is not wrong about the merged document: the marks that y-prosemirror writes for a
 * suggestion (Y.Text format items placed by Yjs's formatText, over a character diff) do not
 * say which characters she typed, so the merge moves them:
 * - A: typing at the end of her own deletion suggestion, Yjs's formatText takes over her old
 *   `deletion: null` item and puts the new `insertion: null` after it; the nurse's `x`, typed
 *   at the same spot, lands before that old item, inside her insertion (when her Yjs client id
 *   is the lower one): the nurse's word becomes the representative's suggestion.
 * - B: typing " more " after "Scans" in "Scans rose.", y-prosemirror's diff keeps the existing
 *   space as the first character of the insertion and leaves her last typed space unmarked; the
 *   nurse's concurrent deletion of the existing space leaves her own space as accepted text.
 * Arrival order decides: the nurse's edit first, the representative's update is refused
 * (FORBIDDEN; her editor sets her words aside); hers first, it is accepted and the nurse's edit
 * then silently changes the merged document the same way (her `x` pending as a suggestion, her
 * deleted space still in the accepted text). Drop `.fails` once suggestions survive such merges.
 */

const REP = '0b7e4a52-3c2d-4f1e-9a8b-1c2d3e4f5a6b';
let n = 0;
const repId = () => `${REP}~c${++n}`;

/** An editor's document from `state`, with a fixed Yjs client id (concurrent inserts are ordered by it). */
function editor(state: Uint8Array, clientId: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  contentFragment(doc);
  Y.applyUpdate(doc, state);
  return doc;
}

/** The update an editor makes, suggesting (as the representative) or not. */
function change(doc: Y.Doc, edit: (s: EditorState) => Transaction, suggesting: boolean): Uint8Array {
  return replaceContentUpdate(doc, editedDoc(toProseMirrorDoc(doc), edit, suggesting ? repId : undefined));
}

/** The server: the nurse's update arrives first, then the representative's, which is checked. */
function serverRefusal(state: Uint8Array, nurseUpdate: Uint8Array, repUpdate: Uint8Array) {
  const server = docFromUpdate(state);
  Y.applyUpdate(server, nurseUpdate);
  const check = prepareSuggestionCheck(server, repUpdate, REP, true);
  Y.applyUpdate(server, repUpdate);
  return check.problem();
}

describe('suggesting while someone edits the same spot', () => {
  it.fails('A: her insertion at the end of her deletion suggestion, the nurse typing there too', () => {
    const written = editor(encodeDoc(docFromUpdate(replaceContentUpdate(new Y.Doc(), 'Waits fell sharply.'))), 1);
    const rep = editor(encodeDoc(written), 100); // the lower client id: the nurse's x goes after her W
    const deletion = change(rep, (s) => s.tr.delete(7, 11), true); // "fell" suggested deleted
    Y.applyUpdate(written, deletion); // and acknowledged
    const state = encodeDoc(written);
    const nurseUpdate = change(editor(state, 200), (s) => s.tr.insertText('x', 11), false);
    const repUpdate = change(rep, (s) => s.tr.insertText('W', 11), true);
    expect(serverRefusal(state, nurseUpdate, repUpdate)).toBeNull();
  });

  it.fails('B: her insertion next to a space the nurse deletes', () => {
    const state = encodeDoc(docFromUpdate(replaceContentUpdate(new Y.Doc(), 'Scans rose.')));
    const nurseUpdate = change(editor(state, 200), (s) => s.tr.delete(6, 7), false);
    const repUpdate = change(editor(state, 100), (s) => s.tr.insertText(' more ', 6), true);
    expect(serverRefusal(state, nurseUpdate, repUpdate)).toBeNull();
  });
});
