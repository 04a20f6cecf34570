import { docFromUpdate } from '@quorum/section-content';
import * as Y from 'yjs';
import type { AppServices } from '../common/context.js';
import { logError } from '../common/log.js';
import { Section } from '../sections/section.entity.js';
import { SectionRevision } from './section-revision.entity.js';
import { viewsOf } from './section-views.js';
import { inBackgroundTransaction } from '../common/unit-of-work.js';

/** A section's document as it was at `version`, copied for a compaction. */
export interface SectionCopy {
  sectionId: string;
  version: number;
  state: Uint8Array;
}

/**
 * Folds a section's update log into its snapshot and saves a revision of the result, with
 * the people whose edits it folded in. Does nothing when there is nothing new since the last
 * revision.
 *
 * Only taking a copy of the document waits for the section's lock: the text, hash and writes
 * happen on the copy, so that people typing wait for none of them (a compaction every few
 * hundred edits had been the slowest one in a hundred keystrokes).
 */
export async function compactSection(app: AppServices, sectionId: string, reason: string): Promise<SectionRevision | null> {
  return foldIn(app, await copySection(app, sectionId), reason);
}

export function copySection(app: AppServices, sectionId: string): Promise<SectionCopy> {
  const { store, orm } = app.live;
  return store.withLock(sectionId, async () => {
    const live = await store.current(orm.em.fork(), sectionId);
    const state = Y.encodeStateAsUpdate(live.doc);
    live.bytes = state.length; // measured exactly while we are at it (see section-size.ts)
    return { sectionId, version: live.version, state };
  });
}

/**
 * Writes a copy as the section's snapshot, drops the log it holds and saves a revision: one
 * short transaction, guarded by version, so that a copy older than the stored snapshot (two
 * compactions overlapping) changes nothing and returns null.
 */
export async function foldIn(app: AppServices, copy: SectionCopy, reason: string): Promise<SectionRevision | null> {
  const { sectionId, version } = copy;
  const views = viewsOf({ doc: docFromUpdate(copy.state), version, lastUsed: 0, bytes: copy.state.length });
  const state = Buffer.from(copy.state);
  return inBackgroundTransaction(app, async ({ em: tx }) => {
    // From here the section's row is locked, and appends wait: keep it short.
    const folded = await tx.execute<unknown[]>('update section_documents set snapshot = ?, snapshot_version = ?, compacted_at = now() where section_id = ? and snapshot_version < ? returning 1', [
      state,
      version,
      sectionId,
      version,
    ]);
    if (folded.length === 0) return null; // nothing new, or a later compaction came first
    // Read under the lock: an earlier compaction's rows are gone, so these are the authors of
    // exactly what this revision folds in.
    const authors = await tx.execute<{ author_id: string }[]>('select distinct author_id from section_updates where section_id = ? and version <= ? and author_id is not null', [sectionId, version]);
    await tx.execute('delete from section_updates where section_id = ? and version <= ?', [sectionId, version]);
    return tx.create(SectionRevision, {
      section: tx.getReference(Section, sectionId),
      version,
      authorIds: authors.map((a) => a.author_id),
      reason,
      markdown: views.markdown,
      wordCount: views.wordCount,
      contentHash: views.contentHash,
      state,
    });
  });
}

/**
 * Compacts in the background after an edit, at most once at a time per section: while one
 * waits for the section's lock, later edits do not queue more behind it (`app.live.compacting`
 * holds the sections under way, for the life of the process's services).
 */
export function scheduleCompaction(app: AppServices, sectionId: string, reason = 'edits'): void {
  const { compacting } = app.live;
  if (compacting.has(sectionId)) return;
  compacting.add(sectionId);
  compactSection(app, sectionId, reason)
    .catch((error) => logError(`compaction of section ${sectionId} failed`, error))
    .finally(() => compacting.delete(sectionId));
}
