import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** One comment of an open thread the viewer is in (wrote in, or is mentioned in), oldest first. */
export interface ThreadComment {
  threadId: string;
  sectionId: string;
  id: string;
  authorId: string;
  mentionIds: string[];
  createdAt: Date;
}

/** Waiting for me's and the side list's per-request loaders (spread into common/loaders.ts); the viewer is the request's. */
export function createWaitingLoaders(em: EntityManager, viewerId?: string) {
  return {
    /**
     * The comments (not deleted) of each section's open threads that the viewer wrote in or is
     * mentioned in: one statement for any number of sections.
     */
    viewerThreadsOfSection: new DataLoader<string, ThreadComment[]>(async (sectionIds) => {
      if (!viewerId) return sectionIds.map(() => []);
      const rows = await em.execute<{ thread_id: string; section_id: string; id: string; author_id: string; mention_ids: string[]; created_at: Date }[]>(
        `select t.id as thread_id, t.section_id, c.id, c.author_id, c.mention_ids, c.created_at
           from comments t join comments c on c.id = t.id or c.thread_id = t.id
          where t.section_id = any(?::uuid[]) and t.thread_id is null and t.resolved_at is null and c.deleted_at is null
            and exists (select 1 from comments m where (m.id = t.id or m.thread_id = t.id) and m.deleted_at is null
                          and (m.author_id = ? or m.mention_ids @> ?::jsonb))
          order by c.created_at, c.id`,
        [uuidArray(sectionIds), viewerId, JSON.stringify([viewerId])],
      );
      const comments = rows.map((r) => ({
        threadId: r.thread_id,
        sectionId: r.section_id,
        id: r.id,
        authorId: r.author_id,
        mentionIds: r.mention_ids,
        createdAt: new Date(r.created_at),
      }));
      return sectionIds.map((id) => comments.filter((c) => c.sectionId === id));
    }),
    /** How many open (unresolved) threads each section has, as comments(state: OPEN) counts them: one statement for any number of sections. */
    openThreadCount: new DataLoader<string, number>(async (sectionIds) => {
      const rows = await em.execute<{ section_id: string; count: string }[]>(
        'select section_id, count(*) from comments where section_id = any(?::uuid[]) and thread_id is null and resolved_at is null group by section_id',
        [uuidArray(sectionIds)],
      );
      return sectionIds.map((id) => Number(rows.find((r) => r.section_id === id)?.count ?? 0));
    }),
    /** When each section's text last changed (null if it never has): one statement. */
    sectionEditedAt: new DataLoader<string, Date | null>(async (sectionIds) => {
      const rows = await em.execute<{ section_id: string; updated_at: Date }[]>('select section_id, updated_at from section_documents where section_id = any(?::uuid[])', [uuidArray(sectionIds)]);
      return sectionIds.map((id) => {
        const row = rows.find((r) => r.section_id === id);
        return row ? new Date(row.updated_at) : null;
      });
    }),
  };
}
