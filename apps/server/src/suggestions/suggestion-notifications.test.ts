import type { editedDoc } from '@quorum/section-content';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { editorUpdate } from '../test-support/suggesting.js';
import { useTestServer } from '../test-support/test-team.js';
import { listen, subscribed } from '../test-support/ws-client.js';
import {
  ACCEPT_SUGGESTION,
  ACCEPT_SUGGESTIONS,
  APPLY,
  COMMENTS_ADD,
  COMMENTS_REPLY,
  NOTES,
  NOTIFICATION_ADDED,
  REJECT_SUGGESTION,
  REJECT_SUGGESTIONS,
  REMOVE_MEMBER,
  REPLACE,
  SUGGESTIONS,
  VIEWS,
} from '../test-support/operations.js';

/*
 * A suggestion's author is told when someone accepts, rejects or comments on it (issue 11):
 * once per batch, never the person who acted, in the same transaction as what caused it.
 * Each test has a team of its own, so that its people's notifications are its own to count.
 */

const { server, webSocket } = useTestServer();

type Change = Parameters<typeof editedDoc>[1];
type Role = keyof Team['members'];
const TEXT = 'Waits fell sharply.\n\nScans rose for every group.';

/** In "Waits fell sharply.": a paragraph starts at 0, its text at 1. */
const byHalf: Change = (s) => s.tr.insertText(' by half', 19);
// Not next to the insertion above: the library merges a deletion into a suggestion right after it.
const noWaits: Change = (s) => s.tr.delete(1, 7);
/** Before a word, wherever it now stands. */
const before =
  (word: string, words: string): Change =>
  (s) => {
    let at = 0;
    s.doc.descendants((node, pos) => {
      if (node.isText && node.text!.includes(word)) at = pos + node.text!.indexOf(word);
    });
    return s.tr.insertText(words, at);
  };

async function teamWithText(): Promise<Team> {
  const team = await createTeam(server);
  const { version } = (await team.members.LEAD.client.ok(VIEWS, { id: team.entryId })).entry.sections[0];
  await team.members.LEAD.client.ok(REPLACE, { i: { sectionId: team.sectionIds[0], markdown: TEXT, baseVersion: version } });
  return team;
}

async function suggest(team: Team, role: Role, change: Change) {
  const { client, user } = team.members[role];
  await client.ok(APPLY, { i: { sectionId: team.sectionIds[0], update: await editorUpdate(client, team.sectionIds[0], change, user.id), clientId: role } });
}

const pending = async (team: Team) => (await team.members.LEAD.client.ok(SUGGESTIONS, { id: team.sectionIds[0] })).section!.suggestions.nodes;
const notesOf = async (team: Team, role: Role) => (await team.members[role].client.ok(NOTES, {})).me!;
/** A person's notifications about suggestions, newest first. */
const aboutSuggestions = async (team: Team, role: Role) => (await notesOf(team, role)).notifications.nodes.filter((n) => n.kind.startsWith('SUGGESTION_'));

describe('the author of a suggestion is told', () => {
  it('when it is accepted: live, unread, with who and where; the person who accepted is told nothing', async () => {
    const team = await teamWithText();
    const rep = team.members.PATIENT_REP;
    const socket = webSocket({ cookie: rep.client.cookie!, origin: server.url });
    const live = listen(socket, NOTIFICATION_ADDED, {});
    await subscribed(socket);
    await suggest(team, 'PATIENT_REP', byHalf);
    const unreadBefore = (await notesOf(team, 'PATIENT_REP')).unreadNotificationCount;
    const [suggestion] = await pending(team);

    await team.members.LEAD.client.ok(ACCEPT_SUGGESTION, { i: { sectionId: team.sectionIds[0], suggestionId: suggestion.id } });
    const mine = await notesOf(team, 'PATIENT_REP');
    expect(mine.unreadNotificationCount).toBe(unreadBefore + 1);
    const [note] = mine.notifications.nodes;
    expect(note).toMatchObject({ kind: 'SUGGESTION_ACCEPTED', entryId: team.entryId, sectionId: team.sectionIds[0], commentId: null, actor: { id: team.members.LEAD.user.id }, read: false });
    expect(note.message).toMatch(/^Test LEAD accepted your suggestion in “.+”\.$/);
    await expect.poll(() => live.results.map((r) => r.data?.notificationAdded?.kind)).toEqual(['SUGGESTION_ACCEPTED']);
    expect(live.results[0].data?.notificationAdded).toMatchObject({ id: note.id, entryId: team.entryId, actor: { name: 'Test LEAD' } });
    expect(await aboutSuggestions(team, 'LEAD')).toEqual([]);
  });

  it('when it is rejected', async () => {
    const team = await teamWithText();
    await suggest(team, 'PATIENT_REP', noWaits);
    const [suggestion] = await pending(team);
    await team.members.NURSE.client.ok(REJECT_SUGGESTION, { i: { sectionId: team.sectionIds[0], suggestionId: suggestion.id } });
    const [note] = await aboutSuggestions(team, 'PATIENT_REP');
    expect(note).toMatchObject({ kind: 'SUGGESTION_REJECTED', sectionId: team.sectionIds[0], actor: { id: team.members.NURSE.user.id } });
    expect(note.message).toMatch(/^Test NURSE rejected your suggestion in “.+”\.$/);
    expect(await aboutSuggestions(team, 'NURSE')).toEqual([]);
  });

  it('once per author for accept all and reject all, saying how many of hers; not the one who acted, even for her own', async () => {
    const team = await teamWithText();
    await suggest(team, 'PATIENT_REP', byHalf);
    await suggest(team, 'PATIENT_REP', noWaits);
    await suggest(team, 'PATIENT_REP', before('every', 'nearly '));
    await suggest(team, 'MANAGER', before('Scans', 'CT '));
    await suggest(team, 'NURSE', before('rose', 'quickly '));
    expect(await pending(team)).toHaveLength(5);

    // The nurse accepts everything, her own suggestion among them.
    const accepted = await team.members.NURSE.client.ok(ACCEPT_SUGGESTIONS, { i: { sectionId: team.sectionIds[0] } });
    expect(accepted.acceptSuggestions.suggestionIds).toHaveLength(5);
    const rep = await aboutSuggestions(team, 'PATIENT_REP');
    expect(rep).toHaveLength(1);
    expect(rep[0]).toMatchObject({ kind: 'SUGGESTION_ACCEPTED', actor: { id: team.members.NURSE.user.id } });
    expect(rep[0].message).toMatch(/^Test NURSE accepted 3 of your suggestions in “.+”\.$/);
    const manager = await aboutSuggestions(team, 'MANAGER');
    expect(manager.map((n) => n.message)).toEqual([expect.stringMatching(/^Test NURSE accepted your suggestion in /)]);
    expect(await aboutSuggestions(team, 'NURSE')).toEqual([]);

    // One person's, rejected together: one more for her, none for anyone else.
    await suggest(team, 'PATIENT_REP', before('sharply', 'very '));
    await suggest(team, 'PATIENT_REP', before('group', 'age '));
    await suggest(team, 'MANAGER', before('for', 'then '));
    await team.members.LEAD.client.ok(REJECT_SUGGESTIONS, { i: { sectionId: team.sectionIds[0], authorId: team.members.PATIENT_REP.user.id } });
    const after = await aboutSuggestions(team, 'PATIENT_REP');
    expect(after).toHaveLength(2);
    expect(after[0]).toMatchObject({ kind: 'SUGGESTION_REJECTED', actor: { id: team.members.LEAD.user.id } });
    expect(after[0].message).toMatch(/^Test LEAD rejected 2 of your suggestions in /);
    expect(await aboutSuggestions(team, 'MANAGER')).toHaveLength(1);
  });

  it('when someone comments on it or replies in its thread (linked to the thread), but not when she wrote the comment', async () => {
    const team = await teamWithText();
    await suggest(team, 'PATIENT_REP', byHalf);
    const sectionId = team.sectionIds[0];

    // Her own comment on her suggestion tells nobody.
    const own = await team.members.PATIENT_REP.client.ok(COMMENTS_ADD, { i: { sectionId, body: 'Half is what the audit found.', anchor: { quote: 'by half' } } });
    const thread = own.addComment.comment.id;
    expect((await pending(team))[0].thread?.id).toBe(thread);
    expect(await aboutSuggestions(team, 'PATIENT_REP')).toEqual([]);

    // The lead replies in its thread: she hears of it once (as a comment on her suggestion, not also as a reply).
    const unread = (await notesOf(team, 'PATIENT_REP')).unreadNotificationCount;
    await team.members.LEAD.client.ok(COMMENTS_REPLY, { i: { commentId: thread, body: 'Which audit?' } });
    const mine = await notesOf(team, 'PATIENT_REP');
    expect(mine.unreadNotificationCount).toBe(unread + 1);
    expect(mine.notifications.nodes[0]).toMatchObject({ kind: 'SUGGESTION_COMMENTED', sectionId, commentId: thread, actor: { id: team.members.LEAD.user.id } });
    expect(mine.notifications.nodes[0].message).toMatch(/^Test LEAD commented on your suggestion in “.+”\.$/);

    // Her reply in it tells her nothing (the lead hears of a reply, as in any thread).
    await team.members.PATIENT_REP.client.ok(COMMENTS_REPLY, { i: { commentId: thread, body: 'The spring one.' } });
    expect(await aboutSuggestions(team, 'PATIENT_REP')).toHaveLength(1);
    expect((await notesOf(team, 'LEAD')).notifications.nodes[0]).toMatchObject({ kind: 'REPLY' });

    // A new thread someone else opens on another of hers: its opening comment is the thread linked.
    await suggest(team, 'PATIENT_REP', before('Scans', 'CT '));
    const opened = await team.members.MEDIC.client.ok(COMMENTS_ADD, { i: { sectionId, body: 'CT and MRI?', anchor: { quote: 'CT ' } } });
    const [latest] = await aboutSuggestions(team, 'PATIENT_REP');
    expect(latest).toMatchObject({ kind: 'SUGGESTION_COMMENTED', commentId: opened.addComment.comment.id, actor: { id: team.members.MEDIC.user.id } });

    // A comment on words nobody suggested tells her nothing.
    await team.members.MEDIC.client.ok(COMMENTS_ADD, { i: { sectionId, body: 'Which groups?', anchor: { quote: 'every group' } } });
    await team.members.MEDIC.client.ok(COMMENTS_ADD, { i: { sectionId, body: 'A general remark.' } });
    expect(await aboutSuggestions(team, 'PATIENT_REP')).toHaveLength(2);
  });

  it('only while she is a member of the entry', async () => {
    const team = await teamWithText();
    await suggest(team, 'PATIENT_REP', byHalf);
    await team.members.LEAD.client.ok(REMOVE_MEMBER, { i: { membershipId: team.members.PATIENT_REP.membershipId } });
    await team.members.LEAD.client.ok(ACCEPT_SUGGESTIONS, { i: { sectionId: team.sectionIds[0] } });
    expect(await aboutSuggestions(team, 'PATIENT_REP')).toEqual([]);
  });
});

describe('a refused change tells nobody', () => {
  it('FORBIDDEN, NOT_FOUND, CONFLICT and a bad comment write no notification', async () => {
    const team = await teamWithText();
    await suggest(team, 'PATIENT_REP', byHalf);
    const [read] = await pending(team);
    const sectionId = team.sectionIds[0];
    const notesBefore = await notesOf(team, 'PATIENT_REP');

    expect(codeOf(await team.members.OBSERVER.client.request(ACCEPT_SUGGESTION, { i: { sectionId, suggestionId: read.id } }))).toBe('FORBIDDEN');
    expect(codeOf(await team.members.OBSERVER.client.request(REJECT_SUGGESTIONS, { i: { sectionId } }))).toBe('FORBIDDEN');
    expect(codeOf(await team.members.LEAD.client.request(REJECT_SUGGESTION, { i: { sectionId: team.sectionIds[1], suggestionId: read.id } }))).toBe('NOT_FOUND');
    // She types on: the words the lead read are no longer hers to accept.
    await suggest(team, 'PATIENT_REP', (s) => s.tr.insertText(' again', 27));
    const stale = await team.members.LEAD.client.request(ACCEPT_SUGGESTION, { i: { sectionId, suggestionId: read.id, insertedText: read.insertedText, deletedText: read.deletedText } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(codeOf(await team.members.OBSERVER.client.request(COMMENTS_ADD, { i: { sectionId, body: 'Nice.', anchor: { quote: 'by half' } } }))).toBe('FORBIDDEN');
    expect(codeOf(await team.members.LEAD.client.request(COMMENTS_ADD, { i: { sectionId, body: '', anchor: { quote: 'by half' } } }))).toBe('BAD_USER_INPUT');

    expect(await notesOf(team, 'PATIENT_REP')).toEqual(notesBefore);
    expect((await pending(team)).map((s) => s.insertedText)).toEqual([' by half again']);
  });
});
