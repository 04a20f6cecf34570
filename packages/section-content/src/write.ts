import { updateYFragment } from './y-prosemirror.js';
import type { Node as PMNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { markdownToDoc } from './markdown.js';
import { problemItems } from './content-check.js';
import { contentFragment } from './ydoc.js';

/** Transaction origin of replaceContentUpdate, so update listeners can tell it apart. */
export const REPLACE_ORIGIN = 'section-content:replace';

/**
 * Make the section's content equal to the Markdown (or a ProseMirror document, e.g. an older
 * revision's, which keeps formatting Markdown cannot hold) and return that change as one Yjs update.
 * updateYFragment (what the editor binding itself uses) keeps the blocks and text that did not
 * change and edits only the rest, so the write is an ordinary Yjs edit: concurrent edits
 * elsewhere in the section survive the merge. Returns an empty update when nothing changed.
 * What the editor cannot show (content stored before updates were checked) is deleted in the
 * same edit, so that writing or restoring a revision repairs such a section.
 */
export function replaceContentUpdate(doc: Y.Doc, content: string | PMNode): Uint8Array {
  const next = typeof content === 'string' ? markdownToDoc(content) : content;
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  try {
    doc.transact((transaction) => {
      for (const { item } of problemItems(contentFragment(doc))) item.delete(transaction);
      updateYFragment(doc, contentFragment(doc), next, { mapping: new Map(), isOMark: new Map() });
    }, REPLACE_ORIGIN);
  } finally {
    doc.off('update', collect);
  }
  return Y.mergeUpdates(updates);
}
