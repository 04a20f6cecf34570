import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

// The browser editor must use these same extensions (plus Collaboration) so that it and the
// server read and write the Y.XmlFragment in one shape. Collaboration brings its own undo,
// so StarterKit's history is off; headings stop at level 3 as the entry templates ask.
export const sectionExtensions = [
  StarterKit.configure({ heading: { levels: [1, 2, 3] }, undoRedo: false }),
];

// getSchema only reads the extensions' specs: no editor and no DOM, so it runs in Node.
export const sectionSchema = getSchema(sectionExtensions);
