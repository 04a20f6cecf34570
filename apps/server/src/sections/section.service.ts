import type { EntryAction } from '@quorum/domain';
import type { Context } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { requireViewer } from '../policy/access.js';
import { authorizeEntry, authorizeRole } from '../policy/entry.policy.js';
import type { SectionAccess } from './section-access.js';
import { Section } from './section.entity.js';
import { inTransaction } from '../common/unit-of-work.js';

/**
 * The section, if the viewer may do `action` in its entry; NOT_FOUND for non-members, worded
 * as for an unknown id (`asked`: what they asked for, when they came by way of the section).
 */
export async function sectionFor(ctx: Context, sectionId: string, action: EntryAction, asked = 'Section'): Promise<Section> {
  // The entry comes in the same query: most callers check its state next.
  const section = await ctx.em.findOne(Section, { id: sectionId }, { populate: ['entry'], strategy: 'joined' });
  if (!section) throw notFound(asked);
  await authorizeEntry(ctx, section.entry.id, action, asked);
  return section;
}

export async function setWordLimit(ctx: Context, sectionId: string, wordLimit: number): Promise<Section> {
  const section = await sectionFor(ctx, sectionId, 'entry.configure');
  return inTransaction(ctx, async () => {
    section.wordLimit = wordLimit;
    return section;
  });
}

/**
 * The viewer's access to a section, checked for `action`, for the hot path of live editing:
 * a member's access is read at most every couple of seconds, and the reads of everyone typing
 * at once share one statement. NOT_FOUND for an unknown section or a non-member, as `sectionFor`.
 */
export async function authorizeSection(ctx: Context, sectionId: string, action: EntryAction): Promise<SectionAccess> {
  const { userId } = requireViewer(ctx);
  const row = await ctx.app.sectionAccess.read(userId, sectionId);
  if (!row?.role) throw notFound('Section');
  authorizeRole(ctx, row.role, action);
  return { sectionId, entryId: row.entry_id, entryState: row.state, role: row.role };
}
