import type { editedDoc } from '@quorum/section-content';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { codeOf, type ApiClient } from '../test-support/api-client.js';
import { base64, craftingClient, encodeStructs } from '../test-support/crafted-update.js';
import { signOff } from '../test-support/review.js';
import { editorUpdate } from '../test-support/suggesting.js';
import { useTestTeam } from '../test-support/test-team.js';
import { APPLY, LIVE_SYNC, REPLACE, SIGN_OFF_NOTIFICATIONS, SIGN_OFFS_NOW, VIEWS } from '../test-support/operations.js';

const { team } = useTestTeam();

type Change = Parameters<typeof editedDoc>[1];

const TEXT = 'Waits fell sharply.\n\nScans rose for every group.';

async function views(client: ApiClient, index: number) {
  return (await client.ok(VIEWS, { id: team.entryId })).entry.sections[index];
}

/** The section's whole Yjs state, as a client would sync it. */
async function stateOf(index: number): Promise<string> {
  return (await team.members.OBSERVER.client.ok(LIVE_SYNC, { s: team.sectionIds[index] })).sectionSync.update;
}

async function write(index: number, markdown: string) {
  const { version } = await views(team.members.LEAD.client, index);
  await team.members.LEAD.client.ok(REPLACE, { i: { sectionId: team.sectionIds[index], markdown, baseVersion: version } });
}

const send = (client: ApiClient, index: number, update: string) => client.request(APPLY, { i: { sectionId: team.sectionIds[index], update, clientId: 'suggesting-test' } });

/** Positions in "Waits fell sharply." (its paragraph starts at 0, text at 1). */
const insertBeforeFullStop: Change = (s) => s.tr.insertText(' by half', 19);
const deleteSharply: Change = (s) => s.tr.delete(11, 19);

describe('suggesting through live editing', () => {
  it('a patient representative’s suggestions travel, and leave the text, Markdown, word count and hash as they were', async () => {
    await write(0, TEXT);
    const rep = team.members.PATIENT_REP;
    const before = await views(rep.client, 0);
    for (const change of [insertBeforeFullStop, deleteSharply, (s: Parameters<Change>[0]) => s.tr.split(27)]) {
      const update = await editorUpdate(rep.client, team.sectionIds[0], change, rep.user.id);
      await rep.client.ok(APPLY, { i: { sectionId: team.sectionIds[0], update, clientId: 'rep' } });
    }
    const after = await views(rep.client, 0);
    expect(after).toMatchObject({ text: before.text, markdown: before.markdown, wordCount: before.wordCount, contentHash: before.contentHash, version: before.version + 3 });
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Buffer.from(await stateOf(0), 'base64'));
    const xml = stored.getXmlFragment('content').toJSON();
    expect(xml).toMatch(new RegExp(`<insertion id="${rep.user.id}~[^"]+"> by half`));
    expect(xml).toMatch(new RegExp(`<deletion id="${rep.user.id}~[^"]+"> sharply</deletion>`));
    expect(stored.getXmlFragment('content').length).toBe(3); // the suggested paragraph break travels too
  });

  it('crafted updates from a patient representative are refused and change nothing', async () => {
    await write(1, TEXT);
    const rep = team.members.PATIENT_REP;
    const nurse = team.members.NURSE;
    // The nurse's pending suggestion, which the patient representative must not touch.
    await nurse.client.ok(APPLY, { i: { sectionId: team.sectionIds[1], update: await editorUpdate(nurse.client, team.sectionIds[1], insertBeforeFullStop, nurse.user.id), clientId: 'nurse' } });
    const before = { views: await views(rep.client, 1), state: await stateOf(1) };
    const theirs = await editorUpdate(rep.client, team.sectionIds[1], (s) => s.tr.insertText('Outpatient ', 1), nurse.user.id);
    const onlySuggest = /may only suggest/;
    const attempts: [string, string, RegExp][] = [
      ['changes the text', await editorUpdate(rep.client, team.sectionIds[1], (s) => s.tr.insertText('Outpatient ', 1)), onlySuggest],
      ['deletes others’ text', await editorUpdate(rep.client, team.sectionIds[1], deleteSharply), onlySuggest],
      [
        'inserts an unmarked paragraph',
        await editorUpdate(rep.client, team.sectionIds[1], (s) => s.tr.insert(s.doc.content.size, s.schema.nodes.paragraph.create(null, s.schema.text('New.')))),
        onlySuggest,
      ],
      ['claims another person’s id', theirs, /marked as yours/],
      ['removes another person’s suggestion', await editorUpdate(rep.client, team.sectionIds[1], (s) => s.tr.delete(19, 27)), /someone else’s suggestion/],
      ['rewrites another person’s suggestion', await editorUpdate(rep.client, team.sectionIds[1], (s) => s.tr.insertText('X', 21)), /someone else’s suggestion/],
    ];
    for (const [what, update, why] of attempts) {
      const result = await send(rep.client, 1, update);
      expect(codeOf(result), what).toBe('FORBIDDEN');
      expect(result.errors?.[0].message, what).toMatch(why);
    }
    expect(await views(rep.client, 1)).toEqual(before.views);
    expect(await stateOf(1)).toBe(before.state);
    // An observer may not even suggest.
    const observer = team.members.OBSERVER;
    expect(codeOf(await send(observer.client, 1, await editorUpdate(observer.client, team.sectionIds[1], insertBeforeFullStop, observer.user.id)))).toBe('FORBIDDEN');
    // Someone who may edit may type directly, but not make a suggestion in another's name.
    expect(codeOf(await send(team.members.MEDIC.client, 1, theirs))).toBe('FORBIDDEN');
    expect(await stateOf(1)).toBe(before.state);
  });

  it('crafted updates whose text Yjs puts outside the blocks they name are refused and change nothing', async () => {
    // Four paragraphs: what lands in the last must be found, whatever blocks the update names.
    await write(3, 'Waits fell sharply.\n\nScans rose.\n\nClinics opened.\n\nStaff stayed.');
    const rep = team.members.PATIENT_REP;
    const nurse = team.members.NURSE;
    const sectionId = team.sectionIds[3];
    const paragraph = (text: string, attributes?: Record<string, unknown>) => {
      const p = new Y.XmlElement('paragraph');
      const t = new Y.XmlText();
      t.insert(0, text, attributes);
      p.insert(0, [t]);
      return p;
    };
    // A paragraph after the first whose right origin is dropped: Yjs puts it after the last.
    const sentToTheEnd = async (text: string, attributes?: Record<string, unknown>) => {
      const attacker = await craftingClient(rep.client, sectionId, 0xffffffff);
      const first = attacker.fragment.get(0) as Y.XmlElement;
      attacker.fragment.insertAfter(first, [paragraph(text, attributes)]);
      const { structs } = Y.decodeUpdate(attacker.update());
      const block = structs.find((s): s is Y.Item => s instanceof Y.Item && s.origin !== null && Y.compareIDs(s.origin, first._item!.lastId));
      block!.rightOrigin = null;
      return base64(encodeStructs(structs));
    };
    // The representative's honest suggested deletion in the last paragraph, from Yjs client 777...
    const honest = await craftingClient(rep.client, sectionId, 777);
    ((honest.fragment.get(3) as Y.XmlElement).get(0) as Y.XmlText).format(6, 6, { deletion: { id: `${rep.user.id}~d1` } });
    await rep.client.ok(APPLY, { i: { sectionId, update: base64(honest.update()), clientId: 'rep' } });
    const before = { views: await views(rep.client, 3), state: await stateOf(3) };
    // ...then one struct from its last known clock on, with new unmarked text, next to an honest suggestion in the second paragraph.
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Buffer.from(before.state, 'base64'));
    const known = stored.store.clients.get(777)!;
    const last = known[known.length - 1] as Y.Item;
    const overlap = new Y.Item(Y.createID(777, last.id.clock + last.length - 1), null, last.origin, null, last.right?.id ?? null, null, null, new Y.ContentString(' PWNED'));
    const elsewhere = await craftingClient(rep.client, sectionId, 888);
    ((elsewhere.fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(5, ' soon', { insertion: { id: `${rep.user.id}~i1` } });
    const attempts: [string, string][] = [
      ['an unmarked paragraph', await sentToTheEnd('INJECTED')],
      ['a paragraph in the nurse’s name', await sentToTheEnd('Forged', { insertion: { id: `${nurse.user.id}~forged` } })],
      ['unmarked text past the last known clock', base64(encodeStructs([overlap, ...Y.decodeUpdate(elsewhere.update()).structs]))],
    ];
    for (const [what, update] of attempts) expect(codeOf(await send(rep.client, 3, update)), what).toBe('FORBIDDEN');
    // Someone who may edit may not put a suggestion in another's name this way either.
    expect(codeOf(await send(team.members.MEDIC.client, 3, attempts[1][1]))).toBe('FORBIDDEN');
    expect(await views(rep.client, 3)).toEqual(before.views);
    expect(await stateOf(3)).toBe(before.state);
    // The honest suggestion alone goes through.
    await rep.client.ok(APPLY, { i: { sectionId, update: base64(elsewhere.update()), clientId: 'rep' } });
    expect((await views(rep.client, 3)).text).toBe(before.views.text);
  });

  it('suggesting in a signed section keeps the approval current; accepting it by editing makes it stale and tells the signer', async () => {
    await write(2, TEXT);
    const manager = team.members.MANAGER;
    expect((await signOff(team, 'MANAGER', 2)).errors).toBeUndefined();
    const rep = team.members.PATIENT_REP;
    await rep.client.ok(APPLY, { i: { sectionId: team.sectionIds[2], update: await editorUpdate(rep.client, team.sectionIds[2], insertBeforeFullStop, rep.user.id), clientId: 'rep' } });
    const current = async () => (await manager.client.ok(SIGN_OFFS_NOW, { id: team.entryId })).entry.sections[2].signOffs.nodes.find((s) => s.signer.id === manager.user.id)!;
    expect(await current()).toMatchObject({ current: true, stale: false });
    // The lead accepts it by typing the same words directly: the text changes, the approval goes stale.
    const lead = team.members.LEAD;
    await lead.client.ok(APPLY, {
      i: { sectionId: team.sectionIds[2], update: await editorUpdate(lead.client, team.sectionIds[2], (s) => s.tr.removeMark(0, s.doc.content.size, s.schema.marks.insertion)), clientId: 'lead' },
    });
    expect((await views(lead.client, 2)).text).toContain('Waits fell sharply by half.');
    expect(await current()).toMatchObject({ current: false, stale: true });
    const { nodes } = (await manager.client.ok(SIGN_OFF_NOTIFICATIONS)).me!.notifications;
    expect(nodes.some((n) => n.kind === 'SIGN_OFF_STALE' && n.sectionId === team.sectionIds[2])).toBe(true);
  });
});
