import type { Role } from '@quorum/domain';
import type { MikroORM } from '@mikro-orm/postgresql';
import { EntryState } from '../common/enums.js';
import { GroupWhileBusy } from '../common/group-while-busy.js';
import type { Revocations } from '../policy/revocations.js';

export interface SectionAccess {
  sectionId: string;
  entryId: string;
  entryState: EntryState;
  role: Role;
}

export interface SectionAccessRow {
  user_id: string;
  section_id: string;
  entry_id: string;
  state: EntryState;
  /** Null for someone who is not a member of the section's entry. */
  role: Role | null;
}

// Every (person, section) asked about while the previous lookup was in flight, in one statement.
const ACCESS_SQL = `
  select q.user_id, q.section_id, s.entry_id, e.state, m.role
    from unnest(?::uuid[], ?::uuid[]) as q(user_id, section_id)
    join sections s on s.id = q.section_id
    join entries e on e.id = s.entry_id
    left join memberships m on m.entry_id = s.entry_id and m.user_id = q.user_id`;

/**
 * A member's access, once read, is trusted this long, so that someone typing costs no
 * statement for it at every keystroke. A role change or removal forgets it at once, in every
 * process: the reader listens for revocations (policy/revocations.ts), so no caller has to
 * remember to. The time bounds how long a revocation lost while Redis was unreachable is
 * missed. Whether the entry is submitted is not trusted from here: the update log checks it
 * as it writes.
 */
const TRUST_MS = 2_000;

/** People's access to sections, for live editing: read in shared statements, trusted briefly. */
export class SectionAccessReader {
  private readonly rows = new Map<string, { row: SectionAccessRow; at: number }>();
  /** Bumped by every forget, so that a read already in flight then is not kept. */
  private generation = 0;
  private readonly reads: GroupWhileBusy<string, SectionAccessRow, { userId: string; sectionId: string }>;

  constructor(orm: MikroORM, revocations: Revocations) {
    // Never stopped: the reader lives as long as the process's services (app.ts makes it).
    revocations.watch(revocations.mark(), (revocation) => {
      if (revocation.kind === 'MEMBERSHIP_ENDED' || revocation.kind === 'ROLE_CHANGED') this.forget();
    });
    this.reads = new GroupWhileBusy(async (batch) => {
      const pairs = [...batch.values()];
      const rows = await orm.em.fork().execute<SectionAccessRow[]>(ACCESS_SQL, [`{${pairs.map((p) => p.userId).join(',')}}`, `{${pairs.map((p) => p.sectionId).join(',')}}`]);
      return new Map(rows.map((row) => [`${row.user_id}:${row.section_id}`, row]));
    });
  }

  async read(userId: string, sectionId: string): Promise<SectionAccessRow | undefined> {
    const key = `${userId}:${sectionId}`;
    const hit = this.rows.get(key);
    if (hit && Date.now() - hit.at < TRUST_MS) return hit.row;
    const generation = this.generation;
    const row = await this.reads.load(key, { userId, sectionId });
    // Members of an entry open to edits only: a submitted entry may be reopened at any moment.
    if (row?.role && row.state !== EntryState.SUBMITTED && this.generation === generation) {
      if (this.rows.size > 10_000) this.rows.clear();
      this.rows.set(key, { row, at: Date.now() });
    }
    return row;
  }

  forget(): void {
    this.rows.clear();
    this.generation++;
  }
}
