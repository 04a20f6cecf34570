import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { acceptOne, contentFragment, contentProblem, replaceContentUpdate, sectionSchema, toProseMirrorDoc, withAllAccepted } from './index.js';

const AUTHOR = '0b7e4a52-3c2d-4f1e-9a8b-1c2d3e4f5a6b';
const generateId = () => `${AUTHOR}~abc123`;

/** A suggesting editor's state after `edit`, read from and written back to a Y.Doc as the binding does. */
function suggest(md: string, edit: (state: EditorState) => import('@tiptap/pm/state').Transaction) {
  const doc = new Y.Doc();
  replaceContentUpdate(doc, md);
  const state = EditorState.create({ schema: sectionSchema, doc: toProseMirrorDoc(doc) });
  const next = state.apply(transformToSuggestionTransaction(edit(state), state, generateId));
  replaceContentUpdate(doc, next.doc);
  return { doc, pm: next.doc };
}

describe('suggestion marks in the shared schema', () => {
  it('a suggested insertion is stored as a plain "insertion" formatting attribute and reads back', () => {
    const { doc, pm } = suggest('Waits fell.', (state) => state.tr.insertText(' sharply', 11));
    expect(contentFragment(doc).toJSON()).toBe(`<paragraph>Waits fell<insertion id="${AUTHOR}~abc123"> sharply</insertion>.</paragraph>`);
    expect(contentProblem(contentFragment(doc))).toBeNull();
    expect(toProseMirrorDoc(doc).toJSON()).toEqual(pm.toJSON());
  });

  it('a suggested deletion keeps the text, marked', () => {
    const { doc, pm } = suggest('Waits fell sharply.', (state) => state.tr.delete(11, 19));
    expect(contentFragment(doc).toJSON()).toContain(`<deletion id="${AUTHOR}~abc123"> sharply</deletion>`);
    expect(contentProblem(contentFragment(doc))).toBeNull();
    expect(toProseMirrorDoc(doc).toJSON()).toEqual(pm.toJSON());
  });

  it('a suggested paragraph break is anchored by marked zero-width spaces, which travel', () => {
    const { doc, pm } = suggest('Waits fell. Scans rose.', (state) => state.tr.setSelection(TextSelection.create(state.doc, 12)).split(12));
    expect(contentFragment(doc).toArray()).toHaveLength(2);
    expect(contentFragment(doc).toJSON()).toContain('<insertion');
    expect(contentProblem(contentFragment(doc))).toBeNull();
    expect(toProseMirrorDoc(doc).toJSON()).toEqual(pm.toJSON());
  });

  it('the content check refuses a suggestion id that names nobody', () => {
    const doc = new Y.Doc();
    replaceContentUpdate(doc, 'Waits fell.');
    ((contentFragment(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText).format(0, 5, { insertion: { id: 7 } });
    expect(contentProblem(contentFragment(doc))).toMatch(/"id" of "insertion"/);
  });

  it('accepting a suggested new paragraph leaves no zero-width space in it (found in a browser walk, in the text and exports)', () => {
    const { pm } = suggest('Waits fell.', (state) => state.tr.split(12).insertText('Scans rose.', 14));
    expect(pm.textContent).toContain('\u200B');
    for (const accepted of [acceptOne(pm, `${AUTHOR}~abc123`), withAllAccepted(pm)]) {
      expect(accepted.textContent).not.toContain('\u200B');
      expect(accepted.childCount).toBe(2);
      expect(accepted.child(1).textContent).toBe('Scans rose.');
    }
  });
});
