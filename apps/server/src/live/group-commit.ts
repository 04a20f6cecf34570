import type { MikroORM } from '@mikro-orm/postgresql';
import { EntryState } from '../common/enums.js';

/** One section's batch of updates, to be logged only if the section is still at `base`. */
export interface SectionAppend {
  sectionId: string;
  base: number;
  updates: { update: Uint8Array; clientId: string; authorId: string | null }[];
}

export interface VersionRow {
  version: number;
  snapshot_version: number;
  compacted_at: Date;
  sign_offs_waiting: boolean;
}

/** Logged: the section's row after it; not current: another process moved the section on, or its entry was submitted. */
export type AppendOutcome = { logged: VersionRow } | { notCurrent: true } | { failed: unknown };

interface Pending {
  append: SectionAppend;
  resolve: (outcome: AppendOutcome) => void;
}

/** At most this many updates in one statement (five parameters each; PostgreSQL takes 65,535). */
const MAX_UPDATES = 2_000;

/**
 * Group commit across sections. A thousand people typing in two hundred sections make a
 * thousand edits a second; one statement per section per group was as many statements,
 * queued one after another on the embedded database's single connection, each waiting for its
 * round trip, so that keystrokes took seconds while both cores idled. Here the sections'
 * batches that arrive while a statement is in flight wait, and go together in the next one:
 * one statement (so atomic, without a transaction) that, for each section, takes the
 * versions and logs its updates only if the section is still at the version its cached
 * document holds and its entry is not submitted (key-share locked, so that a submit either
 * sees the edits committed or makes them wait and then refuses them). Alone, an append goes at
 * once, as before.
 *
 * If the statement fails as a whole (a deadlock with another process's, say), each section
 * is tried again alone, so that one section's trouble is never another's.
 */
export class GroupCommit {
  private waiting: Pending[] = [];
  private busy = false;

  constructor(
    private readonly orm: MikroORM,
    /** For /metrics: how many sections and updates each statement carried. */
    private readonly onGroup?: (sections: number, updates: number) => void,
  ) {}

  append(append: SectionAppend): Promise<AppendOutcome> {
    return new Promise((resolve) => {
      this.waiting.push({ append, resolve });
      if (!this.busy) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.busy = true;
    while (this.waiting.length > 0) {
      const group: Pending[] = [];
      let updates = 0;
      while (this.waiting.length > 0 && (group.length === 0 || updates + this.waiting[0].append.updates.length <= MAX_UPDATES)) {
        const next = this.waiting.shift()!;
        group.push(next);
        updates += next.append.updates.length;
      }
      const outcomes = await this.write(group.map((p) => p.append)).catch(async (error: unknown) => {
        if (group.length === 1) return [{ failed: error }];
        return Promise.all(
          group.map((p) =>
            this.write([p.append]).then(
              (o) => o[0],
              (e: unknown) => ({ failed: e }) as AppendOutcome,
            ),
          ),
        );
      });
      this.onGroup?.(group.length, updates);
      group.forEach((p, i) => p.resolve(outcomes[i]));
    }
    this.busy = false;
  }

  /** One statement for every section in `appends` (in the order given; section ids are distinct). */
  private async write(appends: SectionAppend[]): Promise<AppendOutcome[]> {
    const params: unknown[] = [];
    const sections = appends.map((a) => {
      params.push(a.sectionId, a.base, a.updates.length);
      return '(?::uuid, ?::int, ?::int)';
    });
    const rows = appends.flatMap((a) =>
      a.updates.map((u, i) => {
        params.push(a.sectionId, a.base + i + 1, Buffer.from(u.update), u.clientId, u.authorId);
        return '(?::uuid, ?::int, ?::bytea, ?, ?::uuid)';
      }),
    );
    const result = await this.orm.em.fork().execute<(VersionRow & { section_id: string })[]>(
      `with batch(section_id, base, n) as (values ${sections.join(', ')}),
       open_entry as (
         select s.id as section_id from batch b join sections s on s.id = b.section_id join entries e on e.id = s.entry_id
          where e.state <> '${EntryState.SUBMITTED}' for key share of e),
       next as (
         update section_documents d set version = d.version + b.n, updated_at = now()
           from batch b
          where d.section_id = b.section_id and d.version = b.base and d.section_id in (select section_id from open_entry)
          returning d.section_id, d.version, d.snapshot_version, d.compacted_at,
                    exists (select 1 from sign_offs w where w.section_id = d.section_id) as sign_offs_waiting),
       logged as (
         insert into section_updates (section_id, version, update, client_id, author_id, created_at)
         select v.section_id, v.version, v.update, v.client_id, v.author_id, now()
           from (values ${rows.join(', ')}) as v(section_id, version, update, client_id, author_id)
           join next on next.section_id = v.section_id)
       select section_id, version, snapshot_version, compacted_at, sign_offs_waiting from next`,
      params,
    );
    const bySection = new Map(result.map((r) => [r.section_id, r]));
    return appends.map((a) => {
      const row = bySection.get(a.sectionId);
      return row ? { logged: row } : { notCurrent: true };
    });
  }
}
