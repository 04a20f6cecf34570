import type { EntityManager } from '@mikro-orm/postgresql';
import { ROLES } from '@quorum/domain';
import DataLoader from 'dataloader';
import { User } from '../auth/user.entity.js';
import { Membership } from '../entries/membership.entity.js';
import { createEvidenceLoaders } from '../evidence/evidence.loaders.js';
import { createCommentLoaders } from '../comments/comment.loaders.js';
import { createSignOffLoaders } from '../sign-off/sign-off.loaders.js';
import type { DocumentStore } from '../live/document-store.js';
import { figureRunsOf, viewsOf, type SectionViews } from '../live/section-views.js';
import type { FigureRun } from '@quorum/section-content';
import { Criterion } from '../sections/criterion.entity.js';
import { Section } from '../sections/section.entity.js';
import { Template } from '../templates/template.entity.js';
import { createWaitingLoaders } from '../waiting/waiting.loaders.js';

/** Groups rows by a key, keeping every requested key (empty where nothing matched). */
function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map(keys.map((k) => [k, [] as T[]]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** A team reads best lead first, then by role as the roles are listed, then by name. */
const byRoleThenName = (a: Membership, b: Membership) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.user.name.localeCompare(b.user.name);

/**
 * Per-request batch loaders: however many entries, sections or members a query asks for,
 * each kind of row costs one SQL statement (no N+1).
 */
export function createLoaders(em: EntityManager, store: DocumentStore, viewerId?: string) {
  return {
    user: new DataLoader<string, User | undefined>(async (ids) => {
      const users = await em.find(User, { id: { $in: [...ids] } });
      return ids.map((id) => users.find((u) => u.id === id));
    }),
    template: new DataLoader<string, Template | undefined>(async (ids) => {
      const templates = await em.find(Template, { id: { $in: [...ids] } });
      return ids.map((id) => templates.find((t) => t.id === id));
    }),
    /** The viewer's own membership of each entry, or null: the basis of every permission check. */
    /** ...with its entry, whose state (frozen or not) most writes check next. */
    viewerMembership: new DataLoader<string, Membership | null>(async (entryIds) => {
      if (!viewerId) return entryIds.map(() => null);
      const rows = await em.find(Membership, { user: viewerId, entry: { $in: [...entryIds] } }, { populate: ['entry'], strategy: 'joined' });
      return entryIds.map((id) => rows.find((m) => m.entry.id === id) ?? null);
    }),
    membersOfEntry: new DataLoader<string, Membership[]>(async (entryIds) => {
      const rows = await em.find(Membership, { entry: { $in: [...entryIds] } }, { populate: ['user'], strategy: 'joined' });
      rows.sort(byRoleThenName);
      return groupBy(entryIds, rows, (m) => m.entry.id);
    }),
    /** Sections by id, e.g. those an activity page names. */
    section: new DataLoader<string, Section | undefined>(async (ids) => {
      const sections = await em.find(Section, { id: { $in: [...ids] } });
      return ids.map((id) => sections.find((s) => s.id === id));
    }),
    sectionsOfEntry: new DataLoader<string, Section[]>(async (entryIds) => {
      const rows = await em.find(Section, { entry: { $in: [...entryIds] } }, { orderBy: { position: 'asc' } });
      return groupBy(entryIds, rows, (s) => s.entry.id);
    }),
    /** Read views of sections' live documents: two queries for any number of sections. */
    sectionViews: new DataLoader<string, SectionViews>(async (sectionIds) => (await store.currentMany(em, sectionIds)).map(viewsOf)),
    sectionFigureRuns: new DataLoader<string, FigureRun[]>(async (sectionIds) => (await store.currentMany(em, sectionIds)).map(figureRunsOf)),
    criteriaOfSection: new DataLoader<string, Criterion[]>(async (sectionIds) => {
      const rows = await em.find(Criterion, { section: { $in: [...sectionIds] } }, { orderBy: { position: 'asc' } });
      return groupBy(sectionIds, rows, (c) => c.section.id);
    }),
    ...createEvidenceLoaders(em),
    ...createCommentLoaders(em, store),
    ...createSignOffLoaders(em),
    ...createWaitingLoaders(em, viewerId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
