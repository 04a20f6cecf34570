import * as Y from 'yjs';
import type { AppServices } from '../common/context.js';
import { Section } from '../sections/section.entity.js';
import { SectionRevision } from './section-revision.entity.js';
import { viewsOf } from './section-views.js';

/**
 * Folds a section's update log into its snapshot and saves a revision of the result, with
 * the people whose edits it folded in. Runs under the section's lock (in this process) and
 * its row lock (across processes), so no update slips between reading and deleting the log.
 * Does nothing when there is nothing new since the last revision.
 */
export async function compactSection(app: AppServices, sectionId: string, reason: string): Promise<SectionRevision | null> {
  const { store, orm } = app.live;
  return store.withLock(sectionId, () =>
    orm.em.fork().transactional(async (tx) => {
      const [locked] = await tx.execute<{ version: number; snapshot_version: number }[]>(
        'select version, snapshot_version from section_documents where section_id = ? for update',
        [sectionId],
      );
      if (locked.version === locked.snapshot_version) return null;
      const live = await store.current(tx, sectionId);
      const authors = await tx.execute<{ author_id: string }[]>(
        'select distinct author_id from section_updates where section_id = ? and author_id is not null',
        [sectionId],
      );
      const state = Buffer.from(Y.encodeStateAsUpdate(live.doc));
      const views = viewsOf(live);
      const revision = tx.create(SectionRevision, {
        section: tx.getReference(Section, sectionId),
        version: live.version,
        authorIds: authors.map((a) => a.author_id),
        reason,
        markdown: views.markdown,
        wordCount: views.wordCount,
        contentHash: views.contentHash,
        state,
      });
      await tx.execute('update section_documents set snapshot = ?, snapshot_version = ?, compacted_at = now() where section_id = ?', [state, live.version, sectionId]);
      await tx.execute('delete from section_updates where section_id = ? and version <= ?', [sectionId, live.version]);
      return revision;
    }),
  );
}

const scheduled = new Set<string>();

/**
 * Compacts in the background after an edit, at most once at a time per section: while one
 * waits for the section's lock, later edits do not queue more behind it.
 */
export function scheduleCompaction(app: AppServices, sectionId: string): void {
  if (scheduled.has(sectionId)) return;
  scheduled.add(sectionId);
  compactSection(app, sectionId, 'edits')
    .catch((error) => console.error('compaction failed', sectionId, error))
    .finally(() => scheduled.delete(sectionId));
}
