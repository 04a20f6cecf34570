import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { knownSuggestionIds, MAX_PENDING_SUGGESTIONS, suggestionIdsOfStructs, suggestionLimitProblem } from './suggestion-limit.js';
import { CONTENT_FIELD } from './ydoc.js';

const AUTHOR = '6f1c2a52-3b7e-4c1d-9a8e-0d2f4b6a8c10';
const id = (n: number) => `${AUTHOR}~s${n}`;

/** A section whose one paragraph holds `count` one-letter suggested insertions, each its own id. */
function sectionWith(count: number) {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  doc.getXmlFragment(CONTENT_FIELD).insert(0, [paragraph]);
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  text.insert(0, 'Agreed text.');
  for (let n = 0; n < count; n++) text.insert(text.length, 'a', { insertion: { id: id(n) } });
  return { doc, text };
}

/** What the server does: applies a client's update, then asks whether it brought too many. */
function send(doc: Y.Doc, edit: (text: Y.XmlText) => void): string | null {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(client);
  edit((client.getXmlFragment(CONTENT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText);
  const update = Y.encodeStateAsUpdate(client, before);
  knownSuggestionIds(doc);
  Y.applyUpdate(doc, update);
  return suggestionLimitProblem(doc, suggestionIdsOfStructs(Y.decodeUpdate(update).structs));
}

describe('the limit on pending suggestions', () => {
  it('lets a section fill up to the limit, and refuses one new suggestion past it (an outside review stalled the server with thousands)', () => {
    const { doc } = sectionWith(MAX_PENDING_SUGGESTIONS - 1);
    expect(send(doc, (t) => t.insert(0, 'b', { insertion: { id: id(1000) } }))).toBeNull();
    expect(send(doc, (t) => t.insert(0, 'c', { insertion: { id: id(1001) } }))).toMatch(/already holds 300 pending suggestions/);
  });

  it('still takes typing within a suggestion it holds, and edits that suggest nothing, when full', () => {
    const { doc } = sectionWith(MAX_PENDING_SUGGESTIONS);
    expect(send(doc, (t) => t.insert(t.length, 'z', { insertion: { id: id(7) } }))).toBeNull();
    expect(send(doc, (t) => t.insert(0, 'Plain '))).toBeNull();
  });

  it('counts what the document holds now: suggestions taken out make room again', () => {
    const { doc } = sectionWith(MAX_PENDING_SUGGESTIONS);
    expect(send(doc, (t) => t.insert(0, 'c', { insertion: { id: id(2000) } }))).not.toBeNull();
    // Accepting or rejecting ten of them (here: their letters deleted, as a rejection does).
    send(doc, (t) => t.delete('Agreed text.'.length, 11));
    expect(send(doc, (t) => t.insert(0, 'd', { insertion: { id: id(2001) } }))).toBeNull();
  });
});
