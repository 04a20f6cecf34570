import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { codeOf } from '../test-support/api-client.js';
import { createTeam, type Team } from '../test-support/factories.js';
import type { CommentAnchorInput, ThreadState } from '../test-support/gql/graphql.js';
import { LiveEditor } from '../test-support/live-editor.js';
import { listenToEntry, sectionNow, type EventListener } from '../test-support/review.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { COMMENTS_ADD, COMMENTS_DELETE, COMMENTS_REOPEN, COMMENTS_REPLACE_CONTENT, COMMENTS_REPLY, COMMENTS_RESOLVE, EDIT, MARK, MEMBERS_UNREAD, NOTES, THREADS } from '../test-support/operations.js';

const TEXT = 'Our sepsis bundle started in 2023.\n\nScreening within an hour rose for Black patients from 41% to 78%.\n\nNext we will spread it.';

let server: TestServer;
const closers: (() => unknown)[] = [];

beforeAll(async () => {
  server = await startTestServer({ QUORUM_COMPACT_EVERY: '3' });
});
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  await server?.stop();
});

async function threads(team: Team, index: number, state?: ThreadState) {
  return (await team.members.OBSERVER.client.ok(THREADS, { id: team.entryId, state })).entry.sections[index];
}

async function write(team: Team, index: number, markdown: string) {
  const lead = team.members.LEAD.client;
  const { version } = await sectionNow(lead, team, index);
  await lead.ok(COMMENTS_REPLACE_CONTENT, { i: { sectionId: team.sectionIds[index], markdown, baseVersion: version } });
}

function editor(team: Team, role: keyof Team['members'], index: number) {
  const e = new LiveEditor(server.url, team.sectionIds[index], team.members[role].client.cookie!, role.toLowerCase());
  closers.push(() => e.disconnect());
  return e;
}

const paragraphText = (e: LiveEditor, i: number) => (e.doc.getXmlFragment('content').get(i) as Y.XmlElement).get(0) as Y.XmlText;

describe('comment threads', () => {
  it('anyone who may comment starts threads and replies; observers cannot (FORBIDDEN), outsiders get NOT_FOUND', async () => {
    const team = await createTeam(server);
    const sectionId = team.sectionIds[0];
    const opening = (await team.members.PATIENT_REP.client.ok(COMMENTS_ADD, { i: { sectionId, body: '  Could we say which languages the leaflet is in?  ' } })).addComment.comment;
    expect(opening).toMatchObject({ body: 'Could we say which languages the leaflet is in?', threadId: null, anchor: null });
    const reply = (await team.members.NURSE.client.ok(COMMENTS_REPLY, { i: { commentId: opening.id, body: 'Six, listed in the appendix.' } })).replyToComment.comment;
    const nested = (await team.members.MEDIC.client.ok(COMMENTS_REPLY, { i: { commentId: reply.id, body: 'Replies do not nest.' } })).replyToComment.comment;
    expect([reply.threadId, nested.threadId]).toEqual([opening.id, opening.id]);
    expect(codeOf(await team.members.OBSERVER.client.request(COMMENTS_ADD, { i: { sectionId, body: 'Hmm.' } }))).toBe('FORBIDDEN');
    expect(codeOf(await team.members.OBSERVER.client.request(COMMENTS_REPLY, { i: { commentId: opening.id, body: 'Hmm.' } }))).toBe('FORBIDDEN');
    expect(codeOf(await team.outsider.client.request(COMMENTS_ADD, { i: { sectionId, body: 'Hi.' } }))).toBe('NOT_FOUND');
    expect(codeOf(await team.outsider.client.request(COMMENTS_REPLY, { i: { commentId: opening.id, body: 'Hi.' } }))).toBe('NOT_FOUND');
    expect(codeOf(await team.members.NURSE.client.request(COMMENTS_ADD, { i: { sectionId, body: '' } }))).toBe('BAD_USER_INPUT');
    const section = await threads(team, 0);
    expect(section.comments.totalCount).toBe(1);
    expect(section.comments.nodes[0]).toMatchObject({
      id: opening.id,
      replyCount: 2,
      author: { name: 'Test PATIENT_REP' },
      replies: [{ id: reply.id, body: 'Six, listed in the appendix.' }, { id: nested.id }],
    });
  });

  it('an author edits and deletes only their own comments; a deleted one stays as a tombstone and keeps its replies', async () => {
    const team = await createTeam(server);
    const nurse = team.members.NURSE.client;
    const opening = (await nurse.ok(COMMENTS_ADD, { i: { sectionId: team.sectionIds[1], body: 'Figures need a source.' } })).addComment.comment;
    await team.members.ANALYST.client.ok(COMMENTS_REPLY, { i: { commentId: opening.id, body: 'Added: ED audit 2024.' } });
    expect(codeOf(await team.members.LEAD.client.request(EDIT, { i: { commentId: opening.id, body: 'Mine now.' } }))).toBe('FORBIDDEN');
    expect(codeOf(await team.members.LEAD.client.request(COMMENTS_DELETE, { i: { commentId: opening.id } }))).toBe('FORBIDDEN');
    const edited = (await nurse.ok(EDIT, { i: { commentId: opening.id, body: 'Figures need a cited source.' } })).editComment.comment;
    expect(edited.body).toBe('Figures need a cited source.');
    expect(edited.editedAt).not.toBeNull();
    expect((await nurse.ok(COMMENTS_DELETE, { i: { commentId: opening.id } })).deleteComment.comment).toEqual({ id: opening.id, body: '', deleted: true });
    expect(codeOf(await nurse.request(EDIT, { i: { commentId: opening.id, body: 'Back.' } }))).toBe('BAD_USER_INPUT');
    const [thread] = (await threads(team, 1)).comments.nodes;
    expect(thread).toMatchObject({ id: opening.id, deleted: true, body: '', replyCount: 1, replies: [{ body: 'Added: ED audit 2024.', deleted: false }] });
  });

  it('threads are resolved and reopened by their author or by those who write the text; patient reps resolve only their own', async () => {
    const team = await createTeam(server);
    const rep = team.members.PATIENT_REP.client;
    const byNurse = (await team.members.NURSE.client.ok(COMMENTS_ADD, { i: { sectionId: team.sectionIds[4], body: 'Name the community groups.' } })).addComment.comment;
    const byRep = (await rep.ok(COMMENTS_ADD, { i: { sectionId: team.sectionIds[4], body: 'Add my quote?' } })).addComment.comment;
    const reply = (await rep.ok(COMMENTS_REPLY, { i: { commentId: byNurse.id, body: 'The mosque and the gurdwara.' } })).replyToComment.comment;
    expect(codeOf(await rep.request(COMMENTS_RESOLVE, { i: { commentId: byNurse.id } }))).toBe('FORBIDDEN');
    expect((await rep.ok(COMMENTS_RESOLVE, { i: { commentId: byRep.id } })).resolveComment.comment).toMatchObject({ resolved: true, resolvedBy: { id: team.members.PATIENT_REP.user.id } });
    const viaReply = (await team.members.ANALYST.client.ok(COMMENTS_RESOLVE, { i: { commentId: reply.id } })).resolveComment.comment;
    expect(viaReply).toMatchObject({ id: byNurse.id, resolved: true });
    expect((await team.members.ANALYST.client.ok(COMMENTS_RESOLVE, { i: { commentId: byNurse.id } })).resolveComment.comment.resolved).toBe(true); // again: no change
    expect((await threads(team, 4, 'OPEN')).comments.totalCount).toBe(0);
    expect((await team.members.NURSE.client.ok(COMMENTS_REOPEN, { i: { commentId: byNurse.id } })).reopenComment.comment).toMatchObject({ resolved: false, resolvedBy: null });
    expect((await threads(team, 4, 'OPEN')).comments.nodes.map((c) => c.id)).toEqual([byNurse.id]);
    expect((await threads(team, 4, 'RESOLVED')).comments.nodes.map((c) => c.id)).toEqual([byRep.id]);
    expect(codeOf(await team.members.OBSERVER.client.request(COMMENTS_REOPEN, { i: { commentId: byRep.id } }))).toBe('FORBIDDEN');
  });
});

describe('mentions and notifications', () => {
  it('a mentioned member is notified once; non-members cannot be mentioned; replies tell the thread’s participants', async () => {
    const team = await createTeam(server);
    const medic = team.members.MEDIC;
    const bad = await team.members.NURSE.client.request(COMMENTS_ADD, { i: { sectionId: team.sectionIds[1], body: '@Outsider?', mentionedUserIds: [team.outsider.user.id] } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('input.mentionedUserIds');
    const opening = (
      await team.members.NURSE.client.ok(COMMENTS_ADD, { i: { sectionId: team.sectionIds[1], body: '@Test MEDIC can you check this?', mentionedUserIds: [medic.user.id, medic.user.id] } })
    ).addComment.comment;
    const mine = (await medic.client.ok(NOTES)).me!;
    expect(mine.unreadNotificationCount).toBe(1);
    expect(mine.notifications.nodes[0]).toMatchObject({
      kind: 'MENTION',
      commentId: opening.id,
      sectionId: team.sectionIds[1],
      entryId: team.entryId,
      actor: { id: team.members.NURSE.user.id },
      read: false,
    });
    expect(mine.notifications.nodes[0].message).toMatch(/Test NURSE mentioned you in a comment on “Impact on patient safety”/);
    await medic.client.ok(COMMENTS_REPLY, { i: { commentId: opening.id, body: 'Checked.' } });
    await team.members.ANALYST.client.ok(COMMENTS_REPLY, { i: { commentId: opening.id, body: '@Test MEDIC see the new table.', mentionedUserIds: [medic.user.id] } });
    expect((await team.members.NURSE.client.ok(NOTES)).me!.notifications.nodes.map((n) => n.kind)).toEqual(['REPLY', 'REPLY']);
    expect((await medic.client.ok(NOTES)).me!.notifications.nodes.map((n) => n.kind)).toEqual(['MENTION', 'MENTION']); // a mention, not also a reply
    const edited = await team.members.NURSE.client.ok(EDIT, {
      i: { commentId: opening.id, body: '@Test MEDIC @Test ANALYST check this?', mentionedUserIds: [medic.user.id, team.members.ANALYST.user.id] },
    });
    expect(edited.editComment.comment.mentions).toHaveLength(2);
    expect((await medic.client.ok(NOTES)).me!.unreadNotificationCount).toBe(2); // only newly mentioned people are told
    expect((await team.members.ANALYST.client.ok(NOTES)).me!.notifications.nodes[0].kind).toBe('MENTION');
  });

  it('are marked read by id or all at once, and are nobody else’s to read or mark', async () => {
    const team = await createTeam(server);
    const medic = team.members.MEDIC;
    for (const body of ['One', 'Two', 'Three']) await team.members.NURSE.client.ok(COMMENTS_ADD, { i: { sectionId: team.sectionIds[0], body, mentionedUserIds: [medic.user.id] } });
    const { nodes } = (await medic.client.ok(NOTES)).me!.notifications;
    expect((await team.members.NURSE.client.ok(MARK, { i: { notificationIds: [nodes[0].id] } })).markNotificationsRead).toEqual({ marked: 0, unreadCount: 0 });
    expect((await medic.client.ok(MARK, { i: { notificationIds: [nodes[0].id] } })).markNotificationsRead).toEqual({ marked: 1, unreadCount: 2 });
    expect((await medic.client.ok(NOTES, { unread: true })).me!.notifications.totalCount).toBe(2);
    expect((await medic.client.ok(MARK, { i: { all: true } })).markNotificationsRead).toEqual({ marked: 2, unreadCount: 0 });
    expect(codeOf(await medic.client.request(MARK, { i: {} }))).toBe('BAD_USER_INPUT');
    const others = await team.members.NURSE.client.request(MEMBERS_UNREAD, { id: team.entryId });
    expect(codeOf(others)).toBe('FORBIDDEN');
  });
});

describe('comments on a quoted passage', () => {
  it('anchor a quote, and follow concurrent live edits around and inside it', async () => {
    const team = await createTeam(server);
    await write(team, 1, TEXT);
    const comment = (await team.members.PATIENT_REP.client.ok(COMMENTS_ADD, { i: { sectionId: team.sectionIds[1], body: 'Which groups?', anchor: { quote: 'rose for Black patients' } } })).addComment
      .comment;
    expect(comment.anchor).toMatchObject({ quote: 'rose for Black patients', currentText: 'rose for Black patients', deleted: false, changed: false, from: TEXT.indexOf('rose for') });

    const nurse = editor(team, 'NURSE', 1);
    const medic = editor(team, 'MEDIC', 1);
    await Promise.all([nurse.connect(), medic.connect()]);
    // Around the passage, in one editor; inside it, in the other, at the same time.
    const n = paragraphText(nurse, 1);
    n.insert(0, 'Since the pilot, ');
    n.insert(n.toString().indexOf(' from 41%'), ' (audited monthly)');
    const m = paragraphText(medic, 1);
    m.insert(m.toString().indexOf('for Black'), 'sharply ');
    m.insert(m.toString().indexOf(' patients'), ' and South Asian');
    await Promise.all([nurse.flush(), medic.flush()]);

    const expected = 'Since the pilot, Screening within an hour rose sharply for Black and South Asian patients (audited monthly) from 41% to 78%.';
    await expect.poll(async () => (await threads(team, 1)).text.split('\n\n')[1], { timeout: 5000 }).toBe(expected);
    await expect.poll(() => nurse.doc.getXmlFragment('content').toString(), { timeout: 5000 }).toBe(medic.doc.getXmlFragment('content').toString());
    const section = await threads(team, 1);
    expect(section.comments.nodes[0].anchor).toEqual({
      quote: 'rose for Black patients',
      currentText: 'rose sharply for Black and South Asian patients',
      deleted: false,
      changed: true,
      from: section.text.indexOf('rose sharply'),
      to: section.text.indexOf(' (audited'),
    });
  });

  it('say so when the passage or its paragraph is deleted, and keep the original quote', async () => {
    const team = await createTeam(server);
    await write(team, 2, TEXT);
    const add = (quote: string) => team.members.NURSE.client.ok(COMMENTS_ADD, { i: { sectionId: team.sectionIds[2], body: 'Hmm.', anchor: { quote } } });
    const onWords = (await add('within an hour')).addComment.comment.id;
    const onParagraph = (await add('spread it')).addComment.comment.id;
    const medic = editor(team, 'MEDIC', 2);
    await medic.connect();
    const m = paragraphText(medic, 1);
    m.delete(m.toString().indexOf('within an hour '), 'within an hour '.length);
    medic.doc.getXmlFragment('content').delete(2, 1);
    await medic.flush();
    const anchors = Object.fromEntries((await threads(team, 2)).comments.nodes.map((c) => [c.id, c.anchor]));
    expect(anchors[onWords]).toEqual({ quote: 'within an hour', currentText: '', deleted: true, changed: true, from: null, to: null });
    expect(anchors[onParagraph]).toMatchObject({ quote: 'spread it', deleted: true });
  });

  it('take Yjs relative positions from an editor, and refuse passages the section does not hold (BAD_USER_INPUT)', async () => {
    const team = await createTeam(server);
    await write(team, 3, TEXT);
    const medic = editor(team, 'MEDIC', 3);
    await medic.connect();
    const text = paragraphText(medic, 0);
    const from = text.toString().indexOf('sepsis bundle');
    const encode = (pos: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(pos)).toString('base64');
    const anchor = { start: encode(Y.createRelativePositionFromTypeIndex(text, from, 0)), end: encode(Y.createRelativePositionFromTypeIndex(text, from + 'sepsis bundle'.length, -1)) };
    const made = (await team.members.MEDIC.client.ok(COMMENTS_ADD, { i: { sectionId: team.sectionIds[3], body: 'Define it.', anchor } })).addComment.comment;
    expect(made.anchor).toMatchObject({ quote: 'sepsis bundle', currentText: 'sepsis bundle', ...anchor });

    const refuse = async (a: CommentAnchorInput) => {
      const result = await team.members.MEDIC.client.request(COMMENTS_ADD, { i: { sectionId: team.sectionIds[3], body: 'x', anchor: a } });
      return [codeOf(result), result.errors?.[0]?.extensions?.field];
    };
    expect(await refuse({ quote: 'not in the text' })).toEqual(['BAD_USER_INPUT', 'input.anchor.quote']);
    expect(await refuse({ quote: 'sepsis', occurrence: 1 })).toEqual(['BAD_USER_INPUT', 'input.anchor.quote']);
    expect(await refuse({})).toEqual(['BAD_USER_INPUT', 'input.anchor']);
    expect(await refuse({ start: 'bm90IGEgcG9zaXRpb24=', end: 'bm90IGEgcG9zaXRpb24=' })).toEqual(['BAD_USER_INPUT', 'input.anchor']);
    // A position in text the server has not received yet.
    const unsent = new Y.Doc();
    const orphan = new Y.XmlText('offline');
    unsent.getXmlFragment('content').push([new Y.XmlElement('paragraph')]);
    (unsent.getXmlFragment('content').get(0) as Y.XmlElement).push([orphan]);
    const ahead = { start: encode(Y.createRelativePositionFromTypeIndex(orphan, 0)), end: encode(Y.createRelativePositionFromTypeIndex(orphan, 3, -1)) };
    expect(await refuse(ahead)).toEqual(['BAD_USER_INPUT', 'input.anchor']);
  });
});

describe('live comment events', () => {
  it('every comment change reaches the entry’s members through entryEvents', async () => {
    const team = await createTeam(server);
    const listener: EventListener = listenToEntry(server, team.members.OBSERVER.client, team.entryId);
    closers.push(() => listener.close());
    await listener.ready;
    const nurse = team.members.NURSE.client;
    const opening = (await nurse.ok(COMMENTS_ADD, { i: { sectionId: team.sectionIds[0], body: 'First.' } })).addComment.comment;
    const reply = (await team.members.MEDIC.client.ok(COMMENTS_REPLY, { i: { commentId: opening.id, body: 'Second.' } })).replyToComment.comment;
    await nurse.ok(EDIT, { i: { commentId: opening.id, body: 'First, edited.' } });
    await nurse.ok(COMMENTS_RESOLVE, { i: { commentId: opening.id } });
    await nurse.ok(COMMENTS_REOPEN, { i: { commentId: opening.id } });
    await team.members.MEDIC.client.ok(COMMENTS_DELETE, { i: { commentId: reply.id } });
    await expect.poll(() => listener.events.length, { timeout: 5000 }).toBe(6);
    expect(listener.events.map((e) => [e.kind, e.commentId, e.threadId])).toEqual([
      ['COMMENT_ADDED', opening.id, opening.id],
      ['COMMENT_REPLIED', reply.id, opening.id],
      ['COMMENT_EDITED', opening.id, opening.id],
      ['COMMENT_RESOLVED', opening.id, opening.id],
      ['COMMENT_REOPENED', opening.id, opening.id],
      ['COMMENT_DELETED', reply.id, opening.id],
    ]);
    expect(listener.events[0]).toMatchObject({ entryId: team.entryId, sectionId: team.sectionIds[0], actorId: team.members.NURSE.user.id });
  });
});
