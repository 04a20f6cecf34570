import type { editedDoc } from '@quorum/section-content';
import { describe, expect, it } from 'vitest';
import { codeOf, type ApiClient } from '../test-support/api-client.js';
import { signOff } from '../test-support/review.js';
import { editorUpdate } from '../test-support/suggesting.js';
import { useTestTeam } from '../test-support/test-team.js';
import { listen } from '../test-support/ws-client.js';
import {
  ACCEPT_SUGGESTION,
  ACCEPT_SUGGESTIONS,
  ACTIVITY,
  APPLY,
  COMMENTS_ADD,
  REJECT_SUGGESTION,
  REJECT_SUGGESTIONS,
  REPLACE,
  SIGN_OFF_NOTIFICATIONS,
  SIGN_OFFS_NOW,
  SUGGESTION_EVENTS,
  SUGGESTIONS,
  VIEWS,
} from '../test-support/operations.js';

const { team, server, webSocket } = useTestTeam();

type Change = Parameters<typeof editedDoc>[1];
const TEXT = 'Waits fell sharply.\n\nScans rose for every group.';

async function write(index: number, markdown: string) {
  const { version } = (await team.members.LEAD.client.ok(VIEWS, { id: team.entryId })).entry.sections[index];
  await team.members.LEAD.client.ok(REPLACE, { i: { sectionId: team.sectionIds[index], markdown, baseVersion: version } });
}

async function suggest(role: 'PATIENT_REP' | 'NURSE' | 'MANAGER', index: number, change: Change) {
  const { client, user } = team.members[role];
  await client.ok(APPLY, { i: { sectionId: team.sectionIds[index], update: await editorUpdate(client, team.sectionIds[index], change, user.id), clientId: role } });
}

const listOf = async (client: ApiClient, index: number, authorId?: string) => (await client.ok(SUGGESTIONS, { id: team.sectionIds[index], authorId })).section!;

/** In "Waits fell sharply.": a paragraph starts at 0, its text at 1. */
const byHalf: Change = (s) => s.tr.insertText(' by half', 19);
// Not next to the insertion above: the library merges a deletion into a suggestion right after it, taking it over.
const noWaits: Change = (s) => s.tr.delete(1, 7);
/** Before "Scans", wherever it now stands. */
const scansFirst: Change = (s) => {
  let at = 0;
  s.doc.descendants((node, pos) => {
    if (node.isText && node.text!.startsWith('Scans')) at = pos;
  });
  return s.tr.insertText('CT ', at);
};

describe('Section.suggestions', () => {
  it('lists each pending suggestion with its author, role, kind, text, time and comment thread; the text is untouched', async () => {
    await write(0, TEXT);
    await suggest('PATIENT_REP', 0, byHalf);
    await suggest('NURSE', 0, noWaits);
    const rep = team.members.PATIENT_REP;
    await rep.client.ok(COMMENTS_ADD, { i: { sectionId: team.sectionIds[0], body: 'Half is what the audit found.', anchor: { quote: 'by half' } } });
    const section = await listOf(team.members.OBSERVER.client, 0);
    expect(section.text).toBe('Waits fell sharply.\n\nScans rose for every group.');
    expect(section.suggestions.totalCount).toBe(2);
    const [deletion, insert] = section.suggestions.nodes; // in text order
    expect(insert).toMatchObject({
      kind: 'INSERT',
      text: ' by half',
      insertedText: ' by half',
      deletedText: '',
      role: 'PATIENT_REP',
      author: { id: rep.user.id },
      thread: { body: 'Half is what the audit found.' },
    });
    expect(insert.id.startsWith(`${rep.user.id}~`)).toBe(true);
    expect(new Date(insert.createdAt!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(deletion).toMatchObject({ kind: 'DELETE', text: 'Waits ', role: 'NURSE', author: { id: team.members.NURSE.user.id }, thread: null });
    const nurseOnly = await listOf(team.members.OBSERVER.client, 0, team.members.NURSE.user.id);
    expect(nurseOnly.suggestions.nodes.map((s) => s.id)).toEqual([deletion.id]);
  });
});

describe('accepting and rejecting', () => {
  it('only whoever may edit the section; an unknown suggestion is NOT_FOUND; a refused call changes nothing', async () => {
    await write(1, TEXT);
    await suggest('PATIENT_REP', 1, byHalf);
    const before = await listOf(team.members.LEAD.client, 1);
    const id = before.suggestions.nodes[0].id;
    for (const role of ['PATIENT_REP', 'OBSERVER'] as const) {
      expect(codeOf(await team.members[role].client.request(ACCEPT_SUGGESTION, { i: { sectionId: team.sectionIds[1], suggestionId: id } }))).toBe('FORBIDDEN');
      expect(codeOf(await team.members[role].client.request(REJECT_SUGGESTIONS, { i: { sectionId: team.sectionIds[1] } }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await team.members.LEAD.client.request(ACCEPT_SUGGESTION, { i: { sectionId: team.sectionIds[1], suggestionId: `${team.members.LEAD.user.id}~nothing` } }))).toBe('NOT_FOUND');
    expect(codeOf(await team.members.LEAD.client.request(REJECT_SUGGESTION, { i: { sectionId: team.sectionIds[0], suggestionId: id } }))).toBe('NOT_FOUND'); // another section's
    expect(await listOf(team.members.LEAD.client, 1)).toEqual(before);
  });

  it('rejecting keeps the text and the approval; accepting changes the text, makes the approval stale, tells the signer, and shows in the history and live', async () => {
    await write(2, TEXT);
    expect((await signOff(team, 'MANAGER', 2)).errors).toBeUndefined();
    const lead = team.members.LEAD;
    const socket = webSocket({ cookie: lead.client.cookie!, origin: server.url });
    const events = listen(socket, SUGGESTION_EVENTS, { e: team.entryId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await suggest('PATIENT_REP', 2, byHalf);
    await suggest('NURSE', 2, noWaits);
    const [deletion, insert] = (await listOf(lead.client, 2)).suggestions.nodes;
    const approval = async () => (await lead.client.ok(SIGN_OFFS_NOW, { id: team.entryId })).entry.sections[2].signOffs.nodes.find((s) => s.signer?.id === team.members.MANAGER.user.id)!;

    const rejected = await lead.client.ok(REJECT_SUGGESTION, { i: { sectionId: team.sectionIds[2], suggestionId: deletion.id } });
    expect(rejected.rejectSuggestion).toMatchObject({ suggestionIds: [deletion.id], section: { text: 'Waits fell sharply.\n\nScans rose for every group.' } });
    expect(await approval()).toMatchObject({ current: true });

    const accepted = await lead.client.ok(ACCEPT_SUGGESTION, { i: { sectionId: team.sectionIds[2], suggestionId: insert.id } });
    expect(accepted.acceptSuggestion.section.text).toBe('Waits fell sharply by half.\n\nScans rose for every group.');
    expect((await listOf(lead.client, 2)).suggestions.totalCount).toBe(0);
    expect(await approval()).toMatchObject({ current: false, stale: true });
    const notes = (await team.members.MANAGER.client.ok(SIGN_OFF_NOTIFICATIONS)).me!.notifications.nodes;
    expect(notes.some((n) => n.kind === 'SIGN_OFF_STALE' && n.sectionId === team.sectionIds[2])).toBe(true);

    const history = (await lead.client.ok(ACTIVITY, { id: team.entryId, first: 20 })).entry.activity.nodes;
    expect(history.find((n) => n.kind === 'SUGGESTION_ACCEPTED')).toMatchObject({ actor: { id: lead.user.id }, section: { id: team.sectionIds[2] } });
    expect(history.find((n) => n.kind === 'SUGGESTION_REJECTED')?.summary).toMatch(/rejected a suggestion by Test NURSE \(nurse\)/);
    await expect
      .poll(() =>
        events.results
          .map((r) => r.data?.entryEvents)
          .filter((e) => e?.sectionId === team.sectionIds[2])
          .map((e) => `${e!.kind} ${e!.suggestionId}`),
      )
      .toEqual(expect.arrayContaining([`SUGGESTION_MADE ${insert.id}`, `SUGGESTION_MADE ${deletion.id}`, `SUGGESTION_REJECTED ${deletion.id}`, `SUGGESTION_ACCEPTED ${insert.id}`]));
  });

  it('one person’s, or all: accepting all equals typing them; rejecting all leaves the text as it was', async () => {
    await write(3, TEXT);
    await suggest('PATIENT_REP', 3, byHalf);
    await suggest('NURSE', 3, scansFirst);
    const lead = team.members.LEAD.client;
    const onlyNurse = await lead.ok(ACCEPT_SUGGESTIONS, { i: { sectionId: team.sectionIds[3], authorId: team.members.NURSE.user.id } });
    expect(onlyNurse.acceptSuggestions.suggestionIds).toHaveLength(1);
    expect(onlyNurse.acceptSuggestions.section.text).toBe('Waits fell sharply.\n\nCT Scans rose for every group.');
    const rest = await lead.ok(REJECT_SUGGESTIONS, { i: { sectionId: team.sectionIds[3] } });
    expect(rest.rejectSuggestions).toMatchObject({
      suggestionIds: [expect.stringMatching(team.members.PATIENT_REP.user.id)],
      section: { text: 'Waits fell sharply.\n\nCT Scans rose for every group.' },
    });
    expect(await lead.ok(REJECT_SUGGESTIONS, { i: { sectionId: team.sectionIds[3] } })).toMatchObject({ rejectSuggestions: { suggestionIds: [] } });
  });

  it('accepts what was read: a suggestion its author typed on since is refused with CONFLICT and nothing changes (outside review)', async () => {
    await write(4, TEXT);
    await suggest('PATIENT_REP', 4, byHalf);
    const lead = team.members.LEAD.client;
    const read = (await listOf(lead, 4)).suggestions.nodes[0];
    expect(read).toMatchObject({ insertedText: ' by half', deletedText: '' });
    // She types on at its end: the library gives the words the same suggestion.
    await suggest('PATIENT_REP', 4, (s) => s.tr.insertText(' again', 27));
    const before = await listOf(lead, 4);
    expect(before.suggestions.nodes.map((n) => [n.id, n.insertedText])).toEqual([[read.id, ' by half again']]);
    const stale = await lead.request(ACCEPT_SUGGESTION, { i: { sectionId: team.sectionIds[4], suggestionId: read.id, insertedText: read.insertedText, deletedText: read.deletedText } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions).toMatchObject({ insertedText: ' by half again', deletedText: '' });
    expect(await listOf(lead, 4)).toEqual(before);
    // Read again, it is accepted as read.
    await lead.ok(ACCEPT_SUGGESTION, { i: { sectionId: team.sectionIds[4], suggestionId: read.id, insertedText: ' by half again', deletedText: '' } });
    expect((await listOf(lead, 4)).text).toContain('Waits fell sharply by half again.');
  });
});
