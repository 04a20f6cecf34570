import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { User } from '../auth/user.entity.js';
import { Comment } from '../comments/comment.entity.js';
import { statementRecorder } from '../test-support/statements.js';
import { useTestTeam } from '../test-support/test-team.js';
import { CONNECTION_THREADS, ENTRIES_PAGE, PAGED_ACTIVITY, PAGED_AUDIT_LOG, PAGED_COMMENTS, PAGED_ENTRIES, PAGED_NOTIFICATIONS, PAGED_REVISIONS, PAGED_SIGN_OFFS } from '../test-support/operations.js';

// The pagination contract of every list (common/connection.ts): newest first, ties on the time
// ordered by id, a page follows on exactly from the last one while rows are added, one cursor
// format whether the page came from em.findByCursor or was assembled in SQL, and a cursor this
// API did not give out is BAD_USER_INPUT on `after`.

const { onQuery, withStatements } = statementRecorder();
const { server, team } = useTestTeam({}, { onQuery });

// Without `after`, a section's first page comes from the batched loader (comment.loaders.ts);
// with it, from findPage (em.findByCursor).
async function threadsPage(sectionId: string, first: number, after?: string) {
  return (await team.members.LEAD.client.ok(CONNECTION_THREADS, { id: sectionId, first, after })).section!.comments;
}

/** Threads written straight to the database with the times and ids a test needs. */
async function addThreads(sectionId: string, rows: { id: string; createdAt: Date }[]) {
  const em = server.orm.em.fork();
  for (const row of rows) em.create(Comment, { ...row, section: sectionId, author: em.getReference(User, team.members.LEAD.user.id), body: `Thread ${row.id}` });
  await em.flush();
}

/** Newest first, then id (uuids compare as their lowercase text does). */
const newestFirst = (a: { id: string; createdAt: Date }, b: { id: string; createdAt: Date }) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

describe('a page', () => {
  it('follows on exactly from the previous one while rows are added, ties on the time in id order', async () => {
    const sectionId = team.sectionIds[0];
    const tie = new Date('2026-03-01T12:00:00.000Z');
    // Seven threads at the same millisecond, two older: page 1 (3 threads) ends inside the tie.
    const rows = [
      ...Array.from({ length: 7 }, () => ({ id: randomUUID(), createdAt: tie })),
      { id: randomUUID(), createdAt: new Date(tie.getTime() - 1) },
      { id: randomUUID(), createdAt: new Date(tie.getTime() - 60_000) },
    ];
    await addThreads(sectionId, rows);
    const ordered = [...rows].sort(newestFirst);

    const page1 = await threadsPage(sectionId, 3);
    expect(page1.edges.map((e) => e.node.id)).toEqual(ordered.slice(0, 3).map((r) => r.id));
    expect(page1.totalCount).toBe(9);
    expect(page1.pageInfo).toEqual({ hasNextPage: true, endCursor: page1.edges[2].cursor });

    // Added between the pages: at the tie's time with an id before the cursor's (so it belongs
    // to page 1, already read) and one after it (so it belongs to what follows), and a new one.
    const added = [
      { id: 'ffffffff-ffff-4fff-bfff-ffffffffffff', createdAt: tie },
      { id: '00000000-0000-4000-8000-000000000001', createdAt: tie },
      { id: randomUUID(), createdAt: new Date() },
    ];
    await addThreads(sectionId, added);
    const all = [...rows, ...added].sort(newestFirst);
    const afterPage1 = all.slice(all.findIndex((r) => r.id === page1.edges[2].node.id) + 1);

    const rest: string[] = [];
    let page = page1;
    while (page.pageInfo.hasNextPage) {
      page = await threadsPage(sectionId, 3, page.pageInfo.endCursor!);
      expect(page.totalCount).toBe(12);
      rest.push(...page.edges.map((e) => e.node.id));
    }
    expect(rest).toEqual(afterPage1.map((r) => r.id));
    expect(rest).toContain('00000000-0000-4000-8000-000000000001');
    expect(new Set([...page1.edges.map((e) => e.node.id), ...rest]).size).toBe(3 + rest.length);
  });

  it('gives the same cursor for a row whether the loader or findByCursor served it', async () => {
    const sectionId = team.sectionIds[1];
    const at = Date.parse('2026-03-02T09:00:00.000Z');
    await addThreads(
      sectionId,
      Array.from({ length: 4 }, (_, i) => ({ id: randomUUID(), createdAt: new Date(at - i * 1000) })),
    );
    const batched = await threadsPage(sectionId, 4);
    const served = await threadsPage(sectionId, 2, batched.edges[0].cursor);
    expect(served.edges).toEqual(batched.edges.slice(1, 3));
  });

  it('costs two statements on its table, a page and the total, with or without `after`', async () => {
    const lead = team.members.LEAD.client;
    const count = async (after?: string) => {
      const { result, sql } = await withStatements(() => lead.ok(ENTRIES_PAGE, { after }));
      return { result, onEntries: sql.filter((statement) => /from "entries"/.test(statement)) };
    };
    const first = await count();
    expect(first.onEntries).toHaveLength(2);
    expect(first.onEntries.filter((sql) => /count\(/.test(sql))).toHaveLength(1);
    expect(first.result.entries.totalCount).toBe(1);
    const next = await count(first.result.entries.pageInfo.endCursor!);
    expect(next.onEntries).toHaveLength(2);
    expect(next.result.entries).toEqual({ totalCount: 1, nodes: [], pageInfo: { endCursor: null } });
  });
});

describe('paging arguments', () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const uuid = '0b9f6a8e-5d3c-4e2a-9f1b-7c6d5e4f3a2b';
  // Each would reach MikroORM's decoding and come back as an INTERNAL_SERVER_ERROR (not base64url
  // JSON, not an array), or be ignored by it and serve the first page again (wrong length).
  const notCursors = [
    'not a cursor!',
    encode({ createdAt: '2026-01-01T00:00:00.000Z', id: uuid }),
    encode([]),
    encode(['2026-01-01T00:00:00.000Z']),
    encode(['2026-01-01T00:00:00.000Z', uuid, 'extra']),
    encode([null, uuid]),
    encode(['2026-01-01T00:00:00.000+00:00', uuid]), // a time, but not as the API writes it
    encode(['2026-13-45T00:00:00.000Z', uuid]), // read as a time by MikroORM, but no date
  ];
  type Paging = { after?: string; first: number };
  const lead = () => team.members.LEAD.client;
  /** Each list's page, as the lead asks for it (a section's lists in the third section, an entry's in the team's entry). */
  const LISTS = {
    entries: (v: Paging) => lead().request(PAGED_ENTRIES, v),
    notifications: (v: Paging) => lead().request(PAGED_NOTIFICATIONS, v),
    comments: (v: Paging) => lead().request(PAGED_COMMENTS, { ...v, section: team.sectionIds[2] }),
    signOffs: (v: Paging) => lead().request(PAGED_SIGN_OFFS, { ...v, section: team.sectionIds[2] }),
    revisions: (v: Paging) => lead().request(PAGED_REVISIONS, { ...v, section: team.sectionIds[2] }),
    activity: (v: Paging) => lead().request(PAGED_ACTIVITY, { ...v, entry: team.entryId }),
    auditLog: (v: Paging) => lead().request(PAGED_AUDIT_LOG, { ...v, entry: team.entryId }),
  };

  it('refuses an `after` this API did not give out as BAD_USER_INPUT on after, in every list', async () => {
    for (const [list, page] of Object.entries(LISTS)) {
      for (const after of notCursors) {
        const result = await page({ after, first: 5 });
        expect(
          result.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message]),
          `${list} ${after}`,
        ).toEqual([['BAD_USER_INPUT', 'after', 'after is not a cursor this API gave out.']]);
      }
    }
  });

  it('refuses an audit log cursor that is not a sequence number the log could hold', async () => {
    for (const after of [encode([0]), encode([2 ** 31]), encode([1.5]), encode(['1']), encode([1, 2])]) {
      const result = await LISTS.auditLog({ after, first: 5 });
      expect(
        result.errors?.map((e) => [e.extensions?.code, e.extensions?.field]),
        after,
      ).toEqual([['BAD_USER_INPUT', 'after']]);
    }
    // while one that could be is read (audit.test.ts pages a log that has records)
    expect((await LISTS.auditLog({ after: encode([1]), first: 5 })).errors).toBeUndefined();
  });

  it('refuses `first` outside 1 to 100 as BAD_USER_INPUT on first', async () => {
    for (const [list, page] of Object.entries(LISTS)) {
      for (const first of [0, 101]) {
        const result = await page({ first });
        expect(
          result.errors?.map((e) => [e.extensions?.code, e.extensions?.field]),
          `${list} ${first}`,
        ).toEqual([['BAD_USER_INPUT', 'first']]);
      }
    }
  });
});
