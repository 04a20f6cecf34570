import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestTeam } from '../test-support/test-team.js';
import { CURSORS_ACTIVITY, ENTRIES, NOTIFICATIONS } from '../test-support/operations.js';

// A cursor's time and id go into SQL. One of another list (the schema fuzz passed the activity's
// `entry:<uuid>` cursor to `entries`), or one made up, used to reach PostgreSQL and come back as
// an INTERNAL_SERVER_ERROR; each is refused as BAD_USER_INPUT on `after`.
const cursor = (at: unknown, id: unknown) => Buffer.from(JSON.stringify([at, id])).toString('base64url');

const { team } = useTestTeam();

describe('a cursor this API did not give out for that list', () => {
  it('is BAD_USER_INPUT on after, for entries, notifications and an entry’s activity', async () => {
    const lead = team.members.LEAD.client;
    const activityCursor = (await lead.ok(CURSORS_ACTIVITY, { id: team.entryId })).entry!.activity.pageInfo.endCursor;
    const entriesCursor = (await lead.ok(ENTRIES)).entries.pageInfo.endCursor!;
    const made = [
      cursor('-271821-04-20T00:00:00.000Z', randomUUID()), // a year PostgreSQL cannot hold
      cursor('2026-01-01T00:00:00.000Z', 'not-a-uuid'),
      cursor('2026-01-01T00:00:00.000Z', 'a\u0000b'),
      cursor('2026-01-01T00:00:00.000Z', 7),
    ];
    for (const after of [activityCursor, ...made]) {
      const answers = { entries: await lead.request(ENTRIES, { after }), notifications: await lead.request(NOTIFICATIONS, { after }) };
      for (const [list, result] of Object.entries(answers)) {
        expect(
          result.errors?.map((e) => [e.extensions?.code, e.extensions?.field]),
          `${list} ${after}`,
        ).toEqual([['BAD_USER_INPUT', 'after']]);
      }
    }
    for (const after of [entriesCursor, ...made]) {
      const result = await lead.request(CURSORS_ACTIVITY, { id: team.entryId, after });
      expect(
        result.errors?.map((e) => [e.extensions?.code, e.extensions?.field]),
        after,
      ).toEqual([['BAD_USER_INPUT', 'after']]);
    }
  });

  it('while the cursors it gave out still page', async () => {
    const lead = team.members.LEAD.client;
    const first = (await lead.ok(CURSORS_ACTIVITY, { id: team.entryId })).entry!.activity;
    const next = (await lead.ok(CURSORS_ACTIVITY, { id: team.entryId, after: first.pageInfo.endCursor })).entry!.activity;
    expect(next.nodes.map((n) => n.id)).not.toContain(first.nodes[0].id);
    const entries = await lead.ok(ENTRIES, { after: (await lead.ok(ENTRIES)).entries.pageInfo.endCursor });
    expect(entries.entries.nodes).toEqual([]);
  });
});
