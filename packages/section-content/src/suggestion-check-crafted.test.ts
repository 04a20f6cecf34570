import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentFragment, contentProblem, docFromUpdate, encodeDoc, prepareSuggestionCheck, replaceContentUpdate, suggestionsIn, toPlainText, toProseMirrorDoc } from './index.js';
import { encodeStructs } from './test-support/crafted-update.js';

// Updates crafted by hand (an attacker's review of suggesting mode): what no editor sends, but a
// client that does not play by the rules can.

const REP = '0b7e4a52-3c2d-4f1e-9a8b-1c2d3e4f5a6b';
const NURSE = '1c8f5b63-4d3e-4a2f-8b9c-2d3e4f5a6b7c';

const start = encodeDoc(docFromUpdate(replaceContentUpdate(new Y.Doc(), '# Aims\n\nWaits fell sharply.\n\nScans rose.\n\nClinics opened.')));

/** Applies `update` to a copy of `state` as the server does: the check, then the update. */
function check(state: Uint8Array, update: Uint8Array, sender: string, suggestOnly = true) {
  const doc = docFromUpdate(state);
  const prepared = prepareSuggestionCheck(doc, update, sender, suggestOnly);
  Y.applyUpdate(doc, update);
  return { problem: prepared.problem(), doc };
}

/** A client with a copy of `state` and a chosen client id; `update()` is what it changed since. */
function client(state: Uint8Array, clientID: number) {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, state);
  const since = Y.encodeStateVector(doc);
  return { doc, fragment: contentFragment(doc), update: () => Y.encodeStateAsUpdate(doc, since) };
}

/** A paragraph of `text`, formatted with `attributes`. */
function paragraph(text: string, attributes?: Record<string, unknown>): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  t.insert(0, text, attributes);
  p.insert(0, [t]);
  return p;
}

/** A paragraph inserted after the first block, its right origin dropped: Yjs puts it at the end. */
function afterFirstBlockSentToTheEnd(text: string, attributes?: Record<string, unknown>): Uint8Array {
  const attacker = client(start, 0xffffffff);
  const first = attacker.fragment.get(0) as Y.XmlElement;
  attacker.fragment.insertAfter(first, [paragraph(text, attributes)]);
  const { structs } = Y.decodeUpdate(attacker.update());
  const block = structs.find((s): s is Y.Item => s instanceof Y.Item && s.origin !== null && Y.compareIDs(s.origin, first._item!.lastId));
  block!.rightOrigin = null;
  return encodeStructs(structs);
}

const lastBlockText = (doc: Y.Doc) => (contentFragment(doc).get(contentFragment(doc).length - 1) as Y.XmlElement).toString();

describe('suggestion check, crafted updates', () => {
  it('refuses a block whose right origin is dropped, which Yjs puts outside the blocks the update names (unmarked, or in another’s name)', () => {
    const unmarked = afterFirstBlockSentToTheEnd('INJECTED');
    const { problem, doc } = check(start, unmarked, REP);
    expect(lastBlockText(doc)).toContain('INJECTED'); // where Yjs put it: after "Clinics opened."
    expect(toPlainText(doc)).not.toBe(toPlainText(docFromUpdate(start)));
    expect(problem).toEqual({ code: 'FORBIDDEN', message: expect.stringMatching(/where it does not say it goes/) });
    const posing = afterFirstBlockSentToTheEnd('Forged', { insertion: { id: `${NURSE}~forged` } });
    const posed = check(start, posing, REP);
    expect(suggestionsIn(toProseMirrorDoc(posed.doc)).map((s) => s.id)).toEqual([`${NURSE}~forged`]);
    expect(posed.problem?.code).toBe('FORBIDDEN');
    // Someone who may edit may not speak for another this way either.
    expect(check(start, posing, NURSE.replace('1c8f', '2d9a'), false).problem?.code).toBe('FORBIDDEN');
  });

  it('refuses text in a struct that starts at a clock the server has and goes on past it, which Yjs puts after the sender’s last item', () => {
    // The representative's honest suggested deletion in the last paragraph...
    const rep = client(start, 777);
    const last = rep.fragment.get(3) as Y.XmlElement;
    (last.get(0) as Y.XmlText).format(8, 6, { deletion: { id: `${REP}~d1` } });
    const first = check(start, rep.update(), REP);
    expect(first.problem).toBeNull();
    const state = encodeDoc(first.doc);
    // ...then one struct from its last known clock on, with new unmarked text, next to an honest suggestion elsewhere.
    const known = first.doc.store.clients.get(777)!;
    const lastItem = known[known.length - 1] as Y.Item;
    const overlap = new Y.Item(Y.createID(777, lastItem.id.clock + lastItem.length - 1), null, lastItem.origin, null, lastItem.right?.id ?? null, null, null, new Y.ContentString('?PWNED'));
    const elsewhere = client(state, 888);
    ((elsewhere.fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(5, ' soon', { insertion: { id: `${REP}~i1` } });
    const crafted = encodeStructs([overlap, ...Y.decodeUpdate(elsewhere.update()).structs]);
    const { problem, doc } = check(state, crafted, REP);
    expect(toPlainText(doc)).toContain('PWNED');
    expect(problem?.code).toBe('FORBIDDEN');
  });

  it('accepts an honest update that repeats what the server has and goes on typing in the same suggestion', () => {
    const rep = client(start, 999);
    const text = (rep.fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    const id = { insertion: { id: `${REP}~i2` } };
    text.insert(18, ' by', id);
    text.insert(21, ' ha', id);
    const once = check(start, rep.update(), REP);
    expect(once.problem).toBeNull();
    text.insert(24, 'lf', id); // Yjs merges it with " ha", typed just before
    // Sent again from the start: the struct begins at a clock the server has and ends past it.
    const again = rep.update();
    expect(Y.decodeUpdate(again).structs.some((s) => s.id.clock < Y.getState(once.doc.store, 999) && s.id.clock + s.length > Y.getState(once.doc.store, 999))).toBe(true);
    const { problem, doc } = check(encodeDoc(once.doc), again, REP);
    expect(problem).toBeNull();
    expect(toPlainText(doc)).toBe(toPlainText(docFromUpdate(start)));
  });

  it('refuses a suggestion mark stored under a hashed key, from an editor and from someone who may only suggest', () => {
    for (const [sender, suggestOnly] of [
      [REP, true],
      [NURSE.replace('1c8f', '2d9a'), false],
    ] as const) {
      const attacker = client(start, 4242);
      ((attacker.fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(5, ' soon', { 'insertion--AAAAAAAA': { id: `${NURSE}~forged` } });
      const { problem, doc } = check(start, attacker.update(), sender, suggestOnly);
      // The server refuses it as content its editor cannot show, for everyone...
      expect(contentProblem(contentFragment(doc))).toMatch(/"insertion" formatting cannot be stored as "insertion--AAAAAAAA"/);
      // ...and nothing reads it as the nurse's suggestion: to someone who may only suggest, it is unmarked text.
      expect(suggestionsIn(toProseMirrorDoc(doc))).toEqual([]);
      if (suggestOnly) expect(problem?.code).toBe('FORBIDDEN');
    }
  });

  it('reads nothing for an update that inserts and deletes nothing (one GC struct from a new client)', () => {
    const doc = docFromUpdate(start);
    const fragment = contentFragment(doc);
    // Count the walks of the section's blocks: every read of the check starts at the fragment's first item.
    let walks = 0;
    let first = fragment._start;
    Object.defineProperty(fragment, '_start', {
      get: () => (walks++, first),
      set: (item: Y.Item | null) => (first = item),
    });
    const gcOnly = encodeStructs([new Y.GC(Y.createID(5000, 0), 1)]);
    const prepared = prepareSuggestionCheck(doc, gcOnly, REP, true);
    Y.applyUpdate(doc, gcOnly);
    expect(prepared.problem()).toBeNull();
    expect(walks).toBe(0);
  });
});
