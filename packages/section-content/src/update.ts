import * as Y from 'yjs';
import { toProseMirrorDoc } from './views.js';
import { CONTENT_FIELD, docFromUpdate } from './ydoc.js';

// Standard alphabet with mandatory padding; no whitespace, no URL-safe letters.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decode a base64 Yjs update, or null when the string is not strict base64. Node's decoder
 * skips characters it does not know and accepts missing padding; this does neither, and also
 * rejects non-zero padding bits, so one update has exactly one spelling. An update is never empty.
 */
export function decodeBase64Update(b64: string): Uint8Array | null {
  if (b64 === '' || !BASE64.test(b64)) return null;
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.toString('base64') !== b64) return null;
  return new Uint8Array(bytes);
}

export function encodeBase64Update(update: Uint8Array): string {
  return Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('base64');
}

export interface UpdateCheck {
  /** decodes && applies && onlyContent: safe to append to the section's log. */
  ok: boolean;
  /** The bytes are one well-formed Yjs (v1) update, with nothing after it. */
  decodes: boolean;
  /** Everything it refers to is known: nothing is left pending on missing earlier updates. */
  applies: boolean;
  /** It inserts or deletes only inside the `content` fragment. */
  onlyContent: boolean;
  /** Root types the update touches, sorted. */
  roots: string[];
  /**
   * Informational: the result fits the editor schema. Not part of `ok`, because honest
   * concurrent edits can merge into content the editor then repairs (as y-prosemirror does).
   */
  conformsToSchema: boolean;
  /** The state after the update, when ok. */
  newState: Uint8Array | null;
  error?: string;
}

function rootOf(struct: Y.Item | Y.GC): string | null {
  if (!(struct instanceof Y.Item)) return null; // garbage-collected: its parent is gone
  let parent = struct.parent;
  while (parent instanceof Y.AbstractType && parent._item !== null) parent = parent._item.parent;
  return parent instanceof Y.AbstractType ? Y.findRootTypeKey(parent) : null;
}

function rejected(error: string, decodes = false): UpdateCheck {
  return { ok: false, decodes, applies: false, onlyContent: false, roots: [], conformsToSchema: false, newState: null, error };
}

/**
 * Apply `update` to a copy of `currentState` and report what it does. Yjs' applyUpdate is
 * lenient: it ignores trailing bytes and parks updates with missing dependencies as pending
 * without an error, so both are checked here.
 */
export function validateUpdate(currentState: Uint8Array, update: Uint8Array): UpdateCheck {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update); // parse alone first, without touching any doc
  } catch {
    return rejected('update does not decode');
  }
  const copy = docFromUpdate(currentState);
  const rootsBefore = new Set(copy.share.keys());
  // readUpdate with our own decoder (lib0's is a plain { arr, pos }) shows where it stopped.
  const decoder = { arr: update, pos: 0 };
  try {
    Y.readUpdate(decoder, copy, 'validate');
  } catch {
    return rejected('update does not apply');
  }
  if (decoder.pos !== update.length) return rejected('trailing bytes after the update');
  const newState = Y.encodeStateAsUpdate(copy);
  // Reading an update creates every root it names; inserted and deleted items show the rest.
  const roots = new Set([...copy.share.keys()].filter((key) => !rootsBefore.has(key)));
  if (copy.store.pendingStructs !== null || copy.store.pendingDs !== null) {
    return { ...rejected('update depends on changes this state lacks', true), roots: [...roots].sort() };
  }
  const add = (struct: Y.Item | Y.GC) => {
    const root = rootOf(struct);
    if (root !== null) roots.add(root);
  };
  try {
    for (const struct of decoded.structs) {
      if (struct instanceof Y.Item) add(Y.getItem(copy.store, struct.id));
    }
    copy.transact((tr) => Y.iterateDeletedStructs(tr, decoded.ds, add));
  } catch {
    return rejected('update refers to items it does not hold', true);
  }
  const onlyContent = [...roots].every((root) => root === CONTENT_FIELD);

  let conformsToSchema = true;
  try {
    toProseMirrorDoc(copy, true).check();
  } catch {
    conformsToSchema = false;
  }
  return { ok: onlyContent, decodes: true, applies: true, onlyContent, roots: [...roots].sort(), conformsToSchema, newState: onlyContent ? newState : null };
}
