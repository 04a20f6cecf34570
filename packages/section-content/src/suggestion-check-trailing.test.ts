import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromUpdate, encodeDoc, prepareSuggestionCheck, replaceContentUpdate, sectionSchema, toMarkdown, toProseMirrorDoc } from './index.js';

/*
 * Tiptap's TrailingNode (on in StarterKit) adds an empty paragraph at the end of a section that
 * ends with a list or a heading, as soon as the editor opens it, and y-tiptap sends that as an
 * ordinary update: from someone who may only suggest, too. A section written through the API
 * (replaceSectionContent, the demo content) ends that way without it.
 */

const REP = '0b7e4a52-3c2d-4f1e-9a8b-1c2d3e4f5a6b';
let n = 0;
const nextId = () => `${REP}~t${++n}`;

const written = encodeDoc(docFromUpdate(replaceContentUpdate(new Y.Doc(), '# What we did\n\nWe trained nurses.\n\n- Checked nail beds.\n- Put interpreters on call.')));

/** The update the browser of someone who may only suggest sends: the trailing paragraph, then (if `typed`) one suggested letter in the first list item. */
function browserUpdate(state: Uint8Array, { typed = true, trailing = 1 } = {}): Uint8Array {
  const doc = docFromUpdate(state);
  let pm = EditorState.create({ schema: sectionSchema, doc: toProseMirrorDoc(doc) });
  for (let i = 0; i < trailing; i++) pm = pm.apply(pm.tr.insert(pm.doc.content.size, sectionSchema.nodes.paragraph.create()));
  if (typed) {
    pm = pm.apply(transformToSuggestionTransaction(pm.tr.insertText('x', findText(pm, 'Checked')), pm, nextId));
  }
  return replaceContentUpdate(doc, pm.doc);
}

function findText(state: EditorState, text: string): number {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text!.includes(text)) found = pos + node.text!.indexOf(text);
  });
  return found;
}

function check(state: Uint8Array, update: Uint8Array) {
  const doc = docFromUpdate(state);
  const prepared = prepareSuggestionCheck(doc, update, REP, true);
  Y.applyUpdate(doc, update);
  return { problem: prepared.problem(), doc };
}

describe('suggestion check: the editor’s trailing paragraph', () => {
  it('accepts the empty paragraph the editor adds after a closing list, alone or with a suggestion', () => {
    expect(check(written, browserUpdate(written, { typed: false })).problem).toBeNull();
    const { problem, doc } = check(written, browserUpdate(written));
    expect(problem).toBeNull();
    expect(toMarkdown(doc)).toBe(toMarkdown(written)); // the accepted text is as it was
  });

  it('still refuses a second empty paragraph, and any text in it not marked as a suggestion', () => {
    expect(check(written, browserUpdate(written, { typed: false, trailing: 2 })).problem?.code).toBe('FORBIDDEN');
    const doc = docFromUpdate(written);
    const pm = toProseMirrorDoc(doc);
    const unmarked = replaceContentUpdate(doc, pm.copy(pm.content.addToEnd(sectionSchema.nodes.paragraph.create(null, sectionSchema.text('Mine.')))));
    expect(check(written, unmarked).problem?.code).toBe('FORBIDDEN');
    // An empty paragraph anywhere but at the end is a change to the text.
    const between = replaceContentUpdate(docFromUpdate(written), pm.copy(pm.content.addToStart(sectionSchema.nodes.paragraph.create())));
    expect(check(written, between).problem?.code).toBe('FORBIDDEN');
  });
});
