import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { toPage, type Page } from '../common/connection.js';
import type { DocumentStore, LiveDocument } from '../live/document-store.js';
import { Comment } from './comment.entity.js';

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
const RESOLVED_FILTER = { all: '', open: 'and resolved_at is null', resolved: 'and resolved_at is not null' } as const;
export type ThreadFilter = keyof typeof RESOLVED_FILTER;

/**
 * The first page of threads of many sections in two statements (a window function ranks
 * each section's threads, newest first), so that an entry page showing every section's
 * comments costs the same whatever the number of sections or threads. Later pages
 * (`after` given) use the ordinary keyset query.
 * Not em.findByCursor: it pages one section per statement; toPage gives the same cursors.
 */
async function firstPages(em: EntityManager, sectionIds: readonly string[], limit: number, filter: ThreadFilter): Promise<Page<Comment>[]> {
  const where = `section_id = any(?::uuid[]) and thread_id is null ${RESOLVED_FILTER[filter]}`;
  const [rows, counts] = await Promise.all([
    em.execute<Record<string, unknown>[]>(
      `select * from (select c.*, row_number() over (partition by section_id order by created_at desc, id desc) as rank
         from comments c where ${where}) ranked where rank <= ? order by section_id, rank`,
      [uuidArray(sectionIds), limit + 1],
    ),
    em.execute<{ section_id: string; count: string }[]>(`select section_id, count(*) from comments where ${where} group by section_id`, [uuidArray(sectionIds)]),
  ]);
  const threads = rows.map(({ rank: _rank, ...row }) => em.map(Comment, row));
  return sectionIds.map((id) =>
    toPage(
      threads.filter((t) => t.section.id === id),
      limit,
      Number(counts.find((c) => c.section_id === id)?.count ?? 0),
    ),
  );
}

/** The comment feature's per-request loaders (spread into common/loaders.ts). */
export function createCommentLoaders(em: EntityManager, store: DocumentStore) {
  return {
    /** Keyed by `sectionId|limit|filter`. */
    firstThreadPage: new DataLoader<string, Page<Comment>>(async (keys) => {
      const groups = new Map<string, string[]>();
      for (const key of keys) {
        const [sectionId, ...rest] = key.split('|');
        groups.set(rest.join('|'), [...(groups.get(rest.join('|')) ?? []), sectionId]);
      }
      const pages = new Map<string, Page<Comment>>();
      for (const [variant, sectionIds] of groups) {
        const [limit, filter] = variant.split('|');
        const results = await firstPages(em, sectionIds, Number(limit), filter as ThreadFilter);
        sectionIds.forEach((id, i) => pages.set(`${id}|${variant}`, results[i]));
      }
      return keys.map((k) => pages.get(k)!);
    }),
    /** Replies of each thread, oldest first. */
    repliesOfThread: new DataLoader<string, Comment[]>(async (threadIds) => {
      const rows = await em.find(Comment, { thread: { $in: [...threadIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return threadIds.map((id) => rows.filter((r) => r.thread?.id === id));
    }),
    /** Sections' live documents, to read comment anchors: two statements for any number of sections. */
    liveDocument: new DataLoader<string, LiveDocument>((sectionIds) => store.currentMany(em, sectionIds)),
  };
}
