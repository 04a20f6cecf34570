import type { Role } from '@quorum/domain';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { createTeam, type Team } from '../test-support/factories.js';
import {
  ADD_COMMENT,
  APPLY,
  COMMENTS_REPLY,
  COMMENTS_RESOLVE,
  CREATE_API_TOKEN,
  MY_ACCOUNT_AT_ONCE,
  REPLACE,
  REQUEST_REVIEW,
  SET_WORD_LIMIT,
  WAITING_FOR_ME,
  WAITING_OF_MEMBER,
  WAITING_SECTION_COUNTS,
} from '../test-support/operations.js';
import { sectionNow, signOff } from '../test-support/review.js';
import { statementRecorder } from '../test-support/statements.js';
import { editorUpdate } from '../test-support/suggesting.js';
import { useTestTeam } from '../test-support/test-team.js';

const { onQuery, withStatements } = statementRecorder();
const { server, team } = useTestTeam({}, { onQuery });

async function write(t: Team, index: number, markdown: string) {
  const lead = t.members.LEAD.client;
  const { version } = await sectionNow(lead, t, index);
  await lead.ok(REPLACE, { i: { sectionId: t.sectionIds[index], markdown, baseVersion: version } });
}

async function waiting(t: Team, role: Role, entryId: string | undefined = t.entryId) {
  return (await t.members[role].client.ok(WAITING_FOR_ME, { entryId })).me!.waitingForMe;
}

/** What waits for `role`, as kind and section index (threads: their id), in the order given. */
async function kinds(t: Team, role: Role) {
  const { nodes } = await waiting(t, role);
  return nodes.map((n) => `${n.kind} ${t.sectionIds.indexOf(n.section.id)}`).sort();
}

describe('waiting for me: sign-offs', () => {
  it('lists, once the entry is in review, each section whose open slot my role can fill, until someone fills it; the review is the link', async () => {
    await write(team, 0, 'Sepsis screening lagged for Black patients.');
    expect(await kinds(team, 'MEDIC')).toEqual([]); // a draft asks nobody for sign-off
    await team.members.LEAD.client.ok(REQUEST_REVIEW, { i: { entryId: team.entryId } });
    // The template: sections 0, 1 and 4 have a clinician slot a medic or nurse fills; 2 and 3 a manager's; 3 and 4 a patient representative's.
    expect(await kinds(team, 'MEDIC')).toEqual(['SIGN_OFF_NEEDED 0', 'SIGN_OFF_NEEDED 1', 'SIGN_OFF_NEEDED 4']);
    expect(await kinds(team, 'PATIENT_REP')).toEqual(['SIGN_OFF_NEEDED 3', 'SIGN_OFF_NEEDED 4']);
    expect(await kinds(team, 'OBSERVER')).toEqual([]);
    const [first] = (await waiting(team, 'MEDIC')).nodes.filter((n) => n.section.id === team.sectionIds[0]);
    expect(first).toMatchObject({
      id: `SIGN_OFF_NEEDED:${team.sectionIds[0]}`,
      path: `/entries/${team.entryId}/review/${team.sectionIds[0]}`,
      message: '“The need and the initiative” needs your sign-off as A clinician (medic or nurse).',
      entry: { id: team.entryId, title: 'A team entry' },
    });

    expect(codeOf(await signOff(team, 'NURSE', 0))).toBe('OK');
    // The nurse filled the clinician slot of section 0: it no longer waits for the medic either.
    expect(await kinds(team, 'NURSE')).toEqual(['SIGN_OFF_NEEDED 1', 'SIGN_OFF_NEEDED 4']);
    expect(await kinds(team, 'MEDIC')).toEqual(['SIGN_OFF_NEEDED 1', 'SIGN_OFF_NEEDED 4']);
  });

  it('says when an approval of mine went stale, linking to the section’s review, instead of asking afresh', async () => {
    await write(team, 0, 'Sepsis screening lagged for Black patients in 2023.');
    const nurse = (await waiting(team, 'NURSE')).nodes;
    const stale = nurse.find((n) => n.kind === 'APPROVAL_STALE');
    expect(stale).toMatchObject({
      id: `APPROVAL_STALE:${team.sectionIds[0]}`,
      path: `/entries/${team.entryId}/review/${team.sectionIds[0]}`,
      message: '“The need and the initiative” changed after you approved it: your approval no longer counts until you sign it off again.',
    });
    expect(nurse.filter((n) => n.section.id === team.sectionIds[0])).toHaveLength(1);
    // The slot is open again, so the medic is asked.
    expect(await kinds(team, 'MEDIC')).toContain('SIGN_OFF_NEEDED 0');
    expect(codeOf(await signOff(team, 'NURSE', 0))).toBe('OK');
    expect(await kinds(team, 'NURSE')).not.toContain('APPROVAL_STALE 0');
  });
});

describe('waiting for me: threads and word limits', () => {
  it('lists a thread that mentions me until I write in it, then one that awaits the other’s reply, until it is resolved', async () => {
    const medic = team.members.MEDIC;
    const nurse = team.members.NURSE;
    const thread = (await medic.client.ok(ADD_COMMENT, { input: { sectionId: team.sectionIds[2], body: '@Test NURSE can you check the rota?', mentionedUserIds: [nurse.user.id] } })).addComment.comment
      .id;
    const mention = (await waiting(team, 'NURSE')).nodes.find((n) => n.kind === 'MENTIONED');
    expect(mention).toMatchObject({
      id: `MENTIONED:${thread}`,
      message: 'Test MEDIC mentioned you in a comment on “Spreading the success”.',
      path: `/entries/${team.entryId}/sections/${team.sectionIds[2]}#thread-${thread}`,
    });
    expect((await waiting(team, 'MEDIC')).nodes.filter((n) => n.id.endsWith(thread))).toEqual([]); // my own comment waits for nobody's word but theirs

    await nurse.client.ok(COMMENTS_REPLY, { i: { commentId: thread, body: 'Checked: it is right.' } });
    expect((await waiting(team, 'NURSE')).nodes.filter((n) => n.id.endsWith(thread))).toEqual([]);
    expect((await waiting(team, 'MEDIC')).nodes.find((n) => n.id === `REPLY_AWAITED:${thread}`)).toMatchObject({
      kind: 'REPLY_AWAITED',
      message: 'Test NURSE replied in a thread you took part in on “Spreading the success”.',
      path: `/entries/${team.entryId}/sections/${team.sectionIds[2]}#thread-${thread}`,
    });
    expect((await waiting(team, 'LEAD')).nodes.filter((n) => n.id.endsWith(thread))).toEqual([]); // not in the thread

    await medic.client.ok(COMMENTS_RESOLVE, { i: { commentId: thread } });
    expect((await waiting(team, 'MEDIC')).nodes.filter((n) => n.id.endsWith(thread))).toEqual([]);
  });

  it('lists a section over its word limit to those who may edit it, not to those who may not', async () => {
    await team.members.LEAD.client.ok(SET_WORD_LIMIT, { input: { sectionId: team.sectionIds[3], wordLimit: 3 } });
    await write(team, 3, 'Five words are too many.');
    const over = (await waiting(team, 'ANALYST')).nodes.find((n) => n.kind === 'OVER_WORD_LIMIT');
    expect(over).toMatchObject({
      id: `OVER_WORD_LIMIT:${team.sectionIds[3]}`,
      message: '“Quality, experience and value” is 2 words over its limit of 3.',
      path: `/entries/${team.entryId}/sections/${team.sectionIds[3]}#section-heading`,
    });
    expect((await waiting(team, 'PATIENT_REP')).nodes.map((n) => n.kind)).not.toContain('OVER_WORD_LIMIT');
    expect((await waiting(team, 'OBSERVER')).nodes.map((n) => n.kind)).not.toContain('OVER_WORD_LIMIT');
  });
});

describe('waiting for me: across entries, pages, permissions', () => {
  it('gathers every entry of mine without entryId, newest first, in pages whose cursors continue', async () => {
    const other = await createTeam(server);
    await other.members.LEAD.client.ok(REQUEST_REVIEW, { i: { entryId: other.entryId } });
    const all = (await other.members.MEDIC.client.ok(WAITING_FOR_ME, { first: 100 })).me!.waitingForMe;
    expect(all.nodes.map((n) => n.kind)).toEqual(['SIGN_OFF_NEEDED', 'SIGN_OFF_NEEDED', 'SIGN_OFF_NEEDED']);
    const times = all.nodes.map((n) => Date.parse(n.createdAt as string));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const first = (await other.members.MEDIC.client.ok(WAITING_FOR_ME, { first: 2 })).me!.waitingForMe;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await other.members.MEDIC.client.ok(WAITING_FOR_ME, { first: 2, after: first.pageInfo.endCursor })).me!.waitingForMe;
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...next.nodes].map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
  });

  it('refuses another person’s list, an entry I am not in, a made-up cursor and a page too large, each with its code', async () => {
    const asked = await team.members.LEAD.client.request(WAITING_OF_MEMBER, { id: team.entryId });
    expect(codeOf(asked)).toBe('FORBIDDEN');
    const outsider = await team.outsider.client.request(WAITING_FOR_ME, { entryId: team.entryId });
    expect(codeOf(outsider)).toBe('NOT_FOUND');
    expect(outsider.errors![0].message).not.toContain('A team entry');
    const cursor = await team.members.MEDIC.client.request(WAITING_FOR_ME, { after: 'bm90IGEgY3Vyc29y' });
    expect(codeOf(cursor)).toBe('BAD_USER_INPUT');
    expect(cursor.errors![0].extensions!.field).toBe('after');
    expect(codeOf(await team.members.MEDIC.client.request(WAITING_FOR_ME, { first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('lists nothing in a submitted entry, whose content is frozen', async () => {
    const done = await createTeam(server);
    await done.members.LEAD.client.ok(REQUEST_REVIEW, { i: { entryId: done.entryId } });
    await done.members.NURSE.client.ok(ADD_COMMENT, { input: { sectionId: done.sectionIds[0], body: '@medic one last look?', mentionedUserIds: [done.members.MEDIC.user.id] } });
    expect((await waiting(done, 'MEDIC')).totalCount).toBe(4);
    // Submitting takes every sign-off; the state is what counts here, so it is set directly.
    await server.orm.em.fork().getConnection().execute(`update entries set state = 'SUBMITTED' where id = ?`, [done.entryId]);
    expect(await waiting(done, 'MEDIC')).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await done.members.MEDIC.client.ok(WAITING_FOR_ME, {})).me!.waitingForMe.nodes.filter((n) => n.entry.id === done.entryId)).toEqual([]);
  });

  it('costs the same number of SQL statements for one entry or four (no N+1)', async () => {
    const one = await createTeam(server);
    await one.members.LEAD.client.ok(REQUEST_REVIEW, { i: { entryId: one.entryId } });
    const medic = one.members.MEDIC;
    await one.members.NURSE.client.ok(ADD_COMMENT, { input: { sectionId: one.sectionIds[0], body: '@medic Over to you.', mentionedUserIds: [medic.user.id] } });
    const count = async () => {
      const { result, sql } = await withStatements(() => medic.client.ok(WAITING_FOR_ME, { first: 100 }));
      return { statements: sql.length, items: result.me!.waitingForMe.totalCount };
    };
    const few = await count();
    // Three more entries with the same medic in them (moved into the medic's seat), each in review, with a thread mentioning them.
    const em = server.orm.em.fork();
    for (let i = 0; i < 3; i++) {
      const more = await createTeam(server);
      await more.members.LEAD.client.ok(REQUEST_REVIEW, { i: { entryId: more.entryId } });
      await em.getConnection().execute('update memberships set user_id = ? where id = ?', [medic.user.id, more.members.MEDIC.membershipId]);
      await more.members.NURSE.client.ok(ADD_COMMENT, { input: { sectionId: more.sectionIds[0], body: '@medic Over to you.', mentionedUserIds: [medic.user.id] } });
    }
    const many = await count();
    expect(few.items).toBe(4);
    expect(many.items).toBe(few.items * 4);
    expect(many.statements).toBe(few.statements);
    expect(few.statements).toBeGreaterThan(3); // counting works
  });
});

describe('a section’s counts for the side list', () => {
  it('gives each section its open thread count, as comments(state: OPEN) counts them', async () => {
    const sections = (await team.members.OBSERVER.client.ok(WAITING_SECTION_COUNTS, { id: team.entryId })).entry.sections;
    expect(sections.map((s) => s.openThreadCount)).toEqual(sections.map((s) => s.comments.totalCount));
    const thread = (await team.members.MEDIC.client.ok(ADD_COMMENT, { input: { sectionId: team.sectionIds[4], body: 'Is the leaflet dated?' } })).addComment.comment.id;
    const before = sections[4].openThreadCount;
    const after = async () => (await team.members.OBSERVER.client.ok(WAITING_SECTION_COUNTS, { id: team.entryId })).entry.sections[4].openThreadCount;
    expect(await after()).toBe(before + 1);
    await team.members.MEDIC.client.ok(COMMENTS_RESOLVE, { i: { commentId: thread } });
    expect(await after()).toBe(before);
  });
});

describe('waiting for me: suggestions', () => {
  it('lists a section with others’ pending suggestions to those who may accept them, and counts them, until the text takes them', async () => {
    await write(team, 4, 'Patients co-designed the leaflet.');
    const rep = team.members.PATIENT_REP;
    for (const at of [9, 20]) {
      const update = await editorUpdate(rep.client, team.sectionIds[4], (s) => s.tr.insertText(' all', at), rep.user.id);
      await rep.client.ok(APPLY, { i: { sectionId: team.sectionIds[4], update, clientId: 'rep' } });
    }
    const item = (await waiting(team, 'MANAGER')).nodes.find((n) => n.kind === 'SUGGESTIONS_PENDING');
    expect(item).toMatchObject({
      id: `SUGGESTIONS_PENDING:${team.sectionIds[4]}`,
      message: '“Patient involvement and teamwork” has 2 suggestions to accept or reject.',
      path: `/entries/${team.entryId}/sections/${team.sectionIds[4]}`,
    });
    // Not to their author, nor to those who may not edit the text.
    for (const role of ['PATIENT_REP', 'OBSERVER'] as const) expect((await waiting(team, role)).nodes.map((n) => n.kind)).not.toContain('SUGGESTIONS_PENDING');
    const counts = async () => (await team.members.OBSERVER.client.ok(WAITING_SECTION_COUNTS, { id: team.entryId })).entry.sections.map((s) => s.pendingSuggestionCount);
    expect(await counts()).toEqual([0, 0, 0, 0, 2]);

    await write(team, 4, 'Patients co-designed all of the leaflet.'); // the whole text replaced: no suggestion left in it
    expect(await counts()).toEqual([0, 0, 0, 0, 0]);
    expect((await waiting(team, 'MANAGER')).nodes.map((n) => n.kind)).not.toContain('SUGGESTIONS_PENDING');
  });
});

/** A statement that writes (or opens a transaction to), as MikroORM's query log shows it. */
const writes = (sql: string) => /^\[query\] (begin|insert into|update|delete from|commit)\b/i.test(sql);

describe('waiting for me: a read', () => {
  it('writes nothing: no statement of the answer begins a transaction or changes a row', async () => {
    const { sql } = await withStatements(async () => {
      for (const role of Object.keys(team.members) as Role[]) await waiting(team, role, undefined);
    });
    expect(sql.filter(writes)).toEqual([]);
  });

  it('a script’s read by its token writes the token’s last use and nothing else, its other fields answered', async () => {
    // The last use, set on the token as read, made the next read of tokens flush it, on the
    // request's EntityManager, while the other fields read beside it: on a PostgreSQL server
    // they went into that flush's transaction, gone by the time they ran (INTERNAL_SERVER_ERROR).
    const lead = team.members.LEAD.client;
    const script = lead.withToken((await lead.ok(CREATE_API_TOKEN, { i: { name: 'Dashboard', scope: 'READ' } })).createApiToken.secret);
    const { result, sql } = await withStatements(() => script.ok(MY_ACCOUNT_AT_ONCE));
    const me = result.me!;
    expect(sql.filter(writes)).toEqual([expect.stringMatching(/^\[query\] update "api_tokens" set "last_used_at"/)]);
    expect(me.apiTokens.find((t) => t.lastUsedAt)).toBeTruthy();
    expect(me.waitingForMe.totalCount).toBeGreaterThanOrEqual(0);
  });
});
