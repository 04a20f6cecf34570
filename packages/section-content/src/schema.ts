import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/** Heading levels a section's text may use, as the entry templates ask (content-check.ts refuses others). */
export const HEADING_LEVELS = [1, 2, 3] as const;

// The browser editor must use these same extensions (plus Collaboration) so that it and the
// server read and write the Y.XmlFragment in one shape. Collaboration brings its own undo,
// so StarterKit's history is off.
export const sectionExtensions = [StarterKit.configure({ heading: { levels: [...HEADING_LEVELS] }, undoRedo: false })];

// getSchema only reads the extensions' specs: no editor and no DOM, so it runs in Node.
export const sectionSchema = getSchema(sectionExtensions);
