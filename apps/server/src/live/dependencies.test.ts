import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { missingDependencies } from './dependencies.js';

/** Every update `edit` makes to `doc`, merged. */
function updateOf(doc: Y.Doc, edit: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  edit();
  return Y.encodeStateAsUpdate(doc, before);
}

const copyOf = (doc: Y.Doc) => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};

describe('missingDependencies', () => {
  const alice = new Y.Doc();
  const text = new Y.XmlText();
  const first = updateOf(alice, () => {
    const paragraph = new Y.XmlElement('paragraph');
    alice.getXmlFragment('content').insert(0, [paragraph]);
    paragraph.insert(0, [text]);
    text.insert(0, 'Hello');
  });
  const second = updateOf(alice, () => text.insert(5, ' world'));

  it('says no for an update that follows on from what the document has, or brings all it needs', () => {
    expect(missingDependencies(new Y.Doc(), first)).toBe(false);
    const server = new Y.Doc();
    Y.applyUpdate(server, first);
    expect(missingDependencies(server, second)).toBe(false);
    expect(missingDependencies(new Y.Doc(), Y.mergeUpdates([first, second]))).toBe(false);
    expect(missingDependencies(server, first)).toBe(false); // already there: a duplicate, not a gap
  });

  it('says yes for a gap in the same editor’s edits', () => {
    expect(missingDependencies(new Y.Doc(), second)).toBe(true);
  });

  it('says yes for an edit placed next to, or inside, another editor’s text the document lacks', () => {
    const bob = copyOf(alice);
    const bobs = bob.getXmlFragment('content').get(0) as Y.XmlElement;
    const after = updateOf(bob, () => (bobs.get(0) as Y.XmlText).insert(8, 'XX'));
    expect(missingDependencies(new Y.Doc(), after)).toBe(true);
    const server = new Y.Doc();
    Y.applyUpdate(server, first);
    expect(missingDependencies(server, after)).toBe(true); // it builds on " world" too
    Y.applyUpdate(server, second);
    expect(missingDependencies(server, after)).toBe(false);
  });

  it('says yes for a deletion of text the document lacks', () => {
    const bob = copyOf(alice);
    const deletion = updateOf(bob, () => ((bob.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText).delete(6, 3));
    const server = new Y.Doc();
    Y.applyUpdate(server, first);
    expect(missingDependencies(server, deletion)).toBe(true);
    Y.applyUpdate(server, second);
    expect(missingDependencies(server, deletion)).toBe(false);
  });

  it('leaves a malformed update to the usual check', () => {
    expect(missingDependencies(new Y.Doc(), new Uint8Array([1, 2, 3, 250]))).toBe(false);
  });
});
