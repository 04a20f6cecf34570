import type { Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toPlainText } from '@quorum/section-content';
import { Entry } from '../entries/entry.entity.js';
import { EntryState } from '../common/enums.js';
import { codeOf, type ApiClient } from '../test-support/api-client.js';
import { createTeam } from '../test-support/factories.js';
import type { LivePresenceUpdatedSubscription } from '../test-support/gql/graphql.js';
import { LiveEditor } from '../test-support/live-editor.js';
import { useTestTeam } from '../test-support/test-team.js';
import { iterate, listen, run, subscribe, subscribed } from '../test-support/ws-client.js';
import { compactSection, copySection, foldIn } from './compaction.js';
import { DocumentStore } from './document-store.js';
import { SectionRevision } from './section-revision.entity.js';
import { SectionUpdate } from './section-update.entity.js';
import {
  APPLY,
  CHANGE_ROLE,
  CONTENT_SCHEMA_REPLACE,
  LIVE_RESTORE,
  LIVE_REVISIONS,
  LIVE_SECTION_RELAY,
  LIVE_SECTION_UPDATED,
  LIVE_SYNC,
  PRESENCE,
  PRESENCE_UPDATED,
  REMOVE_MEMBER,
  RESTORABLE,
  UPDATE_PRESENCE,
  VIEWS,
} from '../test-support/operations.js';

const { server, team, webSocket } = useTestTeam({ QUORUM_MAX_UPDATE_BYTES: '20000', QUORUM_COMPACT_EVERY: '4', QUORUM_PRESENCE_TIMEOUT_SECONDS: '1' });

/** A base64 update that appends a paragraph of `text` to a copy of `doc`'s state. */
function paragraphUpdate(text: string, doc = new Y.Doc()): string {
  const before = Y.encodeStateVector(doc);
  const paragraph = new Y.XmlElement('paragraph');
  doc.getXmlFragment('content').push([paragraph]);
  paragraph.insert(0, [new Y.XmlText(text)]);
  return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
}

async function views(client: ApiClient, sectionIndex: number) {
  return (await client.ok(VIEWS, { id: team.entryId })).entry.sections[sectionIndex];
}

function socketFor(client: ApiClient): Client {
  const socket = webSocket({ cookie: client.cookie!, origin: server.url });
  return socket;
}

describe('sending edits', () => {
  it('an acknowledged edit is in the stored state, and in every read view', async () => {
    const nurse = team.members.NURSE.client;
    const sectionId = team.sectionIds[0];
    const { applySectionUpdate } = await nurse.ok(APPLY, { i: { sectionId, update: paragraphUpdate('Sepsis screening rose for Black patients.'), clientId: 'nurse-1' } });
    expect(applySectionUpdate.version).toBe(1);
    const section = await views(team.members.OBSERVER.client, 0);
    expect(section).toMatchObject({ text: 'Sepsis screening rose for Black patients.', markdown: 'Sepsis screening rose for Black patients.', wordCount: 6, version: 1 });
    expect(section.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sectionSync gives a new client the whole document, and a caught-up client nothing new', async () => {
    const sectionId = team.sectionIds[0];
    const sync = (await team.members.PATIENT_REP.client.ok(LIVE_SYNC, { s: sectionId })).sectionSync;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(sync.update, 'base64'));
    expect(doc.getXmlFragment('content').toString()).toContain('Sepsis screening rose');
    const again = (
      await team.members.PATIENT_REP.client.ok(LIVE_SYNC, {
        s: sectionId,
        v: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
      })
    ).sectionSync;
    const { structs } = Y.decodeUpdate(Buffer.from(again.update, 'base64'));
    expect(structs).toHaveLength(0);
  });

  it('a new client of an idle section not held in memory gets its stored snapshot as it stands: the same document, state vector and version as one built', async () => {
    const own = await createTeam(server); // a team of its own: later tests expect the shared team's sections unwritten
    const sectionId = own.sectionIds[0];
    await own.members.NURSE.client.ok(APPLY, { i: { sectionId, update: paragraphUpdate('Interpreters joined every ward round.'), clientId: 'snapshot-sync' } });
    await compactSection(server.services, sectionId, 'test');
    const { store } = server.services.live;
    const sync = async (v?: string) => {
      store.forget(sectionId);
      const answer = (await own.members.OBSERVER.client.ok(LIVE_SYNC, { s: sectionId, v })).sectionSync;
      return { answer, held: !!store.cached(sectionId) };
    };
    // Nothing logged after the snapshot: answered from it, the document not built.
    const fromSnapshot = await sync();
    expect(fromSnapshot.held).toBe(false);
    const emptyVector = await sync(Buffer.from(Y.encodeStateVector(new Y.Doc())).toString('base64'));
    expect(emptyVector.held).toBe(false);
    expect(emptyVector.answer).toEqual(fromSnapshot.answer);
    // Built, as when a client holds something: the same document, vector and version.
    const built = await store.current(server.orm.em.fork(), sectionId);
    expect(fromSnapshot.answer.version).toBe(built.version);
    expect(fromSnapshot.answer.stateVector).toBe(Buffer.from(Y.encodeStateVector(built.doc)).toString('base64'));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(fromSnapshot.answer.update, 'base64'));
    expect(doc.getXmlFragment('content').toString()).toBe(built.doc.getXmlFragment('content').toString());
    expect(doc.getXmlFragment('content').toString()).toContain('Interpreters joined every ward round.');

    // An edit after the snapshot: built from the snapshot and the log, so the edit is in the answer.
    await own.members.NURSE.client.ok(APPLY, { i: { sectionId, update: paragraphUpdate('And at every discharge.', doc), clientId: 'snapshot-sync' } });
    const afterEdit = await sync();
    expect(afterEdit.held).toBe(true);
    const now = new Y.Doc();
    Y.applyUpdate(now, Buffer.from(afterEdit.answer.update, 'base64'));
    expect(now.getXmlFragment('content').toString()).toContain('And at every discharge.');
    expect(afterEdit.answer.version).toBe(fromSnapshot.answer.version + 1);
  });

  it('patient representatives and observers cannot edit (FORBIDDEN); a non-member gets NOT_FOUND', async () => {
    const sectionId = team.sectionIds[0];
    const input = { sectionId, update: paragraphUpdate('Not allowed'), clientId: 'x' };
    expect(codeOf(await team.members.PATIENT_REP.client.request(APPLY, { i: input }))).toBe('FORBIDDEN');
    expect(codeOf(await team.members.OBSERVER.client.request(APPLY, { i: input }))).toBe('FORBIDDEN');
    expect(codeOf(await team.outsider.client.request(APPLY, { i: input }))).toBe('NOT_FOUND');
    expect((await views(team.members.LEAD.client, 0)).text).not.toContain('Not allowed');
  });

  it('a role change or a removal stops the next edit at once, though the editor was just typing', async () => {
    const changing = await createTeam(server);
    const sectionId = changing.sectionIds[0];
    const nurse = changing.members.NURSE;
    const edit = (text: string) => nurse.client.request(APPLY, { i: { sectionId, update: paragraphUpdate(text), clientId: 'nurse' } });
    expect(codeOf(await edit('Typing'))).toBe('OK');
    await changing.members.LEAD.client.ok(CHANGE_ROLE, {
      i: { membershipId: nurse.membershipId, role: 'OBSERVER' },
    });
    expect(codeOf(await edit('Now an observer'))).toBe('FORBIDDEN');
    await changing.members.LEAD.client.ok(REMOVE_MEMBER, { i: { membershipId: nurse.membershipId } });
    expect(codeOf(await edit('Now gone'))).toBe('NOT_FOUND');
    const text = (await changing.members.LEAD.client.ok(VIEWS, { id: changing.entryId })).entry.sections[0].text;
    expect(text).toContain('Typing');
    expect(text).not.toMatch(/Now an observer|Now gone/);
  });
});

describe('bad updates change nothing', () => {
  const cases: [string, () => string, RegExp][] = [
    ['garbage base64', () => 'not base64 at all!', /base64/],
    ['base64 that is no Yjs update', () => Buffer.from('hello, this is not yjs').toString('base64'), /not a Yjs update|does not apply|bytes after/],
    ['an oversized update', () => paragraphUpdate('x'.repeat(30_000)), /limit/],
    [
      'an update that writes outside the content fragment',
      () => {
        const doc = new Y.Doc();
        doc.getMap('secrets').set('a', 1);
        return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
      },
      /only the section's "content"/,
    ],
    [
      'an update that depends on edits the server lacks',
      () => {
        const doc = new Y.Doc();
        const p = new Y.XmlElement('paragraph');
        doc.getXmlFragment('content').insert(0, [p]);
        const before = Y.encodeStateVector(doc);
        p.insert(0, [new Y.XmlText('orphan')]);
        return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
      },
      /sync/,
    ],
  ];

  it.each(cases)('refuses %s with BAD_USER_INPUT on input.update', async (_, make, message) => {
    const sectionId = team.sectionIds[0];
    const before = await views(team.members.LEAD.client, 0);
    const logged = await server.orm.em.fork().count(SectionUpdate, { section: sectionId });
    const result = await team.members.MEDIC.client.request(APPLY, { i: { sectionId, update: make(), clientId: 'bad' } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('input.update');
    expect(result.errors![0].message).toMatch(message);
    expect(await views(team.members.LEAD.client, 0)).toEqual(before);
    expect(await server.orm.em.fork().count(SectionUpdate, { section: sectionId })).toBe(logged);
    // and the section still takes good edits afterwards
    expect(codeOf(await team.members.MEDIC.client.request(APPLY, { i: { sectionId: team.sectionIds[4], update: paragraphUpdate('fine'), clientId: 'good' } }))).toBe('OK');
  });

  it('among edits sent all at once (committed together), a bad one is refused alone', async () => {
    const sectionId = team.sectionIds[0];
    const bad = (() => {
      const doc = new Y.Doc();
      doc.getMap('secrets').set('a', 1);
      return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
    })();
    const updates = Array.from({ length: 12 }, (_, i) => (i === 6 ? bad : paragraphUpdate(`batch ${i}`)));
    const results = await Promise.all(updates.map((update, i) => team.members.ANALYST.client.request(APPLY, { i: { sectionId, update, clientId: `batch-${i}` } })));
    expect(results.map(codeOf)).toEqual(updates.map((_, i) => (i === 6 ? 'BAD_USER_INPUT' : 'OK')));
    const versions = results.filter((r) => !r.errors).map((r) => r.data!.applySectionUpdate.version);
    expect(new Set(versions).size).toBe(11);
    const text = (await views(team.members.LEAD.client, 0)).text;
    for (let i = 0; i < 12; i++) if (i !== 6) expect(text).toContain(`batch ${i}`);
  });

  it('a section of an entry one is not in is NOT_FOUND, and stays unchanged', async () => {
    const other = await createTeam(server);
    const result = await team.members.LEAD.client.request(APPLY, { i: { sectionId: other.sectionIds[0], update: paragraphUpdate('intrusion'), clientId: 'x' } });
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect((await other.members.LEAD.client.ok(VIEWS, { id: other.entryId })).entry.sections[0].version).toBe(0);
  });

  it('a submitted entry is frozen: edits get CONFLICT', async () => {
    const frozen = await createTeam(server);
    await server.orm.em.fork().nativeUpdate(Entry, { id: frozen.entryId }, { state: EntryState.SUBMITTED });
    const result = await frozen.members.LEAD.client.request(APPLY, { i: { sectionId: frozen.sectionIds[0], update: paragraphUpdate('late'), clientId: 'x' } });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0].message).toMatch(/submitted/);
  });

  it('a submit that lands after the permission check still stops the write: the log itself refuses it', async () => {
    const racing = await createTeam(server);
    const sectionId = racing.sectionIds[0];
    const { log, store } = server.services.live;
    await racing.members.LEAD.client.request(APPLY, { i: { sectionId, update: paragraphUpdate('before'), clientId: 'x' } });
    const versionBefore = (await store.current(server.orm.em.fork(), sectionId)).version;
    await server.orm.em.fork().nativeUpdate(Entry, { id: racing.entryId }, { state: EntryState.SUBMITTED });
    const late = Buffer.from(paragraphUpdate('too late'), 'base64');
    // Straight to the log, as an update already past its permission check would go (the cached document is warm: the fast path).
    await expect(log.append(sectionId, late, { clientId: 'x', authorId: racing.members.LEAD.user.id })).rejects.toMatchObject({ code: 'CONFLICT' }); // a DomainError, mapped to GraphQL at the boundary
    const logged = await server.orm.em.fork().count(SectionUpdate, { section: sectionId });
    expect(logged).toBe(versionBefore);
    expect((await store.current(server.orm.em.fork(), sectionId)).version).toBe(versionBefore);
    expect((await racing.members.LEAD.client.ok(VIEWS, { id: racing.entryId })).entry.sections[0].text).not.toContain('too late');
  });
});

describe('tools that write Markdown', () => {
  it('replaceSectionContent writes at the current version and refuses a stale baseVersion with CONFLICT', async () => {
    const lead = team.members.LEAD.client;
    const sectionId = team.sectionIds[1];
    const written = (await lead.ok(CONTENT_SCHEMA_REPLACE, { i: { sectionId, markdown: '## Goals\n\n- Screen **every** patient\n- Audit monthly', baseVersion: 0 } })).replaceSectionContent.section;
    expect(written.markdown).toBe('## Goals\n\n- Screen **every** patient\n- Audit monthly');
    const stale = await lead.request(CONTENT_SCHEMA_REPLACE, { i: { sectionId, markdown: 'Overwrite', baseVersion: 0 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.currentVersion).toBe(written.version);
    expect((await views(lead, 1)).markdown).toBe(written.markdown);
  });

  it('two replaces from the same version at the same time: one is written, the other gets CONFLICT, nothing is lost silently', async () => {
    const other = await createTeam(server);
    const sectionId = other.sectionIds[0];
    const lead = other.members.LEAD.client;
    const manager = other.members.MANAGER.client;
    for (let round = 0; round < 5; round++) {
      const { version } = (await lead.ok(VIEWS, { id: other.entryId })).entry.sections[0];
      const texts = [`Lead's round ${round}.\n\nA second paragraph.`, `Manager's round ${round}.\n\nSomething else.\n\nAnd a third.`];
      const results = await Promise.all([lead, manager].map((client, i) => client.request(CONTENT_SCHEMA_REPLACE, { i: { sectionId, markdown: texts[i], baseVersion: version } })));
      const written = results.filter((r) => !r.errors);
      expect(written).toHaveLength(1);
      const refused = results.find((r) => r.errors)!;
      expect(codeOf(refused)).toBe('CONFLICT');
      const now = (await lead.ok(VIEWS, { id: other.entryId })).entry.sections[0];
      expect(refused.errors![0].extensions!.currentVersion).toBe(now.version);
      expect(now.markdown).toBe(written[0].data!.replaceSectionContent.section.markdown);
      expect(texts).toContain(now.markdown);
    }
  });

  it('Markdown with a table or an image is refused (BAD_USER_INPUT), not garbled or dropped, and nothing is written', async () => {
    const sectionId = team.sectionIds[1];
    const lead = team.members.LEAD.client;
    const before = await views(lead, 1);
    const result = await lead.request(CONTENT_SCHEMA_REPLACE, { i: { sectionId, markdown: 'Results:\n\n| Group | 2022 |\n| --- | --- |\n| White | 79% |', baseVersion: before.version } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('input.markdown');
    expect(result.errors![0].message).toContain('a table');
    expect(await views(lead, 1)).toEqual(before);
  });

  it('a baseVersion the section has not reached yet gets CONFLICT, saying so', async () => {
    const sectionId = team.sectionIds[1];
    const lead = team.members.LEAD.client;
    const result = await lead.request(CONTENT_SCHEMA_REPLACE, { i: { sectionId, markdown: 'From the future.', baseVersion: 999 } });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0].message).toMatch(/^There is no version 999 yet; it is now at version \d+\./);
  });

  it('a replace merges with a concurrent live edit elsewhere in the section', async () => {
    const sectionId = team.sectionIds[3];
    const lead = team.members.LEAD.client;
    await lead.ok(CONTENT_SCHEMA_REPLACE, { i: { sectionId, markdown: 'First paragraph.\n\nSecond paragraph.', baseVersion: 0 } });
    const editor = new LiveEditor(server.url, sectionId, team.members.NURSE.client.cookie!, 'nurse');
    await editor.connect();
    const { version } = await views(lead, 3);
    const paragraphs = editor.doc.getXmlFragment('content').toArray() as Y.XmlElement[];
    (paragraphs[1].get(0) as Y.XmlText).insert(0, 'Live: ');
    await editor.flush();
    const stale = await lead.request(CONTENT_SCHEMA_REPLACE, { i: { sectionId, markdown: 'First paragraph, revised.\n\nSecond paragraph.', baseVersion: version } });
    expect(codeOf(stale)).toBe('CONFLICT'); // the live edit moved the version on
    const current = await views(lead, 3);
    await lead.ok(CONTENT_SCHEMA_REPLACE, { i: { sectionId, markdown: current.markdown.replace('First paragraph.', 'First paragraph, revised.'), baseVersion: current.version } });
    expect((await views(lead, 3)).markdown).toBe('First paragraph, revised.\n\nLive: Second paragraph.');
    editor.disconnect();
  });
});

describe('the live subscription', () => {
  it('an edit reaches every other member with the section open, readers included', async () => {
    const sectionId = team.sectionIds[2];
    const nurse = new LiveEditor(server.url, sectionId, team.members.NURSE.client.cookie!, 'nurse');
    const medic = new LiveEditor(server.url, sectionId, team.members.MEDIC.client.cookie!, 'medic');
    const patient = new LiveEditor(server.url, sectionId, team.members.PATIENT_REP.client.cookie!, 'patient');
    await Promise.all([nurse.connect(), medic.connect(), patient.connect()]);
    const p = new Y.XmlElement('paragraph');
    nurse.doc.getXmlFragment('content').push([p]);
    p.insert(0, [new Y.XmlText('Shared with the whole team.')]);
    await nurse.flush();
    await expect.poll(() => medic.doc.getXmlFragment('content').toString(), { timeout: 5000 }).toContain('Shared with the whole team.');
    await expect.poll(() => patient.doc.getXmlFragment('content').toString(), { timeout: 5000 }).toContain('Shared with the whole team.');
    for (const e of [nurse, medic, patient]) e.disconnect();
  });

  it('an edit is relayed to the others while it is committed; its sender is answered, and sectionUpdated hears it, only once committed', async () => {
    const relaying = await createTeam(server);
    const sectionId = relaying.sectionIds[0];
    const [nurse, medic] = [socketFor(relaying.members.NURSE.client), socketFor(relaying.members.MEDIC.client)];
    const send = (text: string) => run(nurse, APPLY, { i: { sectionId, update: paragraphUpdate(text), clientId: 'nurse-1' } });
    listen(nurse, LIVE_SECTION_RELAY, { s: sectionId }); // as her editor does: it keeps her connection open (a new one would read her session)
    expect((await send('Warm: the section is held and access read.')).data?.applySectionUpdate.version).toBe(1);
    const relayed = listen(medic, LIVE_SECTION_RELAY, { s: sectionId });
    const committed = listen(medic, LIVE_SECTION_UPDATED, { s: sectionId });
    await subscribed(medic);

    // Hold the commit: the section's row locked (on the embedded database, its one connection taken).
    const holder = server.orm.em.fork();
    await holder.begin();
    let answered = false;
    try {
      await holder.execute('select version from section_documents where section_id = ? for update', [sectionId]);
      const sent = send('Interpreters were booked for every appointment.').then((result) => ((answered = true), result));
      await expect.poll(() => relayed.results.length, { timeout: 5000 }).toBe(1);
      const event = relayed.results[0].data!.sectionRelay;
      expect(event).toMatchObject({ kind: 'EDIT', clientId: 'nurse-1', authorId: relaying.members.NURSE.user.id });
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Buffer.from(event.update!, 'base64'));
      expect(toPlainText(doc)).toBe('Interpreters were booked for every appointment.');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(answered).toBe(false);
      expect(committed.results).toHaveLength(0);
      await holder.rollback();
      expect((await sent).data?.applySectionUpdate.version).toBe(2);
      await expect.poll(() => committed.results.map((r) => r.data?.sectionUpdated.version), { timeout: 5000 }).toEqual([2]);
      expect(relayed.results).toHaveLength(1); // relayed once, not again on its commit
    } finally {
      if (holder.isInTransaction()) await holder.rollback();
      await Promise.all([nurse.dispose(), medic.dispose()]);
    }
  });

  it('relayed edits whose commit fails are withdrawn, once however many fail together: subscribers hear WITHDRAWN, and the text stays as committed', async () => {
    const racing = await createTeam(server);
    const sectionId = racing.sectionIds[0];
    const { log, store } = server.services.live;
    await racing.members.LEAD.client.ok(APPLY, { i: { sectionId, update: paragraphUpdate('Committed.'), clientId: 'lead' } });
    const medic = socketFor(racing.members.MEDIC.client);
    const relayed = listen(medic, LIVE_SECTION_RELAY, { s: sectionId });
    await subscribed(medic);
    // Submitted after the permission check: the edit is relayed, then the log refuses it (the fast path's statement, then the slow way).
    await server.orm.em.fork().nativeUpdate(Entry, { id: racing.entryId }, { state: EntryState.SUBMITTED });
    // Two at once, relayed together: one failure, so one withdrawal.
    const doc = new Y.Doc();
    const late = ['Relayed, never committed.', 'Nor this.'].map((text) => Buffer.from(paragraphUpdate(text, doc), 'base64'));
    const appends = late.map((update) => log.append(sectionId, update, { clientId: 'lead', authorId: racing.members.LEAD.user.id }));
    for (const append of appends) await expect(append).rejects.toMatchObject({ code: 'CONFLICT' });
    const kinds = () => relayed.results.map((r) => r.data?.sectionRelay.kind);
    await expect.poll(() => kinds().at(-1), { timeout: 5000 }).toBe('WITHDRAWN');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(kinds().filter((kind) => kind === 'WITHDRAWN')).toHaveLength(1);
    expect(kinds().at(-1)).toBe('WITHDRAWN');
    expect(relayed.results.at(-1)!.data!.sectionRelay).toMatchObject({ update: null, clientId: null, authorId: null });
    // What a client reads after the withdrawal is the committed text alone.
    expect(toPlainText((await store.current(server.orm.em.fork(), sectionId)).doc)).toBe('Committed.');
    await medic.dispose();
  });

  it('a non-member cannot subscribe (NOT_FOUND)', async () => {
    const socket = socketFor(team.outsider.client);
    const result = await iterate(socket, LIVE_SECTION_UPDATED, { s: team.sectionIds[0] }).next();
    expect(result.value!.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('revisions', () => {
  it('are saved as edits accumulate, with their authors, and compact the log', async () => {
    const sectionId = team.sectionIds[4];
    const nurse = team.members.NURSE.client;
    const doc = new Y.Doc();
    for (const word of ['one', 'two', 'three', 'four', 'five']) {
      await nurse.ok(APPLY, { i: { sectionId, update: paragraphUpdate(word, doc), clientId: 'nurse-r' } });
    }
    await expect.poll(async () => (await nurse.ok(LIVE_REVISIONS, { id: team.entryId })).entry.sections[4].revisions.totalCount, { timeout: 5000 }).toBeGreaterThan(0);
    const revision = (await nurse.ok(LIVE_REVISIONS, { id: team.entryId })).entry.sections[4].revisions.nodes[0];
    expect(revision.reason).toBe('edits');
    expect(revision.authors.map((a) => a.name)).toContain('Test NURSE');
    expect(await server.orm.em.fork().count(SectionUpdate, { section: sectionId })).toBeLessThan(4);
  });

  it('compacting while someone types loses nothing, and each revision is newer than the one before', async () => {
    const other = await createTeam(server);
    const sectionId = other.sectionIds[0];
    const nurse = other.members.NURSE.client;
    const doc = new Y.Doc();
    const words = Array.from({ length: 24 }, (_, i) => `word${i}`);
    // The edits go one after another, as an editor sends them; compactions start between them.
    const compactions: Promise<unknown>[] = [];
    for (const word of words) {
      await nurse.ok(APPLY, { i: { sectionId, update: paragraphUpdate(word, doc), clientId: 'nurse-c' } });
      compactions.push(compactSection(server.services, sectionId, 'edits'));
    }
    await Promise.all(compactions);
    const [row] = await server.orm.em.fork().execute<{ version: number; snapshot_version: number }[]>('select version, snapshot_version from section_documents where section_id = ?', [sectionId]);
    expect(row.snapshot_version).toBe(row.version);
    // Read from the database alone: the snapshot and what is left of the log.
    server.services.live.store.forget(sectionId);
    const read = (await other.members.OBSERVER.client.ok(VIEWS, { id: other.entryId })).entry.sections[0];
    expect(read.text.split(/\s+/)).toEqual(words);
    const revisions = await server.orm.em.fork().find(SectionRevision, { section: sectionId }, { orderBy: { createdAt: 'asc' } });
    const versions = revisions.map((r) => r.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b)); // each newer than the one before
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('an older copy folded in after a newer one changes nothing: no edit between them is lost', async () => {
    const other = await createTeam(server);
    const sectionId = other.sectionIds[0];
    const nurse = other.members.NURSE.client;
    const doc = new Y.Doc();
    const send = (word: string) => nurse.ok(APPLY, { i: { sectionId, update: paragraphUpdate(word, doc), clientId: 'nurse-o' } });
    for (const word of ['one', 'two', 'three']) await send(word);
    const older = await copySection(server.services, sectionId);
    for (const word of ['four', 'five']) await send(word);
    const newer = await copySection(server.services, sectionId);
    await foldIn(server.services, newer, 'edits'); // (or a background compaction did already)
    const snapshotVersion = async () =>
      (await server.orm.em.fork().execute<{ snapshot_version: number }[]>('select snapshot_version from section_documents where section_id = ?', [sectionId]))[0].snapshot_version;
    expect(await snapshotVersion()).toBe(newer.version);

    expect(await foldIn(server.services, older, 'edits')).toBeNull();
    expect(await snapshotVersion()).toBe(newer.version);
    server.services.live.store.forget(sectionId); // read from the database alone
    const read = (await other.members.OBSERVER.client.ok(VIEWS, { id: other.entryId })).entry.sections[0];
    expect(read.text.split(/\s+/)).toEqual(['one', 'two', 'three', 'four', 'five']);
  });

  it('a read of the log that a compaction overtakes is read again, not built with a hole in it', async () => {
    const other = await createTeam(server);
    const sectionId = other.sectionIds[0];
    const doc = new Y.Doc();
    for (const word of ['alpha', 'beta', 'gamma']) {
      await other.members.NURSE.client.ok(APPLY, { i: { sectionId, update: paragraphUpdate(word, doc), clientId: 'nurse-h' } });
    }
    // A store with nothing cached (another process), whose first statement a compaction follows.
    const store = new DocumentStore(server.orm);
    const em = server.orm.em.fork();
    const execute = em.execute.bind(em);
    let statements = 0;
    em.execute = (async (...args: Parameters<typeof execute>) => {
      const result = await execute(...args);
      if (++statements === 1) await compactSection(server.services, sectionId, 'edits');
      return result;
    }) as typeof em.execute;
    try {
      const live = await store.current(em, sectionId);
      expect(toPlainText(live.doc).split(/\s+/)).toEqual(['alpha', 'beta', 'gamma']);
      expect(statements).toBeGreaterThan(2); // it read again
    } finally {
      store.close();
    }
  });

  it('restoring a revision is a new edit: the text comes back and the history keeps both', async () => {
    const sectionId = team.sectionIds[4];
    const lead = team.members.LEAD.client;
    const before = (await lead.ok(RESTORABLE, { id: team.entryId })).entry.sections[4];
    const target = before.revisions.nodes.at(-1)!;
    await lead.ok(CONTENT_SCHEMA_REPLACE, { i: { sectionId, markdown: 'Something else entirely.', baseVersion: before.version } });
    await lead.ok(LIVE_RESTORE, { i: { revisionId: target.id } });
    const after = (await lead.ok(RESTORABLE, { id: team.entryId })).entry.sections[4];
    expect(after.markdown).toBe(target.markdown);
    expect(after.version).toBeGreaterThan(before.version + 1);
    expect(after.revisions.nodes.map((r) => r.markdown)).toContain('Something else entirely.');
  });
});

describe('presence', () => {
  it('members see who is in the entry and where; someone gone quiet disappears', async () => {
    const watcher = socketFor(team.members.OBSERVER.client);
    const events: LivePresenceUpdatedSubscription['presenceUpdated'][] = [];
    const stop = subscribe(watcher, PRESENCE_UPDATED, { e: team.entryId }, { next: ({ data }) => events.push(data!.presenceUpdated), error: () => undefined, complete: () => undefined });
    await new Promise((r) => setTimeout(r, 300));
    await team.members.NURSE.client.ok(UPDATE_PRESENCE, {
      i: { entryId: team.entryId, clientId: 'nurse-tab', sectionId: team.sectionIds[1], awareness: 'AQEBAnt9' },
    });
    await expect.poll(() => events.length, { timeout: 3000 }).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({ userName: 'Test NURSE', sectionId: team.sectionIds[1], left: false, awareness: 'AQEBAnt9' });
    const listed = (await team.members.MEDIC.client.ok(PRESENCE, { id: team.entryId })).entry.presence;
    expect(listed.map((p) => p.userName)).toContain('Test NURSE');
    await expect.poll(() => events.some((e) => e.left), { timeout: 8000, interval: 200 }).toBe(true);
    const after = (await team.members.MEDIC.client.ok(PRESENCE, { id: team.entryId })).entry.presence;
    expect(after).toEqual([]);
    stop();
  });

  it('a section of another entry is BAD_USER_INPUT; a non-member gets NOT_FOUND', async () => {
    const other = await createTeam(server);
    expect(codeOf(await team.members.NURSE.client.request(UPDATE_PRESENCE, { i: { entryId: team.entryId, clientId: 'x', sectionId: other.sectionIds[0] } }))).not.toBe('OK');
    expect(codeOf(await team.outsider.client.request(UPDATE_PRESENCE, { i: { entryId: team.entryId, clientId: 'x' } }))).toBe('NOT_FOUND');
  });
});
