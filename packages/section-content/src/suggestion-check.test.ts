import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentFragment, docFromUpdate, encodeDoc, prepareSuggestionCheck, rejectOne, replaceContentUpdate, sectionSchema, toMarkdown, toProseMirrorDoc } from './index.js';

const REP = '0b7e4a52-3c2d-4f1e-9a8b-1c2d3e4f5a6b';
const NURSE = '1c8f5b63-4d3e-4a2f-8b9c-2d3e4f5a6b7c';
let n = 0;
const idOf = (user: string) => () => `${user}~s${++n}`;

/** The update a client makes to a copy of `state` by running `edit` on its editor state, suggesting or not. */
function edit(state: Uint8Array, user: string, change: (s: EditorState) => Transaction, suggesting = true): Uint8Array {
  const doc = docFromUpdate(state);
  const before = EditorState.create({ schema: sectionSchema, doc: toProseMirrorDoc(doc) });
  const tr = change(before);
  const next: PMNode = before.apply(suggesting ? transformToSuggestionTransaction(tr, before, idOf(user)) : tr).doc;
  return replaceContentUpdate(doc, next);
}

/** Applies `update` to a copy of `state` as the server does: the check, then the update. */
function check(state: Uint8Array, update: Uint8Array, sender: string, suggestOnly = true) {
  const doc = docFromUpdate(state);
  const prepared = prepareSuggestionCheck(doc, update, sender, suggestOnly);
  Y.applyUpdate(doc, update);
  return { problem: prepared.problem(), doc };
}

const start = encodeDoc(docFromUpdate(replaceContentUpdate(new Y.Doc(), '# Aims\n\nWaits fell sharply.\n\nScans rose.\n\nClinics opened.')));

describe('suggestion check', () => {
  it('accepts suggested insertions, deletions and paragraph breaks, which leave the accepted text as it was', () => {
    let state = start;
    for (const change of [(s: EditorState) => s.tr.insertText(' by half', 25), (s: EditorState) => s.tr.delete(18, 26), (s: EditorState) => s.tr.split(33)]) {
      const update = edit(state, REP, change);
      const { problem, doc } = check(state, update, REP);
      expect(problem).toBeNull();
      expect(toMarkdown(doc)).toBe(toMarkdown(state));
      state = encodeDoc(doc);
    }
    expect(contentFragment(docFromUpdate(state)).toJSON()).toContain('<deletion');
  });

  it('refuses a direct edit, unmarked text, and another person’s id', () => {
    const direct = edit(start, REP, (s) => s.tr.insertText(' by half', 25), false);
    expect(check(start, direct, REP).problem?.code).toBe('FORBIDDEN');
    const deleting = edit(start, REP, (s) => s.tr.delete(8, 14), false);
    expect(check(start, deleting, REP).problem?.code).toBe('FORBIDDEN');
    const posing = edit(start, NURSE, (s) => s.tr.insertText(' by half', 25));
    expect(check(start, posing, REP).problem).toEqual({ code: 'FORBIDDEN', message: expect.stringMatching(/marked as yours/) });
    // Someone who may edit may edit directly, but may not make a suggestion in another's name either.
    expect(check(start, direct, NURSE, false).problem).toBeNull();
    expect(check(start, posing, REP, false).problem?.code).toBe('FORBIDDEN');
  });

  it('refuses rejecting or accepting someone else’s suggestion by editing, from someone who may only suggest', () => {
    const suggested = encodeDoc(
      check(
        start,
        edit(start, NURSE, (s) => s.tr.insertText(' by half', 25)),
        NURSE,
      ).doc,
    );
    const id = [
      ...contentFragment(docFromUpdate(suggested))
        .toJSON()
        .matchAll(/id="([^"]+)"/g),
    ][0][1];
    const rejecting = replaceContentUpdate(docFromUpdate(suggested), rejectOne(toProseMirrorDoc(suggested), id));
    expect(check(suggested, rejecting, REP).problem?.code).toBe('FORBIDDEN');
    expect(check(suggested, rejecting, NURSE).problem).toBeNull(); // their own: withdrawn
  });
});
