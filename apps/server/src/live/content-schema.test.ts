import { contentProblem, docFromUpdate } from '@quorum/section-content';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { codeOf, type ApiClient, type GraphQLResponse } from '../test-support/api-client.js';
import { useTestTeam } from '../test-support/test-team.js';
import { iterate } from '../test-support/ws-client.js';
import { SectionUpdate } from './section-update.entity.js';
import { APPLY, CONTENT_SCHEMA_REPLACE, RESTORE, REVISIONS, SECTION, SYNC } from '../test-support/operations.js';

// Issue 10, finding 2: updates that put into a section what its editor cannot show (which
// blanked the web app for everyone) are refused with BAD_USER_INPUT and change nothing.

const MARKDOWN = '# Aims\n\nReduce **waits** for [everyone](https://example.org).\n\n- first\n- second\n\n```\ncode\n```';

const { server, team, webSocket } = useTestTeam();
let sectionId: string;

type Edit = (fragment: Y.XmlFragment) => void;

/** The section's state as the server has it (sectionSync from nothing). */
async function serverState(client: ApiClient, id = sectionId): Promise<Uint8Array> {
  return Buffer.from((await client.ok(SYNC, { s: id })).sectionSync.update, 'base64');
}

/** The base64 update that `edit` makes to the section as the server has it. */
async function crafted(edit: Edit, id = sectionId): Promise<string> {
  const doc = docFromUpdate(await serverState(team.members.LEAD.client, id));
  const before = Y.encodeStateVector(doc);
  edit(doc.getXmlFragment('content'));
  return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
}

async function sectionViews(index = 0) {
  return (await team.members.LEAD.client.ok(SECTION, { id: team.entryId })).entry.sections[index];
}

// Yjs' types say lists hold Y types; at run time any value goes in, which is what an attacker sends.
const insertAny = (type: Y.XmlFragment, index: number, values: unknown[]) => (type as unknown as Y.Array<unknown>).insert(index, values);
const first = (type: Y.XmlFragment, name: string) => type.toArray().find((c) => c instanceof Y.XmlElement && c.nodeName === name) as Y.XmlElement;
const paragraphText = (f: Y.XmlFragment) => first(f, 'paragraph').get(0) as Y.XmlText;

const cases: [string, Edit, RegExp][] = [
  ['a plain string in the content fragment', (f) => insertAny(f, 0, ['hello']), /plain string value cannot stand in the section's text/],
  ['a number in the content fragment', (f) => insertAny(f, 1, [42]), /plain number value/],
  ['an object in the content fragment', (f) => insertAny(f, 1, [{ evil: true }]), /plain object value/],
  ['a Y.Map in the content fragment', (f) => insertAny(f, 0, [new Y.Map()]), /Y\.Map/],
  ['a Y.Array in the content fragment', (f) => insertAny(f, 0, [new Y.Array()]), /Y\.Array/],
  ['an unknown node name', (f) => f.insert(0, [new Y.XmlElement('script')]), /no "script" element/],
  ['a paragraph with an unknown attribute', (f) => first(f, 'paragraph').setAttribute('onclick', 'alert(1)'), /"paragraph" has no attribute "onclick"/],
  ['a heading with level 9', (f) => first(f, 'heading').setAttribute('level', 9 as never), /"level" of a "heading" cannot be 9/],
  ['an unknown mark', (f) => paragraphText(f).format(0, 3, { blink: {} }), /no "blink" formatting/],
  ['a mark the code block does not allow', (f) => (first(f, 'codeBlock').get(0) as Y.XmlText).format(0, 2, { bold: {} }), /cannot be formatted as "bold"/],
  ['text at the top level', (f) => f.insert(0, [new Y.XmlText('loose')]), /Text cannot stand at the section's top level/],
  ['a heading inside a paragraph', (f) => first(f, 'paragraph').insert(0, [new Y.XmlElement('heading')]), /"heading" cannot stand inside a "paragraph"/],
  ['an embed inside text', (f) => paragraphText(f).insertEmbed(0, { image: 'x' }), /embedded object cannot stand inside text/],
  ['a new list with no item', (f) => f.insert(0, [new Y.XmlElement('bulletList')]), /"bulletList" does not hold what it must/],
  // Found by an outside review after the first fix: each broke reads, revisions or sign-offs for the whole team.
  ['3,000 blockquotes nested in one update', (f) => nestInto(f, 3000), /nest at most 32 deep/],
  ['a NUL in text', (f) => paragraphText(f).insert(0, 'a\u0000b'), /NUL/],
  ['a NUL in a code block language', (f) => first(f, 'codeBlock').setAttribute('language', 'a\u0000'), /"language" of a "codeBlock"/],
  ['a link that runs script', (f) => paragraphText(f).format(0, 3, { link: { href: 'javascript:alert(document.cookie)' } }), /"href" of "link"/],
];

/** `depth` blockquotes one inside the other at the top of `fragment`, a paragraph innermost (built outside in, as an editor would). */
function nestInto(fragment: Y.XmlFragment, depth: number): void {
  let current: Y.XmlFragment = fragment;
  for (let level = 0; level < depth; level++) {
    const inner = new Y.XmlElement('blockquote');
    current.insert(0, [inner]);
    current = inner;
  }
  const paragraph = new Y.XmlElement('paragraph');
  current.insert(0, [paragraph]);
  paragraph.insert(0, [new Y.XmlText('deep')]);
}

beforeAll(async () => {
  sectionId = team.sectionIds[0];
  await team.members.LEAD.client.ok(CONTENT_SCHEMA_REPLACE, { i: { sectionId, markdown: MARKDOWN, baseVersion: 0 } });
});

async function expectRefusedAndUnchanged(send: (update: string) => Promise<GraphQLResponse>, edit: Edit, message: RegExp) {
  const before = await sectionViews();
  const logged = await server.orm.em.fork().count(SectionUpdate, { section: sectionId });
  const result = await send(await crafted(edit));
  expect(codeOf(result)).toBe('BAD_USER_INPUT');
  expect(result.errors![0].extensions!.field).toBe('input.update');
  expect(result.errors![0].message).toMatch(message);
  expect(await sectionViews()).toEqual(before);
  expect(await server.orm.em.fork().count(SectionUpdate, { section: sectionId })).toBe(logged);
  expect(contentProblem(docFromUpdate(await serverState(team.members.LEAD.client)).getXmlFragment('content'))).toBeNull();
}

describe('updates the editor could not show are refused (HTTP)', () => {
  it.each(cases)('%s: BAD_USER_INPUT, content and version unchanged', async (_, edit, message) => {
    const medic = team.members.MEDIC.client;
    await expectRefusedAndUnchanged((update) => medic.request(APPLY, { i: { sectionId, update, clientId: 'crafted' } }), edit, message);
  });

  it('the section still takes ordinary edits afterwards, formatting and links included', async () => {
    const update = await crafted((f) => {
      paragraphText(f).insert(0, 'Now: ');
      paragraphText(f).format(0, 4, { bold: {}, link: { href: 'https://nhs.uk' } });
      first(f, 'heading').setAttribute('level', 2 as never);
    });
    const result = await team.members.MEDIC.client.request(APPLY, { i: { sectionId, update, clientId: 'honest' } });
    expect(codeOf(result)).toBe('OK');
    expect((await sectionViews()).markdown).toMatch(/^## Aims\n\n\[\*\*Now:\*\*\]\(https:\/\/nhs\.uk\) Reduce/);
  });
});

describe('over the WebSocket', () => {
  it.each(cases.slice(0, 3))('%s: BAD_USER_INPUT, content and version unchanged', async (_, edit, message) => {
    const socket = webSocket({ cookie: team.members.NURSE.client.cookie!, origin: server.url });
    const send = async (update: string) => (await iterate(socket, APPLY, { i: { sectionId, update, clientId: 'ws-crafted' } }).next()).value as GraphQLResponse;
    await expectRefusedAndUnchanged(send, edit, message);
  });
});

describe('content stored before updates were checked', () => {
  it('shows in the read views without what cannot show, and restoring a revision (or writing Markdown) repairs it', async () => {
    const id = team.sectionIds[2];
    const lead = team.members.LEAD.client;
    await lead.ok(CONTENT_SCHEMA_REPLACE, { i: { sectionId: id, markdown: 'Kept text.', baseVersion: 0 } });
    // As an older server logged it: straight into the section's log, past today's check.
    const bad = Buffer.from(
      await crafted((f) => {
        insertAny(f, 0, ['a plain string']);
        f.insert(0, [new Y.XmlText('root text')]);
      }, id),
      'base64',
    );
    const em = server.orm.em.fork();
    const [{ version }] = await em.execute<{ version: number }[]>('update section_documents set version = version + 1 where section_id = ? returning version', [id]);
    await em.execute('insert into section_updates (section_id, version, update, client_id, created_at) values (?, ?, ?, ?, now())', [id, version, bad, 'old-server']);
    expect(contentProblem(docFromUpdate(await serverState(lead, id)).getXmlFragment('content'))).toMatch(/Text cannot stand at the section's top level/);
    expect((await sectionViews(2)).markdown).toBe('Kept text.');

    const [revision] = (await lead.ok(REVISIONS, { id: team.entryId })).entry.sections[2].revisions.nodes;
    expect((await lead.ok(RESTORE, { i: { revisionId: revision.id } })).restoreSectionRevision.section.markdown).toBe('Kept text.');
    expect(contentProblem(docFromUpdate(await serverState(lead, id)).getXmlFragment('content'))).toBeNull();
  });
});
