import * as Y from 'yjs';

/** Name of the Y.XmlFragment that Tiptap's Collaboration extension binds to (its `field`). */
export const CONTENT_FIELD = 'content';

/** A section's content: a Y.Doc, or its state encoded as one Yjs update. */
export type ContentSource = Y.Doc | Uint8Array;

export function contentFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(CONTENT_FIELD);
}

/** A fresh Y.Doc holding the given state (an update or a merge of updates). */
export function docFromUpdate(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  // Define the root as a fragment before applying, so it is never read back as another type.
  contentFragment(doc);
  Y.applyUpdate(doc, update);
  return doc;
}

/** The whole state of a doc as a single update. */
export function encodeDoc(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}

export function asDoc(source: ContentSource): Y.Doc {
  return source instanceof Uint8Array ? docFromUpdate(source) : source;
}
