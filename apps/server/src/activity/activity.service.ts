import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../common/connection.js';
import { ActivityItem, ActivityKind } from './activity.types.js';

/**
 * Audit actions that belong in the team's history. Log-ins and API tokens are each member's
 * own security record (for the lead and managers, in `Entry.auditLog`); SIGNED_OFF is read
 * from the sign-offs themselves.
 */
const AUDITED = [
  ActivityKind.WORKFLOW_MOVED,
  ActivityKind.SIGN_OFF_STALE,
  ActivityKind.SIGN_OFF_SLOTS_CHANGED,
  ActivityKind.MEMBER_INVITED,
  ActivityKind.MEMBER_JOINED,
  ActivityKind.MEMBER_ROLE_CHANGED,
  ActivityKind.MEMBER_REMOVED,
  ActivityKind.MEMBER_LEFT,
  ActivityKind.METRIC_VALUES_CHANGED,
  ActivityKind.SUGGESTION_ACCEPTED,
  ActivityKind.SUGGESTION_REJECTED,
];

// Times are cut to the millisecond, as a JavaScript Date (and so a cursor) holds them: rows
// written with now() carry microseconds, and a cursor that lost them would skip rows.
const ms = (column: string) => `date_trunc('milliseconds', ${column})`;

/**
 * Every source, one branch each, in the same columns. A branch per kind of stored record, each
 * limited to the entry (sections join to it), so one statement reads a whole page.
 */
const ITEMS = `
  select 'entry:' || e.id as id, 'ENTRY_CREATED' as kind, ${ms('e.created_at')} as at, e.created_by_id as actor_id,
         null::uuid as section_id, null::uuid as comment_id, null::uuid as thread_id, null::uuid as sign_off_id,
         '[]'::jsonb as author_ids, '{}'::jsonb as details
    from entries e where e.id = (select id from target)
  union all
  select 'comment:' || c.id, case when c.thread_id is null then 'COMMENT_ADDED' else 'COMMENT_REPLIED' end, ${ms('c.created_at')}, c.author_id,
         c.section_id, c.id, c.thread_id, null, '[]'::jsonb,
         jsonb_build_object('body', case when c.deleted_at is null then left(c.body, 400) end, 'deleted', c.deleted_at is not null)
    from comments c join sections s on s.id = c.section_id where s.entry_id = (select id from target)
  union all
  select 'resolved:' || c.id, 'COMMENT_RESOLVED', ${ms('c.resolved_at')}, c.resolved_by_id,
         c.section_id, c.id, null, null, '[]'::jsonb, '{}'::jsonb
    from comments c join sections s on s.id = c.section_id where s.entry_id = (select id from target) and c.resolved_at is not null
  union all
  select 'reopened:' || c.id, 'COMMENT_REOPENED', ${ms('c.reopened_at')}, c.reopened_by_id,
         c.section_id, c.id, null, null, '[]'::jsonb, '{}'::jsonb
    from comments c join sections s on s.id = c.section_id where s.entry_id = (select id from target) and c.reopened_at is not null
  union all
  select 'sign-off:' || o.id, 'SIGNED_OFF', ${ms('o.created_at')}, o.signer_id,
         o.section_id, null, null, o.id, '[]'::jsonb,
         jsonb_build_object('meaning', o.meaning, 'role', o.role, 'slotLabel', o.slot_label)
    from sign_offs o join sections s on s.id = o.section_id where s.entry_id = (select id from target)
  union all
  select 'revision:' || r.id, case when r.reason = 'restore' then 'SECTION_RESTORED' else 'SECTION_EDITED' end, ${ms('r.created_at')}, (r.author_ids->>0)::uuid,
         r.section_id, null, null, null, r.author_ids, '{}'::jsonb
    from section_revisions r join sections s on s.id = r.section_id
   where s.entry_id = (select id from target) and jsonb_array_length(r.author_ids) > 0
  union all
  select 'audit:' || a.id, a.action, ${ms('a.created_at')}, a.actor_id,
         (a.data->>'sectionId')::uuid, null, null, null, '[]'::jsonb,
         jsonb_build_object('summary', a.summary, 'actorName', a.actor_name, 'role', a.data->'role', 'cells', case when a.action = 'METRIC_VALUES_CHANGED' then a.data->'cells' end)
    from audit_events a where a.entry_id = (select id from target) and a.action = any(?::text[])
  union all
  select 'metric:' || m.id, 'METRIC_ADDED', ${ms('m.created_at')}, m.created_by_id,
         null, null, null, null, '[]'::jsonb, jsonb_build_object('name', m.name)
    from metrics m where m.entry_id = (select id from target)
  union all
  select 'testimonial:' || t.id, 'TESTIMONIAL_ADDED', ${ms('t.created_at')}, t.added_by_id,
         null, null, null, null, '[]'::jsonb, jsonb_build_object('source', t.source)
    from testimonials t where t.entry_id = (select id from target)`;

interface ItemRow {
  id: string;
  kind: ActivityKind;
  at: Date | string;
  actor_id: string | null;
  section_id: string | null;
  comment_id: string | null;
  thread_id: string | null;
  sign_off_id: string | null;
  author_ids: string[];
  details: Record<string, unknown>;
  total_count: string | number;
}

/** Ids of the history's items: their kind, then the row's id (e.g. `comment:<uuid>`). */
const ACTIVITY_ID = /^[a-z-]+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A page of the entry's history, newest first (by time, then id in byte order, as a client
 * compares strings), in one SQL statement
 * whatever the page size: a UNION ALL over the sources with a keyset cursor, and the total
 * counted in the same statement.
 * Not em.findByCursor: a union of several tables is no entity; its cursors are encoded and read
 * as findByCursor's are (common/connection.ts), with the item's id in place of a row's.
 */
export async function activityPage(em: EntityManager, entryId: string, first: number, after?: string): Promise<Page<ActivityItem>> {
  const limit = pageSize(first);
  const cursor = after ? decodeCursor(after, ACTIVITY_ID) : undefined;
  const rows = await em.execute<ItemRow[]>(
    `with target as (select ?::uuid as id), items as (${ITEMS})
     select items.*, (select count(*) from items) as total_count from items
      ${cursor ? 'where (at, id collate "C") < (?::timestamptz, ? collate "C")' : ''}
      order by at desc, id collate "C" desc limit ?`,
    [entryId, `{${AUDITED.join(',')}}`, ...(cursor ? [cursor.createdAt.toISOString(), cursor.id] : []), limit + 1],
  );
  const nodes = rows.slice(0, limit).map((row) => toItem(entryId, row));
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.at, node.id), node }));
  // An empty page (or one past the end) still needs the total: read it alone then.
  const totalCount = rows.length > 0 ? Number(rows[0].total_count) : await countItems(em, entryId);
  return { edges, nodes, totalCount, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}

async function countItems(em: EntityManager, entryId: string): Promise<number> {
  const [row] = await em.execute<{ count: string }[]>(`with target as (select ?::uuid as id), items as (${ITEMS}) select count(*) from items`, [entryId, `{${AUDITED.join(',')}}`]);
  return Number(row.count);
}

function toItem(entryId: string, row: ItemRow): ActivityItem {
  return Object.assign(new ActivityItem(), {
    id: row.id,
    kind: row.kind,
    at: new Date(row.at),
    actorId: row.actor_id,
    sectionId: row.section_id,
    commentId: row.comment_id,
    threadId: row.thread_id,
    signOffId: row.sign_off_id,
    entryId,
    authorIds: row.author_ids,
    details: row.details,
  });
}
