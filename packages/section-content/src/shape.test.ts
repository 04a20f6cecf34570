import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Node as PMNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { markdownToProseMirrorJSON, replaceContentUpdate, sectionSchema, toProseMirrorJSON } from './index.js';

// y-prosemirror's converters, the same code the editor's Collaboration binding runs, loaded by
// path for the reason given in y-prosemirror.ts.
const entry = createRequire(import.meta.url).resolve('y-prosemirror');
const lib = (await import(new URL('../src/lib.js', pathToFileURL(entry)).href)) as {
  prosemirrorJSONToYXmlFragment(schema: typeof sectionSchema, json: unknown, fragment: Y.XmlFragment): Y.XmlFragment;
  yXmlFragmentToProseMirrorRootNode(fragment: Y.XmlFragment, schema: typeof sectionSchema): PMNode;
};

const md = [
  '# Aims',
  'Some **bold**, *italic*, ~~struck~~, `code` and [a link](https://www.nhs.uk "NHS").\\\nNext line.',
  '- one\n- two\n  1. nested',
  '> quoted',
  '```js\nlet a = 1;\n```',
  '---',
].join('\n\n');

describe('the Yjs shape matches what the editor binding writes and reads', () => {
  it('a replace on existing content leaves the fragment a fresh conversion would make', () => {
    const doc = new Y.Doc();
    replaceContentUpdate(doc, 'Old text\n\n- old list');
    replaceContentUpdate(doc, md);
    const fresh = new Y.Doc();
    lib.prosemirrorJSONToYXmlFragment(sectionSchema, markdownToProseMirrorJSON(md), fresh.getXmlFragment('content'));
    expect(doc.getXmlFragment('content').toJSON()).toBe(fresh.getXmlFragment('content').toJSON());
  });

  it('our reader agrees with the binding', () => {
    const doc = new Y.Doc();
    replaceContentUpdate(doc, md);
    const theirs = lib.yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment('content'), sectionSchema);
    expect(toProseMirrorJSON(doc)).toEqual(theirs.toJSON());
    expect(toProseMirrorJSON(doc)).toEqual(markdownToProseMirrorJSON(md));
  });
});
