import type { EntryAction, Role } from '@quorum/domain';
import type { AppServices, Context } from '../common/context.js';
import { EntryState } from '../common/enums.js';
import { notFound } from '../common/errors.js';
import { GroupWhileBusy } from '../common/group-while-busy.js';
import { requireViewer } from '../policy/access.js';
import { authorizeEntry, authorizeRole } from '../policy/entry.policy.js';
import { Section } from './section.entity.js';

/** The section, if the viewer may do `action` in its entry; NOT_FOUND for non-members. */
export async function sectionFor(ctx: Context, sectionId: string, action: EntryAction): Promise<Section> {
  // The entry comes in the same query: most callers check its state next.
  const section = await ctx.em.findOne(Section, { id: sectionId.toLowerCase() }, { populate: ['entry'], strategy: 'joined' });
  if (!section) throw notFound('Section');
  await authorizeEntry(ctx, section.entry.id, action);
  return section;
}

export async function setWordLimit(ctx: Context, sectionId: string, wordLimit: number): Promise<Section> {
  const section = await sectionFor(ctx, sectionId, 'entry.configure');
  section.wordLimit = wordLimit;
  await ctx.em.flush();
  return section;
}

export interface SectionAccess {
  sectionId: string;
  entryId: string;
  entryState: EntryState;
  role: Role;
}

type AccessChecks = GroupWhileBusy<string, SectionAccessRow, { userId: string; sectionId: string }>;
interface SectionAccessRow {
  user_id: string;
  section_id: string;
  entry_id: string;
  state: EntryState;
  role: Role | null;
}

// Every (person, section) asked about while the previous lookup was in flight, in one statement.
const ACCESS_SQL = `
  select q.user_id, q.section_id, s.entry_id, e.state, m.role
    from unnest(?::uuid[], ?::uuid[]) as q(user_id, section_id)
    join sections s on s.id = q.section_id
    join entries e on e.id = s.entry_id
    left join memberships m on m.entry_id = s.entry_id and m.user_id = q.user_id`;

const accessChecks = new WeakMap<AppServices, AccessChecks>();

/**
 * A member's access, once read, is trusted this long, so that someone typing costs no
 * statement for it at every keystroke. A role change or removal in this process forgets it at
 * once (`forgetSectionAccess`); in another process it takes effect within this time, as a
 * logged-out session does on an open WebSocket (common/graphql-websocket.ts). Whether the
 * entry is submitted is not trusted from here: the update log checks it as it writes.
 */
const TRUST_MS = 2_000;
interface Trusted {
  rows: Map<string, { row: SectionAccessRow; at: number }>;
  /** Bumped by every forget, so that a read already in flight then is not kept. */
  generation: number;
}
const trusted = new WeakMap<AppServices, Trusted>();

export function forgetSectionAccess(app: AppServices): void {
  const known = trusted.get(app);
  if (!known) return;
  known.rows.clear();
  known.generation++;
}

async function accessOf(app: AppServices, userId: string, sectionId: string): Promise<SectionAccessRow | undefined> {
  let known = trusted.get(app);
  if (!known) trusted.set(app, (known = { rows: new Map(), generation: 0 }));
  const key = `${userId}:${sectionId}`;
  const hit = known.rows.get(key);
  if (hit && Date.now() - hit.at < TRUST_MS) return hit.row;
  const generation = known.generation;
  const row = await accessChecksOf(app).load(key, { userId, sectionId });
  // Members of an entry open to edits only: a submitted entry may be reopened at any moment.
  if (row?.role && row.state !== EntryState.SUBMITTED && known.generation === generation) {
    if (known.rows.size > 10_000) known.rows.clear();
    known.rows.set(key, { row, at: Date.now() });
  }
  return row;
}

function accessChecksOf(app: AppServices): AccessChecks {
  let checks = accessChecks.get(app);
  if (!checks) {
    checks = new GroupWhileBusy(async (batch) => {
      const pairs = [...batch.values()];
      const rows = await app.live.orm.em.fork().execute<SectionAccessRow[]>(ACCESS_SQL, [
        `{${pairs.map((p) => p.userId).join(',')}}`,
        `{${pairs.map((p) => p.sectionId).join(',')}}`,
      ]);
      return new Map(rows.map((row) => [`${row.user_id}:${row.section_id}`, row]));
    });
    accessChecks.set(app, checks);
  }
  return checks;
}

/**
 * The viewer's access to a section, checked for `action`, for the hot path of live editing:
 * a member's access is read at most every couple of seconds, and the reads of everyone typing
 * at once share one statement. NOT_FOUND for an unknown section or a non-member, as `sectionFor`.
 */
export async function authorizeSection(ctx: Context, sectionId: string, action: EntryAction): Promise<SectionAccess> {
  const { user } = requireViewer(ctx);
  const id = sectionId.toLowerCase();
  const row = await accessOf(ctx.app, user.id, id);
  if (!row) throw notFound('Section');
  if (!row.role) throw notFound('Entry');
  authorizeRole(ctx, row.role, action);
  return { sectionId: id, entryId: row.entry_id, entryState: row.state, role: row.role };
}
