import { describe, expect, it } from 'vitest';
import { SectionRevision } from './section-revision.entity.js';
import { codeOf } from '../test-support/api-client.js';
import * as Y from 'yjs';
import { createTeam, type Team } from '../test-support/factories.js';
import { LiveEditor } from '../test-support/live-editor.js';
import { startTestServer } from '../test-support/test-server.js';
import { COMMENTS_REPLACE_CONTENT, NAME, RESTORE, REVISION_HISTORY } from '../test-support/operations.js';
import { useTestServer } from '../test-support/test-team.js';

// History you can compare (issue 11): named revisions and Section.diff.

const { server } = useTestServer();

async function write(team: Team, role: keyof Team['members'], markdown: string) {
  const client = team.members[role].client;
  const { version } = (await client.ok(REVISION_HISTORY, { id: team.sectionIds[0] })).section!;
  await client.ok(COMMENTS_REPLACE_CONTENT, { i: { sectionId: team.sectionIds[0], markdown, baseVersion: version } });
}

describe('revision history', () => {
  it('names a revision (shown in the history), compares two revisions or one with the current text word by word with authors, and refuses what it should', async () => {
    const team = await createTeam(server);
    const id = team.sectionIds[0];
    await write(team, 'LEAD', 'Screening of Black patients lagged.');
    await write(team, 'NURSE', 'Screening of Black and Asian patients lagged badly.');
    const lead = team.members.LEAD.client;
    const [second, first] = (await lead.ok(REVISION_HISTORY, { id })).section!.revisions.nodes.filter((r) => r.reason === 'replace');
    expect(first.markdown).toBe('Screening of Black patients lagged.');

    const named = await team.members.NURSE.client.ok(NAME, { i: { revisionId: first.id, name: '  Sent to the patient panel ' } });
    expect(named.nameSectionRevision.revision).toEqual({ id: first.id, name: 'Sent to the patient panel' });
    const history = (await team.members.OBSERVER.client.ok(REVISION_HISTORY, { id, from: first.id, to: second.id })).section!;
    expect(history.revisions.nodes.find((r) => r.id === first.id)!.name).toBe('Sent to the patient panel');

    const nurse = { id: team.members.NURSE.user.id, name: 'Test NURSE' };
    expect(history.diff).toEqual([
      { op: 'EQUAL', text: 'Screening of Black ', authors: [] },
      { op: 'INSERT', text: 'and Asian ', authors: [nurse] },
      { op: 'EQUAL', text: 'patients ', authors: [] },
      { op: 'DELETE', text: 'lagged.', authors: [nurse] },
      { op: 'INSERT', text: 'lagged badly.', authors: [nurse] },
    ]);
    // Null end: the current text (the same as the second revision here).
    expect((await lead.ok(REVISION_HISTORY, { id, from: first.id })).section!.diff).toEqual(history.diff);
    expect((await lead.ok(REVISION_HISTORY, { id, from: second.id, to: null })).section!.diff).toEqual([{ op: 'EQUAL', text: 'Screening of Black and Asian patients lagged badly.', authors: [] }]);

    // Clearing the name; who may not edit may not name; bad input is refused and changes nothing.
    expect((await lead.ok(NAME, { i: { revisionId: first.id, name: '' } })).nameSectionRevision.revision.name).toBeNull();
    expect(codeOf(await team.members.OBSERVER.client.request(NAME, { i: { revisionId: first.id, name: 'x' } }))).toBe('FORBIDDEN');
    expect(codeOf(await team.outsider.client.request(NAME, { i: { revisionId: first.id, name: 'x' } }))).toBe('NOT_FOUND');
    expect(codeOf(await lead.request(NAME, { i: { revisionId: first.id, name: 'x'.repeat(121) } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await lead.request(NAME, { i: { revisionId: first.id, name: 'a\u0000b' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await lead.request(NAME, { i: { revisionId: '00000000-0000-4000-8000-000000000000', name: 'x' } }))).toBe('NOT_FOUND');
    expect((await server.orm.em.fork().findOneOrFail(SectionRevision, first.id)).name).toBeNull();
    // A revision of another section is not this section's.
    const other = (await lead.ok(REVISION_HISTORY, { id: team.sectionIds[1] })).section!;
    expect(other.revisions.nodes).toEqual([]);
    expect(codeOf(await lead.request(REVISION_HISTORY, { id: team.sectionIds[1], from: first.id }))).toBe('NOT_FOUND');
  });
});

describe('a pause in editing', () => {
  it('saves a revision once nobody has edited the section for QUORUM_REVISION_IDLE_SECONDS', async () => {
    const paused = await startTestServer({ QUORUM_REVISION_IDLE_SECONDS: '1' });
    try {
      const team = await createTeam(paused);
      await write(team, 'LEAD', 'Nurses ran clinics.');
      const editor = new LiveEditor(paused.url, team.sectionIds[0], team.members.NURSE.client.cookie!, 'nurse');
      await editor.connect();
      const paragraph = editor.doc.getXmlFragment('content').get(0) as Y.XmlElement;
      (paragraph.get(0) as Y.XmlText).insert(0, 'Paused ');
      await editor.flush();
      editor.disconnect();
      const pauses = () => paused.orm.em.fork().find(SectionRevision, { section: team.sectionIds[0], reason: 'pause' });
      expect(await pauses()).toEqual([]); // not while the pause is shorter
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const [revision] = await pauses();
      expect(revision.markdown).toBe('Paused Nurses ran clinics.');
      expect(revision.authorIds).toEqual([team.members.NURSE.user.id]);
    } finally {
      await paused.stop();
    }
  });
});

// "A revision is saved ... at each accept, restore and API write" (issue 11); accepting is the suggestions feature's.
describe('a revision at each API write and each restore', () => {
  const history = async (team: Team) => (await team.members.LEAD.client.ok(REVISION_HISTORY, { id: team.sectionIds[0] })).section!;

  it('saves the text before a restore and the restored text, as a forward edit that keeps every earlier revision, with who did it', async () => {
    const team = await createTeam(server);
    await write(team, 'LEAD', 'Nurses ran clinics.');
    const [first] = (await history(team)).revisions.nodes;
    expect(first).toMatchObject({ reason: 'replace', markdown: 'Nurses ran clinics.' });
    // A live edit, not yet in a revision (the revision interval has not passed).
    const editor = new LiveEditor(server.url, team.sectionIds[0], team.members.NURSE.client.cookie!, 'nurse');
    await editor.connect();
    ((editor.doc.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Weekly, ');
    await editor.flush();
    editor.disconnect();
    const { version: before } = await history(team);

    await team.members.LEAD.client.ok(RESTORE, { i: { revisionId: first.id } });
    const after = await history(team);
    expect(after.version).toBeGreaterThan(before); // forward: a new edit on top
    expect(after.revisions.nodes.map((r) => [r.reason, r.markdown])).toEqual([
      ['restore', 'Nurses ran clinics.'],
      ['before-restore', 'Weekly, Nurses ran clinics.'],
      ['replace', 'Nurses ran clinics.'],
    ]);
    const [restored, kept] = after.revisions.nodes;
    const [lead, nurse] = [team.members.LEAD.user, team.members.NURSE.user].map((u) => ({ id: u.id, name: u.name }));
    expect((await team.members.LEAD.client.ok(REVISION_HISTORY, { id: team.sectionIds[0], from: first.id, to: kept.id })).section!.diff).toEqual([
      { op: 'INSERT', text: 'Weekly, ', authors: [nurse] },
      { op: 'EQUAL', text: 'Nurses ran clinics.', authors: [] },
    ]);
    expect((await team.members.LEAD.client.ok(REVISION_HISTORY, { id: team.sectionIds[0], from: kept.id, to: restored.id })).section!.diff).toEqual([
      { op: 'DELETE', text: 'Weekly, ', authors: [lead] },
      { op: 'EQUAL', text: 'Nurses ran clinics.', authors: [] },
    ]);
  });

  it('labels each API write and restore as such even when the same edit also makes a compaction due (QUORUM_COMPACT_EVERY=1)', async () => {
    const busy = await startTestServer({ QUORUM_COMPACT_EVERY: '1' });
    try {
      const team = await createTeam(busy);
      const texts = ['One.', 'Two.', 'Three.', 'Four.', 'Five.'];
      for (const text of texts) await write(team, 'LEAD', text);
      const written = (await history(team)).revisions.nodes;
      expect(written.map((r) => [r.reason, r.markdown])).toEqual(texts.map((t) => ['replace', t]).reverse());
      await team.members.LEAD.client.ok(RESTORE, { i: { revisionId: written[4].id } });
      const [restored] = (await history(team)).revisions.nodes;
      expect([restored.reason, restored.markdown]).toEqual(['restore', 'One.']);
    } finally {
      await busy.stop();
    }
  });
});
