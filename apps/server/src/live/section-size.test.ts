import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { configFromEnv } from '../config.js';
import { codeOf } from '../test-support/api-client.js';
import { useTestTeam } from '../test-support/test-team.js';
import { SectionUpdate } from './section-update.entity.js';
import { APPLY, COMMENTS_REPLACE_CONTENT, SECTION_SIZE_RESTORE, SIZE, SYNC } from '../test-support/operations.js';

const LIMIT = 20_000;
const { server, team } = useTestTeam({ QUORUM_MAX_SECTION_BYTES: String(LIMIT) });

const words = (count: number, word: string) => Array.from({ length: count }, (_, i) => `${word}${i}`).join(' ');

async function section(index: number) {
  return (await team.members.LEAD.client.ok(SIZE, { id: team.entryId })).entry.sections[index];
}

async function logged(sectionId: string) {
  return server.orm.em.fork().count(SectionUpdate, { section: sectionId });
}

/** An update from `doc` adding a paragraph of `text`. */
function paragraph(doc: Y.Doc, text: string): string {
  const before = Y.encodeStateVector(doc);
  const p = new Y.XmlElement('paragraph');
  doc.getXmlFragment('content').push([p]);
  p.insert(0, [new Y.XmlText(text)]);
  return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
}

describe('QUORUM_MAX_SECTION_BYTES', () => {
  it('is a whole number of bytes, 2 MB unless set', () => {
    expect(configFromEnv({}).maxSectionBytes).toBe(2 * 1024 * 1024);
    expect(() => configFromEnv({ QUORUM_MAX_SECTION_BYTES: '2mb' })).toThrow(/QUORUM_MAX_SECTION_BYTES must be a whole number of bytes/);
    expect(() => configFromEnv({ QUORUM_MAX_SECTION_BYTES: '' })).toThrow(/QUORUM_MAX_SECTION_BYTES/);
  });
});

describe('a section cannot grow past the limit', () => {
  it('an edit that would take the section over it is refused (BAD_USER_INPUT, saying so), nothing is written, and smaller edits still go in', async () => {
    const sectionId = team.sectionIds[0];
    const nurse = team.members.NURSE.client;
    const doc = new Y.Doc();
    for (let i = 0; i < 6; i++) await nurse.ok(APPLY, { i: { sectionId, update: paragraph(doc, words(400, `p${i}w`)), clientId: 'nurse' } });
    const before = await section(0);
    expect(before.contentBytesLimit).toBe(LIMIT);
    expect(before.contentBytes).toBeGreaterThan(LIMIT * 0.75);
    expect(before.contentBytes).toBeLessThan(LIMIT);
    // contentBytes is the size of the document a new editor downloads
    const sync = (await nurse.ok(SYNC, { s: sectionId })).sectionSync;
    expect(Buffer.from(sync.update, 'base64').length).toBe(before.contentBytes);
    const logBefore = await logged(sectionId);

    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const refused = await nurse.request(APPLY, { i: { sectionId, update: paragraph(copy, words(800, 'over')), clientId: 'nurse' } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions).toMatchObject({ field: 'input.update', contentBytes: before.contentBytes, contentBytesLimit: LIMIT });
    expect(refused.errors![0].message).toMatch(/^This edit would make the section larger than its limit of 20 KB \(it is \d+ KB now\), so it was not saved\./);
    expect(await section(0)).toEqual(before);
    expect(await logged(sectionId)).toBe(logBefore);

    // A few words more still fit.
    expect(codeOf(await nurse.request(APPLY, { i: { sectionId, update: paragraph(doc, 'A last sentence.'), clientId: 'nurse' } }))).toBe('OK');
    expect((await section(0)).markdown).toMatch(/A last sentence\.$/);
  });

  it('also after a restart: the size is counted from the stored snapshot and log, not from what one process saw', async () => {
    const sectionId = team.sectionIds[0];
    server.services.live.store.forget(sectionId); // as a process that has not opened the section yet
    const copy = new Y.Doc();
    const refused = await team.members.NURSE.client.request(APPLY, { i: { sectionId, update: paragraph(copy, words(1200, 'fresh')), clientId: 'other' } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.contentBytesLimit).toBe(LIMIT);
  });

  it('replaceSectionContent is refused on input.markdown, and writes nothing', async () => {
    const sectionId = team.sectionIds[1];
    const before = await section(1);
    const result = await team.members.LEAD.client.request(COMMENTS_REPLACE_CONTENT, { i: { sectionId, markdown: words(4000, 'big'), baseVersion: before.version } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('input.markdown');
    expect(await section(1)).toEqual(before);
  });

  it('restoreSectionRevision is refused on input.revisionId when the restored text would not fit (here: the limit was lowered since), and writes nothing', async () => {
    const sectionId = team.sectionIds[2];
    const lead = team.members.LEAD.client;
    await lead.ok(COMMENTS_REPLACE_CONTENT, { i: { sectionId, markdown: words(1500, 'first'), baseVersion: 0 } });
    const big = (await section(2)).revisions.nodes[0];
    // Replacing it with a shorter text fits, though the update that does it is long (it deletes too).
    await lead.ok(COMMENTS_REPLACE_CONTENT, { i: { sectionId, markdown: words(1000, 'second'), baseVersion: (await section(2)).version } });
    const before = await section(2);
    const { config } = server.services;
    config.maxSectionBytes = 12_000; // as an operator lowering QUORUM_MAX_SECTION_BYTES would
    try {
      const result = await lead.request(SECTION_SIZE_RESTORE, { i: { revisionId: big.id } });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions).toMatchObject({ field: 'input.revisionId', contentBytesLimit: 12_000 });
    } finally {
      config.maxSectionBytes = LIMIT;
    }
    const after = await section(2);
    expect({ ...after, revisions: undefined }).toEqual({ ...before, revisions: undefined });
  });
});
