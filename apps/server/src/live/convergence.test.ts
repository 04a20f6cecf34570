import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LiveEditor } from '../test-support/live-editor.js';
import { useTestTeam } from '../test-support/test-team.js';
import { SYNC } from '../test-support/operations.js';

/**
 * Convergence, as a property: simulated editors over real WebSocket connections make random
 * concurrent inserts, deletes and formatting, dropping off and coming back at random. At the
 * end every editor and the stored document are identical, and hold every acknowledged edit.
 * Seeded (FC_SEED replays a failure); FC_RUNS raises the number of runs.
 */
const SEED = Number(process.env.FC_SEED ?? 20261125);
const RUNS = Number(process.env.FC_RUNS ?? 4);

type Op =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'format'; at: number; length: number; mark: 'bold' | 'italic' }
  | { kind: 'paragraph' }
  | { kind: 'toggle-connection' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(1000), text: fc.string({ minLength: 1, maxLength: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(1000), length: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('format' as const), at: fc.nat(1000), length: fc.integer({ min: 1, max: 5 }), mark: fc.constantFrom('bold' as const, 'italic' as const) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'paragraph' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'toggle-connection' as const }) },
);

/** Applies one random operation to an editor's document, as a person typing would. */
async function perform(editor: LiveEditor, o: Op): Promise<void> {
  if (o.kind === 'toggle-connection') return editor.online ? editor.disconnect() : editor.connect();
  const fragment = editor.doc.getXmlFragment('content');
  if (o.kind === 'paragraph' || fragment.length === 0) {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('')]);
    fragment.insert(fragment.length, [p]);
    if (o.kind === 'paragraph') return;
  }
  const paragraph = fragment.get(o.at % fragment.length) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  const at = o.at % (text.length + 1);
  if (o.kind === 'insert') text.insert(at, o.text);
  else if (o.kind === 'delete') text.delete(Math.min(at, Math.max(0, text.length - 1)), Math.min(o.length, text.length));
  else text.format(at, o.length, { [o.mark]: {} });
}

const { server, team } = useTestTeam({ QUORUM_COMPACT_EVERY: '15' }); // compaction runs mid-test too
let run = 0;

describe('concurrent editing converges', () => {
  it(`every editor and the stored state end identical, with every acknowledged edit (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { minLength: 5, maxLength: 25 }), { minLength: 3, maxLength: 4 }), async (scripts) => {
        const sectionId = team.sectionIds[run++ % team.sectionIds.length];
        const roles = ['LEAD', 'NURSE', 'MEDIC', 'ANALYST'] as const;
        const editors = scripts.map((_, i) => new LiveEditor(server.url, sectionId, team.members[roles[i]].client.cookie!, roles[i]));
        await Promise.all(editors.map((e) => e.connect()));
        // Interleave the editors' scripts, each step running concurrently across editors.
        const steps = Math.max(...scripts.map((s) => s.length));
        for (let step = 0; step < steps; step++) {
          await Promise.all(editors.map((e, i) => (scripts[i][step] ? perform(e, scripts[i][step]) : undefined)));
          if (step % 3 === 0) await new Promise((r) => setTimeout(r, 5));
        }
        for (const e of editors) if (!e.online) await e.connect();
        await Promise.all(editors.map((e) => e.flush()));

        const sync = await team.members.LEAD.client.ok(SYNC, { s: sectionId });
        const stored = new Y.Doc();
        Y.applyUpdate(stored, Buffer.from(sync.sectionSync.update, 'base64'));
        const expected = stored.getXmlFragment('content').toString();
        for (const e of editors) {
          await expect.poll(() => e.doc.getXmlFragment('content').toString(), { timeout: 10_000 }).toBe(expected);
        }
        // Nothing acknowledged is missing from what the server stored.
        const stateVector = Y.decodeStateVector(Y.encodeStateVector(stored));
        for (const update of editors.flatMap((e) => e.acknowledged)) {
          for (const [client, clock] of Y.parseUpdateMeta(update).to) expect(stateVector.get(client) ?? 0).toBeGreaterThanOrEqual(clock);
        }
        editors.forEach((e) => e.disconnect());
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});
